import { sql } from 'drizzle-orm';
import {
  boolean,
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { bytea } from './columns';
import { units } from './units';

/**
 * Biểu mẫu báo cáo: the data elements a level (and, for institutions, a set of categories) reports each period,
 * with its cut-off window, deadlines, validation rules and attachment limits. Built-in forms come from
 * data/forms.json; their settings (window, deadlines, rules) are editable and then kept across loads.
 */
export const forms = pgTable(
  'forms',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** institution, commune (summary) or province (summary). */
    level: text('level').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    periodType: text('period_type').notNull().default('year'),
    /** 1 = calendar periods; 15 = the national regime's 15/12–14/12 (see packages/shared periods.ts). */
    cutoffStartDay: integer('cutoff_start_day').notNull().default(15),
    deadlines: jsonb('deadlines').$type<unknown>().notNull(),
    sections: jsonb('sections').$type<unknown>().notNull(),
    narrative: boolean('narrative').notNull().default(true),
    rules: jsonb('rules').$type<unknown>().notNull().default([]),
    attachments: jsonb('attachments').$type<unknown>().notNull(),
    /** A summary report is approved only when every child report of the period is approved. */
    requireChildrenApproved: boolean('require_children_approved').notNull().default(true),
    active: boolean('active').notNull().default(true),
    origin: text('origin').notNull().default('builtin'),
    contentHash: text('content_hash'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('forms_level_ck', sql`${t.level} in ('institution','commune','province')`),
    check('forms_period_type_ck', sql`${t.periodType} in ('year','half_year','quarter','month')`),
    check('forms_cutoff_ck', sql`${t.cutoffStartDay} between 1 and 28`),
  ],
);

/** Ngày nghỉ lễ: public holidays (Tết included) and the weekend days made working days, for deadlines. */
export const holidays = pgTable(
  'holidays',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** holiday, compensatory, bridge (days off) or workday (a weekend day worked instead). */
    kind: text('kind').notNull(),
  },
  (t) => [check('holidays_kind_ck', sql`${t.kind} in ('holiday','compensatory','bridge','workday')`)],
);

/**
 * Báo cáo: one unit's report on one form for one period. `province_id`/`commune_id` are the unit's ancestors as
 * of the period (denormalised: a path join took 8 s at national scale in PGlite, a column 0.1 s).
 */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    formId: integer('form_id')
      .notNull()
      .references(() => forms.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    period: text('period').notNull(),
    status: text('status').notNull().default('draft'),
    /** Bumped by every change; saves and transitions carry the version they read. */
    version: integer('version').notNull().default(1),
    provinceId: integer('province_id').references(() => units.id),
    communeId: integer('commune_id').references(() => units.id),
    /** The approving unit: the report unit's parent as of the period. */
    parentId: integer('parent_id').references(() => units.id),
    narrative: jsonb('narrative')
      .$type<{ results?: string; limitations?: string; proposals?: string }>()
      .notNull()
      .default({}),
    deadline: date('deadline', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    returnReason: text('return_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('reports_form_unit_period_uq').on(t.formId, t.unitId, t.period),
    index('reports_parent_period_idx').on(t.parentId, t.period),
    index('reports_province_period_idx').on(t.provinceId, t.period),
    index('reports_unit_idx').on(t.unitId, t.period),
    check('reports_status_ck', sql`${t.status} in ('draft','submitted','returned','approved','locked')`),
  ],
);

/**
 * Giá trị: one data element's value in a report. Unit, period and ancestors are repeated from the report so that
 * aggregation scans one table (DESIGN.md §4).
 */
export const reportValues = pgTable(
  'report_values',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    elementCode: text('element_code').notNull(),
    unitId: integer('unit_id').notNull(),
    period: text('period').notNull(),
    provinceId: integer('province_id'),
    communeId: integer('commune_id'),
    /** Numbers, money and booleans (1/0). */
    value: doublePrecision('value'),
    textValue: text('text_value'),
    comment: text('comment'),
    /** entry, import, api (dataValueSets) or auto (activities). */
    source: text('source').notNull().default('entry'),
    /**
     * The value the activities give (issue 7), kept beside `value`: while they agree the value follows the
     * activities; a person may override it only with a reason (`comment`).
     */
    autoValue: doublePrecision('auto_value'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.elementCode] }),
    uniqueIndex('report_values_unit_period_element_uq').on(t.unitId, t.period, t.elementCode),
    index('report_values_province_idx').on(t.provinceId, t.period, t.elementCode),
    index('report_values_commune_idx').on(t.communeId, t.period, t.elementCode),
  ],
);

/** Lịch sử: each workflow step of a report, shown on its page (the audit log holds them too). */
export const reportEvents = pgTable(
  'report_events',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.at)],
);

/** Minh chứng: a report's evidence files, in the database so that a backup holds them. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
);

/** Thông báo: in-app reminders; `dedupeKey` makes each reminder once per person. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Tác vụ nền: a long import's progress; the import itself is one transaction, so a crash leaves nothing. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('running'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    result: jsonb('result').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [check('jobs_status_ck', sql`${t.status} in ('running','done','failed')`)],
);
