import type { DataElement, Indicator, IndicatorKind, Observance } from '@suotdoi/shared';
import { asc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { dataElements, indicatorElements, indicators, observances } from '../../db/schema';

/** Indicators, data elements and observances: the reference catalogue plans point into. SQL only. */

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
    code: r.code,
    name: { vi: r.nameVi, en: r.nameEn },
    kind: r.kind as IndicatorKind,
    elements: elementsOf.get(r.code) ?? [],
    threshold: r.threshold,
    categories: r.categories,
    unit: r.unit,
    direction: r.direction,
    description: r.description,
  }));
}

export async function findDataElements(db: DbOrTx): Promise<DataElement[]> {
  const rows = await db.select().from(dataElements).orderBy(asc(dataElements.code));
  return rows.map((r) => ({
    code: r.code,
    name: { vi: r.nameVi, en: r.nameEn },
    valueType: r.valueType,
    aggregation: r.aggregation,
    categories: r.categories,
    observance: r.observance,
    description: r.description,
  }));
}

export async function findObservances(db: DbOrTx): Promise<Observance[]> {
  const rows = await db.select().from(observances).orderBy(asc(observances.code));
  return rows.map((r) => ({
    code: r.code,
    name: { vi: r.nameVi, en: r.nameEn },
    recurrence: r.recurrence,
    legalRef: r.legalRef,
    note: r.note,
  }));
}

/** Replaces the catalogue rows named here (others stay: a plan may still point at them). */
export async function upsertCatalogue(
  tx: DbOrTx,
  input: { elements: DataElement[]; indicators: Indicator[]; observances: Observance[] },
): Promise<void> {
  if (input.elements.length > 0) {
    await tx
      .insert(dataElements)
      .values(
        input.elements.map((e) => ({
          code: e.code,
          nameVi: e.name.vi,
          nameEn: e.name.en,
          valueType: e.valueType,
          aggregation: e.aggregation,
          categories: e.categories,
          observance: e.observance,
          description: e.description,
        })),
      )
      .onConflictDoUpdate({
        target: dataElements.code,
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          valueType: sql`excluded.value_type`,
          aggregation: sql`excluded.aggregation`,
          categories: sql`excluded.categories`,
          observance: sql`excluded.observance`,
          description: sql`excluded.description`,
        },
      });
  }
  if (input.indicators.length > 0) {
    await tx
      .insert(indicators)
      .values(
        input.indicators.map((i) => ({
          code: i.code,
          nameVi: i.name.vi,
          nameEn: i.name.en,
          kind: i.kind,
          threshold: i.threshold,
          categories: i.categories,
          unit: i.unit,
          direction: i.direction,
          description: i.description,
        })),
      )
      .onConflictDoUpdate({
        target: indicators.code,
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          kind: sql`excluded.kind`,
          threshold: sql`excluded.threshold`,
          categories: sql`excluded.categories`,
          unit: sql`excluded.unit`,
          direction: sql`excluded.direction`,
          description: sql`excluded.description`,
        },
      });
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
      .values(
        input.observances.map((o) => ({
          code: o.code,
          nameVi: o.name.vi,
          nameEn: o.name.en,
          recurrence: o.recurrence,
          legalRef: o.legalRef,
          note: o.note,
        })),
      )
      .onConflictDoUpdate({
        target: observances.code,
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          recurrence: sql`excluded.recurrence`,
          legalRef: sql`excluded.legal_ref`,
          note: sql`excluded.note`,
        },
      });
  }
}
