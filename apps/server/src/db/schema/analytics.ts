import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { plans } from './plans';
import { units } from './units';

/**
 * Đo lường (issue 5). Three derived tables, all rebuildable from reports and units (`suotdoi analytics rebuild`):
 *
 * - analytics_facts: one institution's contribution to one indicator in one year, from its annual report, with
 *   the province and commune the report belonged to in that year (the structure of the time).
 * - analytics_rollups: the facts summed per ancestor (country, province, commune of the time), per year,
 *   indicator and category. Kept up to date in the transaction that submits, approves or reopens a report, by
 *   adding the difference between the report's new and old facts to its three ancestors only.
 * - analytics_population: institutions of each category active in a year per ancestor of the time: the
 *   denominator of coverage and of completeness.
 *
 * History is put onto another structure (today's by default) at query time through the lineage with its
 * weights (analytics/structure.ts), so a merge or a split never rewrites these rows.
 */
export const analyticsFacts = pgTable(
  'analytics_facts',
  {
    reportId: integer('report_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    countryId: integer('country_id'),
    provinceId: integer('province_id'),
    communeId: integer('commune_id'),
    /** 1 once the report is submitted (or approved, locked). */
    submitted: integer('submitted').notNull(),
    /** 1 when the report is approved (or locked) and holds a value for the indicator's elements. */
    reported: integer('reported').notNull(),
    met: integer('met').notNull(),
    value: doublePrecision('value').notNull(),
    value2: doublePrecision('value2').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.indicatorCode] }),
    index('analytics_facts_commune_idx').on(t.communeId, t.year),
    index('analytics_facts_province_idx').on(t.provinceId, t.year),
  ],
);

export const analyticsRollups = pgTable(
  'analytics_rollups',
  {
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    category: text('category').notNull(),
    submitted: doublePrecision('submitted').notNull(),
    reported: doublePrecision('reported').notNull(),
    met: doublePrecision('met').notNull(),
    value: doublePrecision('value').notNull(),
    value2: doublePrecision('value2').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year, t.indicatorCode, t.category] })],
);

export const analyticsPopulation = pgTable(
  'analytics_population',
  {
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    expected: integer('expected').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year, t.category] })],
);

/** A unit's read-only public scorecard for one plan, switched on by the unit (analytics.publish). */
export const publicScorecards = pgTable('public_scorecards', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  planId: integer('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Boundaries an operator uploaded for the choropleth (GeoJSON FeatureCollection, features keyed by code). */
export const mapBoundaries = pgTable('map_boundaries', {
  level: text('level').primaryKey(),
  geojson: jsonb('geojson').notNull(),
  features: integer('features').notNull(),
  matched: integer('matched').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  uploadedBy: uuid('uploaded_by'),
});
