import type { DataElement, Indicator, IndicatorKind, Observance } from '@suotdoi/shared';
import { asc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { dataElements, indicatorElements, indicators, observances } from '../../db/schema';

/** Indicators, data elements and observances: the reference catalogue plans point into. SQL only. */

/** A catalogue row with its two names as the API's `name: { vi, en }`. */
const withName = <R extends { nameVi: string; nameEn: string }>({ nameVi, nameEn, ...rest }: R) => ({
  ...rest,
  name: { vi: nameVi, en: nameEn },
});

/** The other way: the API's `name` as the row's two columns. */
const withNameColumns = <T extends { name: { vi: string; en: string } }>({ name, ...rest }: T) => ({
  ...rest,
  nameVi: name.vi,
  nameEn: name.en,
});

/** An upsert's `set`: every column but the key takes the incoming row's value (PostgreSQL's `excluded`). */
function takeIncoming(table: PgTable, key: string): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([name]) => name !== key)
      .map(([name, column]) => [name, sql.raw(`excluded.${column.name}`)]),
  );
}

export async function findIndicators(db: DbOrTx): Promise<Indicator[]> {
  const rows = await db.select().from(indicators).orderBy(asc(indicators.code));
  const links = await db
    .select()
    .from(indicatorElements)
    .orderBy(asc(indicatorElements.indicatorCode), asc(indicatorElements.position));
  const elementsOf = new Map<string, string[]>();
  for (const l of links)
    elementsOf.set(l.indicatorCode, [...(elementsOf.get(l.indicatorCode) ?? []), l.elementCode]);
  return rows.map((r) => ({
    ...withName(r),
    kind: r.kind as IndicatorKind,
    elements: elementsOf.get(r.code) ?? [],
  }));
}

export async function findDataElements(db: DbOrTx): Promise<DataElement[]> {
  return (await db.select().from(dataElements).orderBy(asc(dataElements.code))).map(withName);
}

export async function findObservances(db: DbOrTx): Promise<Observance[]> {
  return (await db.select().from(observances).orderBy(asc(observances.code))).map(withName);
}

/**
 * How long the portal keeps the national days: they change only when a catalogue is loaded (at start, or by the
 * CLI), and every portal page names them.
 */
const OBSERVANCES_MS = 60_000;
const keptObservances = new WeakMap<object, { at: number; rows: Promise<Observance[]> }>();

/** findObservances, kept a minute per database; an empty catalogue (not loaded yet) or a failure is not kept. */
export function findObservancesKept(db: DbOrTx): Promise<Observance[]> {
  const kept = keptObservances.get(db);
  if (kept && Date.now() - kept.at < OBSERVANCES_MS) return kept.rows;
  const rows = findObservances(db);
  keptObservances.set(db, { at: Date.now(), rows });
  rows.then(
    (r) => r.length === 0 && keptObservances.get(db)?.rows === rows && keptObservances.delete(db),
    () => keptObservances.get(db)?.rows === rows && keptObservances.delete(db),
  );
  return rows;
}

/** Replaces the catalogue rows named here (others stay: a plan may still point at them). */
export async function upsertCatalogue(
  tx: DbOrTx,
  input: { elements: DataElement[]; indicators: Indicator[]; observances: Observance[] },
): Promise<void> {
  if (input.elements.length > 0) {
    await tx
      .insert(dataElements)
      .values(input.elements.map(withNameColumns))
      .onConflictDoUpdate({ target: dataElements.code, set: takeIncoming(dataElements, 'code') });
  }
  if (input.indicators.length > 0) {
    await tx
      .insert(indicators)
      .values(input.indicators.map(({ elements: _e, ...i }) => withNameColumns(i)))
      .onConflictDoUpdate({ target: indicators.code, set: takeIncoming(indicators, 'code') });
    await tx.execute(
      sql`delete from indicator_elements where indicator_code in (${sql.join(
        input.indicators.map((i) => sql`${i.code}`),
        sql`, `,
      )})`,
    );
    const links = input.indicators.flatMap((i) =>
      i.elements.map((e, position) => ({ indicatorCode: i.code, elementCode: e, position })),
    );
    if (links.length > 0) await tx.insert(indicatorElements).values(links);
  }
  if (input.observances.length > 0) {
    await tx
      .insert(observances)
      .values(input.observances.map(withNameColumns))
      .onConflictDoUpdate({ target: observances.code, set: takeIncoming(observances, 'code') });
  }
}
