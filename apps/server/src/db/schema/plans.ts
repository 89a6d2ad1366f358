import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './columns';
import { units } from './units';

/** A unit reference exactly as a plan file wrote it (kept so that export gives back what was imported). */
export interface StoredUnitRef {
  code: string;
  kind: 'country' | 'province' | 'district' | 'commune' | 'agency' | 'institution';
  on?: string;
}

/**
 * Kế hoạch: Program 1520, a province's plan, a department's or district's plan, or a document only cited.
 * A plan whose issuer has ended (Cát Hải district, 7/2025) keeps pointing at that dated unit: it is history.
 */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    /** Stable identity across loads and environments ("program-1520", "ninh-binh-2023"). */
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    symbol: text('symbol'),
    title: text('title').notNull(),
    issuerUnitId: integer('issuer_unit_id').references(() => units.id),
    issuerRef: jsonb('issuer_ref').$type<StoredUnitRef | null>(),
    issuerName: text('issuer_name').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** How much of `date` the source gives: day, month or year. */
    datePrecision: text('date_precision').notNull().default('day'),
    scopeUnitId: integer('scope_unit_id').references(() => units.id),
    scopeRef: jsonb('scope_ref').$type<StoredUnitRef | null>(),
    status: text('status').notNull().default('active'),
    sections: jsonb('sections').$type<{ key: string; title: string; text: string }[]>().notNull().default([]),
    notes: jsonb('notes').$type<string[]>().notNull().default([]),
    source: jsonb('source').$type<{ file: string; note?: string } | null>(),
    /** builtin (data/plans), import, or user. */
    origin: text('origin').notNull().default('user'),
    /** Built-in plans: the SHA-256 of the file last loaded, so `plans load` sees which files changed. */
    contentHash: text('content_hash'),
    /** Set by any edit through the API: `plans load` then leaves the plan alone (see load-plans.ts). */
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Today's province of the scope (null for national plans): shard key, and the scope filter of lists. */
    provinceId: integer('province_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plans_province_idx').on(t.provinceId),
    check('plans_kind_ck', sql`${t.kind} in ('program','plan','decision','external')`),
    check('plans_status_ck', sql`${t.status} in ('draft','active','completed','superseded')`),
  ],
);

/** "Implements": a plan in the system (implementsPlanId) or a document only cited by symbol. */
export const planLinks = pgTable(
  'plan_links',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** The key as the file wrote it, kept even while that plan is not (yet) loaded. */
    implementsKey: text('implements_key'),
    implementsPlanId: integer('implements_plan_id').references(() => plans.id, { onDelete: 'set null' }),
    symbol: text('symbol'),
    title: text('title'),
  },
  (t) => [
    index('plan_links_plan_idx').on(t.planId),
    index('plan_links_implements_idx').on(t.implementsPlanId),
  ],
);

/** Chỉ số thu thập: what institutions report; indicators are computed from these. */
export const dataElements = pgTable('data_elements', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  valueType: text('value_type').notNull(),
  aggregation: text('aggregation').notNull(),
  categories: jsonb('categories').$type<string[]>().notNull().default([]),
  /** The national day an event count belongs to. */
  observance: text('observance'),
  description: text('description'),
});

/** Chỉ tiêu đánh giá: coverage, growth, threshold, sum or ratio over data elements and a category filter. */
export const indicators = pgTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind').notNull(),
    threshold: doublePrecision('threshold'),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    unit: text('unit').notNull(),
    direction: text('direction').notNull().default('up'),
    description: text('description'),
  },
  (t) => [check('indicators_kind_ck', sql`${t.kind} in ('coverage','growth','threshold','sum','ratio')`)],
);

export const indicatorElements = pgTable(
  'indicator_elements',
  {
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code, { onDelete: 'cascade' }),
    elementCode: text('element_code')
      .notNull()
      .references(() => dataElements.code),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.indicatorCode, t.elementCode] })],
);

/** Chỉ tiêu của kế hoạch: plan × indicator × category × milestone year → a value or a range. */
export const targets = pgTable(
  'targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    category: text('category'),
    /** Several categories pooled into one share (category then null). */
    categories: jsonb('categories').$type<string[] | null>(),
    /** A yearly target: the first year it applies; `year` is then the last. */
    fromYear: integer('from_year'),
    year: integer('year').notNull(),
    value: doublePrecision('value'),
    min: doublePrecision('min'),
    max: doublePrecision('max'),
    /** Present when the plan gives a baseline (its value may still be unknown: null). */
    baselineYear: integer('baseline_year'),
    baselineValue: doublePrecision('baseline_value'),
    note: text('note'),
    sourceFile: text('source_file'),
    sourceQuote: text('source_quote'),
    provinceId: integer('province_id').references(() => units.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // No unique (plan, indicator, category, year): pooled categories and yearly spans make the natural key
    // wider than columns can say; the rules check it (plan-rules.ts targetKey).
    index('targets_plan_idx').on(t.planId, t.position),
    index('targets_indicator_idx').on(t.indicatorCode, t.year),
    check('targets_range_ck', sql`${t.min} is null or ${t.max} is null or ${t.min} <= ${t.max}`),
  ],
);

/** Nhiệm vụ: a task of a plan, with its timeframe as written ("2023", "2023-2025", fixed dates). */
export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    code: text('code'),
    area: text('area').notNull(),
    content: text('content').notNull(),
    product: text('product'),
    /** As the file writes it: a year ("2023") or a date ("2023-04-21"). */
    fromText: text('from_text').notNull(),
    toText: text('to_text'),
    fromYear: integer('from_year').notNull(),
    /** null: open-ended (continuous). */
    toYear: integer('to_year'),
    recurrence: text('recurrence').notNull().default('once'),
    dates: jsonb('dates').$type<string[] | null>(),
    observanceCodes: jsonb('observance_codes').$type<string[] | null>(),
    note: text('note'),
    status: text('status').notNull().default('not_started'),
    timeliness: text('timeliness'),
    sourceFile: text('source_file'),
    sourceQuote: text('source_quote'),
    provinceId: integer('province_id').references(() => units.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_plan_idx').on(t.planId, t.position),
    check('tasks_status_ck', sql`${t.status} in ('not_started','in_progress','done','continuous')`),
    check('tasks_timeliness_ck', sql`${t.timeliness} is null or ${t.timeliness} in ('on_time','late')`),
  ],
);

/** Đơn vị chủ trì / phối hợp: the party as the plan writes it, with the unit when it is one unit. */
export const taskParties = pgTable(
  'task_parties',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    unitRef: jsonb('unit_ref').$type<StoredUnitRef | null>(),
  },
  (t) => [
    index('task_parties_task_idx').on(t.taskId),
    index('task_parties_unit_idx').on(t.unitId),
    check('task_parties_role_ck', sql`${t.role} in ('lead','coordinating')`),
  ],
);

/** A progress report on a task for a period ("2026"), with its narrative and evidence files. */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    status: text('status').notNull(),
    timeliness: text('timeliness'),
    narrative: text('narrative').notNull().default(''),
    /** The task's province (shard key, like every fact row). */
    provinceId: integer('province_id').references(() => units.id),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId, t.createdAt)],
);

/** Evidence attachments, kept in the database so that a backup holds them (10 MB each, pdf/docx/xlsx/jpg/png). */
export const files = pgTable(
  'files',
  {
    id: serial('id').primaryKey(),
    taskUpdateId: integer('task_update_id').references(() => taskUpdates.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_task_update_idx').on(t.taskUpdateId)],
);

/** Ngày kỷ niệm: a recurring national day or week. */
export const observances = pgTable('observances', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  recurrence: jsonb('recurrence')
    .$type<
      | { type: 'yearly'; month: number; day: number }
      | { type: 'yearly_range'; from: string; to: string; rule?: string }
    >()
    .notNull(),
  legalRef: text('legal_ref'),
  note: text('note'),
});

export const planObservances = pgTable(
  'plan_observances',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    observanceCode: text('observance_code')
      .notNull()
      .references(() => observances.code),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.observanceCode] })],
);
