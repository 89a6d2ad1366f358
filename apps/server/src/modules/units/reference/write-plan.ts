import type pg from 'pg';
import { searchNameOf } from './names';
import type { ReferencePlan } from './reference-plan';

/**
 * Writes a plan with one INSERT … SELECT FROM unnest(…) per table: each column travels as one array parameter,
 * so 15,000 units are one statement instead of 15,000 (row-by-row inserts took minutes on PGlite). Ids are
 * drawn from the sequences first, so that links can be written without reading anything back.
 */
export async function writePlan(client: pg.PoolClient, plan: ReferencePlan): Promise<void> {
  const units = [...plan.units.entries()];
  const unitIds = await allocateIds(client, 'units', units.length);
  const idOf = new Map(units.map(([key], i) => [key, unitIds[i]!]));
  const id = (key: string) => idOf.get(key)!;

  await insert(
    client,
    'units',
    [
      'id',
      'code',
      'kind',
      'name',
      'type_name',
      'search_name',
      'valid_from',
      'valid_to',
      'source',
      'attributes',
    ],
    ['int', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'text', 'jsonb'],
    [
      unitIds,
      units.map(([, u]) => u.code),
      units.map(([, u]) => u.kind),
      units.map(([, u]) => u.name),
      units.map(([, u]) => u.typeName),
      units.map(([, u]) => searchNameOf(u.name, u.typeName)),
      units.map(([, u]) => u.validFrom),
      units.map(([, u]) => u.validTo),
      units.map(([, u]) => u.source),
      units.map(([, u]) => JSON.stringify(u.attributes ?? {})),
    ],
  );

  await insert(
    client,
    'unit_parents',
    ['unit_id', 'parent_id', 'valid_from', 'valid_to'],
    ['int', 'int', 'date', 'date'],
    [
      plan.parents.map((p) => id(p.unit)),
      plan.parents.map((p) => id(p.parent)),
      plan.parents.map((p) => p.validFrom),
      plan.parents.map((p) => p.validTo),
    ],
  );

  await insert(
    client,
    'unit_names',
    ['unit_id', 'name', 'type_name', 'valid_from', 'valid_to'],
    ['int', 'text', 'text', 'date', 'date'],
    [
      plan.names.map((n) => id(n.unit)),
      plan.names.map((n) => n.name),
      plan.names.map((n) => n.typeName),
      plan.names.map((n) => n.validFrom),
      plan.names.map((n) => n.validTo),
    ],
  );

  const eventIds = await allocateIds(client, 'restructuring_events', plan.events.length);
  await insert(
    client,
    'restructuring_events',
    ['id', 'kind', 'date', 'legal_ref', 'note', 'approximate', 'unit_id'],
    ['int', 'text', 'date', 'text', 'text', 'bool', 'int'],
    [
      eventIds,
      plan.events.map((e) => e.kind),
      plan.events.map((e) => e.date),
      plan.events.map((e) => e.legalRef),
      plan.events.map((e) => e.note),
      plan.events.map((e) => e.approximate),
      plan.events.map((e) => (e.unit ? id(e.unit) : null)),
    ],
  );

  await insert(
    client,
    'unit_lineage',
    ['event_id', 'date', 'kind', 'from_unit_id', 'to_unit_id', 'weight'],
    ['int', 'date', 'text', 'int', 'int', 'float8'],
    [
      plan.edges.map((e) => eventIds[e.event]!),
      plan.edges.map((e) => plan.events[e.event]!.date),
      plan.edges.map((e) => plan.events[e.event]!.kind),
      plan.edges.map((e) => id(e.from)),
      plan.edges.map((e) => id(e.to)),
      plan.edges.map((e) => e.weight),
    ],
  );

  await insert(
    client,
    'agencies',
    ['unit_id', 'agency_type', 'sector'],
    ['int', 'text', 'text'],
    [
      plan.agencies.map((a) => id(a.unit)),
      plan.agencies.map((a) => a.agencyType),
      plan.agencies.map((a) => a.sector),
    ],
  );

  await insert(
    client,
    'data_quality_issues',
    ['source', 'reason', 'row', 'details', 'unit_id'],
    ['text', 'text', 'jsonb', 'jsonb', 'int'],
    [
      plan.issues.map((i) => i.source),
      plan.issues.map((i) => i.reason),
      plan.issues.map((i) => JSON.stringify(i.row)),
      plan.issues.map((i) => JSON.stringify(i.details)),
      plan.issues.map((i) => (i.unit ? id(i.unit) : null)),
    ],
  );
}

async function allocateIds(client: pg.PoolClient, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await client.query<{ id: number }>(
    `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2)`,
    [table, count],
  );
  return result.rows.map((r) => r.id);
}

async function insert(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  types: string[],
  values: unknown[][],
) {
  if (values[0]!.length === 0) return;
  const params = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${params})`, values);
}
