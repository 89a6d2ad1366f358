import { type IsoDate, type LineageEdge, SuccessionIndex } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { clearAnswers } from './response-cache';

/**
 * Cơ cấu: which units of a year's tree make up a unit of another day's tree, with weights. Rollups are kept on
 * the units of their own year (db/schema/analytics.ts); a figure for today's Ninh Bình in 2024 adds old Ninh
 * Bình, Hà Nam and Nam Định, and a unit split in two takes its share of the old one's figure. The mapping is
 * the shared SuccessionIndex over the lineage edges, inverted, and cached per (year's day, structure day).
 *
 * Data newer than the structure asked for cannot be split back onto older units (lineage weights say where a
 * unit went, not where it came from): a unit of the older tree has figures for a later year only when it still
 * existed then.
 */

/** Units the rollups are kept on. */
const ROLLUP_KINDS = sql`('country', 'province', 'commune')`;

type EdgeRow = { [K in keyof LineageEdge]: LineageEdge[K] };

export type Sources = ReadonlyArray<readonly [unitId: number, weight: number]>;

interface Mapping {
  /** Units of the structure day → the units of the year's tree that feed them, with weights. */
  inverse: Map<number, Array<[number, number]>>;
  validAtYear: Set<number>;
  loadedAt: number;
}

type Fingerprint = { events: number; units: number };

/** Closing a unit without an event is not seen by the fingerprint: mappings expire after this long. */
const MAX_AGE_MS = 5 * 60_000;
const cache = new Map<string, Mapping>();
let cachedFingerprint: Fingerprint | null = null;

async function fingerprintOf(db: DbOrTx): Promise<Fingerprint> {
  const rows = await db.execute<Fingerprint>(sql`
    select coalesce((select max(id) from restructuring_events), 0)::int as events,
      coalesce((select max(id) from units), 0)::int as units`);
  return rows.rows[0] as Fingerprint;
}

async function idsValidOn(db: DbOrTx, day: IsoDate): Promise<Set<number>> {
  const rows = await db.execute<{ id: number }>(
    sql`select id from units u where kind in ${ROLLUP_KINDS} and ${validOn('u', day)}`,
  );
  return new Set(rows.rows.map((r) => r.id));
}

async function buildMapping(db: DbOrTx, yearDay: IsoDate, structureDay: IsoDate): Promise<Mapping> {
  const validAtYear = await idsValidOn(db, yearDay);
  const inverse = new Map<number, Array<[number, number]>>();
  if (yearDay < structureDay) {
    const validAtStructure = await idsValidOn(db, structureDay);
    const edges = await db.execute<EdgeRow>(sql`
      select from_unit_id as "fromId", to_unit_id as "toId", to_char(date, 'YYYY-MM-DD') as date, weight
      from unit_lineage where date > ${yearDay}::date and date <= ${structureDay}::date`);
    const index = new SuccessionIndex(edges.rows);
    const isValid = (id: number) => validAtStructure.has(id);
    for (const source of validAtYear) {
      const targets = isValid(source)
        ? new Map([[source, 1]])
        : index.map(new Map([[source, 1]]), structureDay, { isValid });
      for (const [target, weight] of targets) {
        const list = inverse.get(target);
        if (list) list.push([source, weight]);
        else inverse.set(target, [[source, weight]]);
      }
    }
  }
  return { inverse, validAtYear, loadedAt: Date.now() };
}

/** The fingerprint is read at most this often: a scorecard asks for several years at once. */
const FINGERPRINT_EVERY_MS = 1000;
let fingerprintReadAt = 0;

async function mappingFor(db: DbOrTx, yearDay: IsoDate, structureDay: IsoDate): Promise<Mapping> {
  if (Date.now() - fingerprintReadAt >= FINGERPRINT_EVERY_MS) await checkFingerprint(db);
  const key = `${yearDay}|${structureDay}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.loadedAt < MAX_AGE_MS) return hit;
  const built = await buildMapping(db, yearDay, structureDay);
  cache.set(key, built);
  return built;
}

async function checkFingerprint(db: DbOrTx): Promise<void> {
  const fingerprint = await fingerprintOf(db);
  fingerprintReadAt = Date.now();
  if (
    !cachedFingerprint ||
    cachedFingerprint.events !== fingerprint.events ||
    cachedFingerprint.units !== fingerprint.units
  ) {
    cache.clear();
    clearAnswers();
    cachedFingerprint = fingerprint;
  }
}

/**
 * For each unit of the structure day, the units of the year's tree (on `yearDay`) whose rollups make it up.
 * A unit absent from the answer did not exist in that year, nor did any unit that became part of it.
 */
export async function sourcesOf(
  db: DbOrTx,
  unitIds: readonly number[],
  yearDay: IsoDate,
  structureDay: IsoDate,
): Promise<Map<number, Sources>> {
  const mapping = await mappingFor(db, yearDay, structureDay);
  const result = new Map<number, Sources>();
  for (const id of unitIds) {
    const list = yearDay < structureDay ? mapping.inverse.get(id) : undefined;
    if (list && list.length > 0) result.set(id, list);
    else if (mapping.validAtYear.has(id) && (yearDay >= structureDay || !mapping.inverse.has(id)))
      result.set(id, [[id, 1]]);
  }
  return result;
}

/** The lineage's fingerprint (checked at most once a second): part of the key of every kept answer. */
export async function structureVersion(db: DbOrTx): Promise<string> {
  if (Date.now() - fingerprintReadAt >= FINGERPRINT_EVERY_MS || !cachedFingerprint)
    await checkFingerprint(db);
  return `${cachedFingerprint?.events}:${cachedFingerprint?.units}`;
}

/** Forgets every mapping: a restructuring in this process, a rebuild. */
export function clearStructureCache(): void {
  cache.clear();
  clearAnswers();
  cachedFingerprint = null;
  fingerprintReadAt = 0;
}
