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
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Đơn vị: every node of the hierarchy, including agencies and institutions. A unit's identity is its code plus
 * its validity (the new Ninh Bình keeps code 37 but is a different, larger unit than the old one).
 * Validity is half-open: [valid_from, valid_to).
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Sở", … as the source writes it. */
    typeName: text('type_name'),
    /** Lower-case, without diacritics: what a search without accents matches. */
    searchName: text('search_name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** Where the row came from: a package and version, "demo", or "user". */
    source: text('source'),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_kind_code_from_uq').on(t.kind, t.code, t.validFrom),
    index('units_kind_validity_idx').on(t.kind, t.validFrom, t.validTo),
    index('units_search_idx').on(t.searchName),
    check(
      'units_kind_ck',
      sql`${t.kind} in ('country','province','district','commune','agency','institution')`,
    ),
    check('units_validity_ck', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

/** Dated parent links: a commune's parent was its district until 1/7/2025 and its province after. */
export const unitParents = pgTable(
  'unit_parents',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    parentId: integer('parent_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('unit_parents_unit_idx').on(t.unitId, t.validFrom),
    index('unit_parents_parent_idx').on(t.parentId, t.validFrom),
    check('unit_parents_validity_ck', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
    check('unit_parents_not_self_ck', sql`${t.unitId} <> ${t.parentId}`),
  ],
);

/**
 * Names change without a change of identity (rename events; Đồng Nai becoming a city changed only its type).
 * The current name is also on `units`; a unit that never changed has no rows here.
 */
export const unitNames = pgTable(
  'unit_names',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    typeName: text('type_name'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('unit_names_unit_idx').on(t.unitId)],
);

/** A restructuring event: one legal act taking effect on one date. */
export const restructuringEvents = pgTable(
  'restructuring_events',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    legalRef: text('legal_ref'),
    note: text('note'),
    /** True where the source gives no exact date (communes merged in the 2023–2025 rearrangement). */
    approximate: boolean('approximate').notNull().default(false),
    /** Rename and move: the unit that keeps its identity (they have no lineage edges to find it by). */
    unitId: integer('unit_id').references(() => units.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('restructuring_events_date_idx').on(t.date),
    index('restructuring_events_unit_idx').on(t.unitId),
    check('restructuring_events_kind_ck', sql`${t.kind} in ('merge','split','rename','move','dissolve')`),
  ],
);

/** from → to with the share of `from` that went to `to` (weights of one `from` in one event sum to 1). */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => restructuringEvents.id),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    weight: doublePrecision('weight').notNull().default(1),
  },
  (t) => [
    index('unit_lineage_from_idx').on(t.fromUnitId, t.date),
    index('unit_lineage_to_idx').on(t.toUnitId, t.date),
    index('unit_lineage_event_idx').on(t.eventId),
    check('unit_lineage_weight_ck', sql`${t.weight} > 0 and ${t.weight} <= 1`),
  ],
);

/**
 * Source rows that failed validation at load time (e.g. a ward mapping naming a ward that does not exist).
 * Not loaded silently and not dropped silently: an operator sees, corrects and loads them.
 */
export const dataQualityIssues = pgTable(
  'data_quality_issues',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    reason: text('reason').notNull(),
    row: jsonb('row').$type<Record<string, unknown>>().notNull(),
    /** Every failed check and any suggestion (an old code found by name), for the operator correcting it. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** The unit the row is about (new commune or province), so the list can be limited to a scope. */
    unitId: integer('unit_id').references(() => units.id),
    status: text('status').notNull().default('open'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('data_quality_issues_status_idx').on(t.status, t.reason),
    check('data_quality_issues_status_ck', sql`${t.status} in ('open','resolved','ignored')`),
  ],
);
