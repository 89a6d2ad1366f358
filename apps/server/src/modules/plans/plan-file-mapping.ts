import { type PlanFile, PlanFileSchema, type TargetFile, type TaskFile, type UnitRef } from '@suotdoi/shared';

/**
 * The plan file ↔ the rows it is stored as, both ways and pure: the loader and the import write
 * `toStoredPlan(file)`, the export reads `toPlanFile(stored)`. The round-trip law (stored and read back, a file
 * is unchanged after PlanFileSchema's defaults) is the property test beside this file.
 */

export interface StoredParty {
  text: string;
  unitRef: UnitRef | null;
}

export interface StoredTarget {
  indicatorCode: string;
  category: string | null;
  categories: string[] | null;
  fromYear: number | null;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  note: string | null;
  sourceFile: string | null;
  sourceQuote: string | null;
}

export interface StoredTask {
  code: string | null;
  area: string;
  content: string;
  product: string | null;
  fromText: string;
  toText: string | null;
  recurrence: string;
  dates: string[] | null;
  observanceCodes: string[] | null;
  note: string | null;
  sourceFile: string | null;
  sourceQuote: string | null;
  lead: StoredParty[];
  coordinating: StoredParty[];
}

export interface StoredPlan {
  key: string;
  kind: string;
  symbol: string | null;
  title: string;
  issuerRef: UnitRef | null;
  issuerName: string;
  date: string;
  datePrecision: string;
  scopeRef: UnitRef | null;
  status: string;
  sections: { key: string; title: string; text: string }[];
  notes: string[];
  source: { file: string; note?: string } | null;
  links: { implementsKey: string | null; symbol: string | null; title: string | null }[];
  observances: string[];
  targets: StoredTarget[];
  tasks: StoredTask[];
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Only the properties that are set, so a file read back has no `key: undefined` where it had no key. */
export function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const refOf = (r: UnitRef | undefined | null): UnitRef | null => (r ? defined({ ...r }) : null);

export function toStoredPlan(file: PlanFile): StoredPlan {
  return {
    key: file.key,
    kind: file.kind,
    symbol: file.symbol,
    title: file.title,
    issuerRef: refOf(file.issuer),
    issuerName: file.issuerName,
    date: file.date,
    datePrecision: file.datePrecision,
    scopeRef: refOf(file.scope),
    status: file.status,
    sections: file.sections.map((s) => ({ ...s })),
    notes: [...file.notes],
    source: file.source ? defined({ ...file.source }) : null,
    links: file.implements.map((l) => ({
      implementsKey: orNull(l.key),
      symbol: orNull(l.symbol),
      title: orNull(l.title),
    })),
    observances: [...file.observances],
    targets: file.targets.map(toStoredTarget),
    tasks: file.tasks.map(toStoredTask),
  };
}

export function toStoredTarget(t: TargetFile): StoredTarget {
  return {
    indicatorCode: t.indicator,
    category: t.category,
    categories: t.categories ? [...t.categories] : null,
    fromYear: orNull(t.from),
    year: t.year,
    value: orNull(t.value),
    min: orNull(t.min),
    max: orNull(t.max),
    baselineYear: t.baseline?.year ?? null,
    baselineValue: t.baseline ? t.baseline.value : null,
    note: orNull(t.note),
    sourceFile: t.source?.file ?? null,
    sourceQuote: t.source?.quote ?? null,
  };
}

export function toStoredTask(t: TaskFile): StoredTask {
  const party = (p: TaskFile['lead'][number]): StoredParty => ({ text: p.text, unitRef: refOf(p.unit) });
  return {
    code: orNull(t.code),
    area: t.area,
    content: t.content,
    product: t.product,
    fromText: t.from,
    toText: t.to,
    recurrence: t.recurrence,
    dates: t.dates ? [...t.dates] : null,
    observanceCodes: t.observances ? [...t.observances] : null,
    note: orNull(t.note),
    sourceFile: t.source?.file ?? null,
    sourceQuote: t.source?.quote ?? null,
    lead: t.lead.map(party),
    coordinating: t.coordinating.map(party),
  };
}

const undef = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** A row's source columns as a target's or task's `source`: null when neither is set. */
export const sourceOf = (r: { sourceFile: string | null; sourceQuote: string | null }) =>
  r.sourceFile === null && r.sourceQuote === null
    ? null
    : { file: r.sourceFile ?? '', quote: r.sourceQuote ?? '' };

export function toTargetFile(t: StoredTarget): TargetFile {
  return defined({
    indicator: t.indicatorCode,
    category: t.category as TargetFile['category'],
    categories: undef(t.categories) as TargetFile['categories'],
    from: undef(t.fromYear),
    year: t.year,
    value: undef(t.value),
    min: undef(t.min),
    max: undef(t.max),
    baseline: t.baselineYear === null ? undefined : { year: t.baselineYear, value: t.baselineValue },
    note: undef(t.note),
    source: sourceOf(t) ?? undefined,
  });
}

export function toTaskFile(t: StoredTask): TaskFile {
  const party = (p: StoredParty) => defined({ text: p.text, unit: p.unitRef ? { ...p.unitRef } : undefined });
  return defined({
    code: undef(t.code),
    area: t.area as TaskFile['area'],
    content: t.content,
    product: t.product,
    lead: t.lead.map(party),
    coordinating: t.coordinating.map(party),
    from: t.fromText,
    to: t.toText,
    recurrence: t.recurrence as TaskFile['recurrence'],
    dates: undef(t.dates),
    observances: undef(t.observanceCodes),
    note: undef(t.note),
    source: sourceOf(t) ?? undefined,
  });
}

/** The plan file of a stored plan: the format of data/plans, the export, and the import. */
export function toPlanFile(p: StoredPlan): PlanFile {
  return defined({
    format: 'suotdoi-plan' as const,
    version: 1 as const,
    key: p.key,
    kind: p.kind as PlanFile['kind'],
    symbol: p.symbol,
    title: p.title,
    issuer: p.issuerRef ? { ...p.issuerRef } : null,
    issuerName: p.issuerName,
    date: p.date,
    datePrecision: p.datePrecision as PlanFile['datePrecision'],
    scope: p.scopeRef ? { ...p.scopeRef } : null,
    status: p.status as PlanFile['status'],
    implements: p.links.map((l) =>
      defined({ key: undef(l.implementsKey), symbol: undef(l.symbol), title: undef(l.title) }),
    ),
    sections: p.sections.map((s) => ({ ...s })) as PlanFile['sections'],
    observances: [...p.observances],
    targets: p.targets.map(toTargetFile),
    tasks: p.tasks.map(toTaskFile),
    notes: [...p.notes],
    source: p.source ? { ...p.source } : undefined,
  });
}

/** A file with PlanFileSchema's defaults filled in: what two files are compared as. */
export const canonicalPlanFile = (input: unknown): PlanFile => PlanFileSchema.parse(input);
