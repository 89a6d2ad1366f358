import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common';
import { IndicatorKindSchema } from './plans';

/** Đo lường: indicators computed from approved reports, set against the plans' targets (issue 5). */

export const TARGET_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export const TargetStatusSchema = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

/**
 * Why a figure or a status is what it is, as a code and numbers; the words come from i18n (analytics.reason.*),
 * e.g. needs_vs_trend {needed: 11.8, trend: 6.2, unit: 'percent_per_year'} → "cần +11,8 %/năm, xu hướng +6,2 %/năm".
 */
export const REASON_CODES = [
  // no data
  'no_reports',
  'no_institutions',
  'unit_not_in_year',
  'division_by_zero',
  'baseline_missing',
  'baseline_zero',
  'baseline_is_year',
  // status
  'met',
  'missed',
  'needs_vs_trend',
  'no_trend',
  'units_below_threshold',
] as const;
export const AnalyticsReasonCodeSchema = z.enum(REASON_CODES);
export type AnalyticsReasonCode = z.infer<typeof AnalyticsReasonCodeSchema>;

export const ReasonSchema = z.object({
  code: AnalyticsReasonCodeSchema,
  params: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type Reason = z.infer<typeof ReasonSchema>;

/**
 * The additive inputs of one indicator for one unit and year, summed over institutions (weighted when history
 * is re-aggregated through lineage, so they may be fractional): every figure is derived from these.
 */
export const FigureInputsSchema = z.object({
  /** Institutions of the categories active in the year under the unit. */
  expected: z.number(),
  /** Institutions whose report for the year was submitted or later. */
  submitted: z.number(),
  /** Institutions whose approved report holds a value for the indicator's data elements. */
  reported: z.number(),
  /** Reporting institutions meeting the criterion (coverage: yes; threshold: at least N). */
  met: z.number(),
  /** Sum of the indicator's (first) data elements over the reporting institutions. */
  value: z.number(),
  /** Ratio indicators: the sum of the denominator element. */
  value2: z.number(),
});
export type FigureInputs = z.infer<typeof FigureInputsSchema>;

/** One indicator for one unit and year: the value (null = no data, with the reason) and its inputs. */
export const FigureSchema = FigureInputsSchema.extend({
  unitId: z.number().int(),
  indicator: z.string(),
  year: z.number().int(),
  actual: z.number().nullable(),
  reason: ReasonSchema.nullable(),
  /** When the inputs last changed (a report submitted, approved or reopened); null without inputs. */
  asOf: z.string().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const ScorecardQuerySchema = z
  .object({
    planId: IdSchema,
    /** Default: the plan's scope unit as it is today. */
    unitId: IdSchema.optional(),
    /** The data year; default the current year. */
    year: yearSchema.optional(),
    /** The structure the figures are put on; default today (history re-aggregated onto today's units). */
    asOf: IsoDateSchema.optional(),
  })
  .strict();
export type ScorecardQuery = z.infer<typeof ScorecardQuerySchema>;

export const ScorecardRowSchema = z.object({
  targetId: z.number().int(),
  indicator: z.string(),
  kind: IndicatorKindSchema,
  unit: z.string(),
  /** One category, or null when the target pools several (`categories`) or covers all of the indicator's. */
  category: z.string().nullable(),
  categories: z.array(z.string()).nullable(),
  /** The target's (milestone) year. */
  year: z.number().int(),
  /** Yearly targets: the first year they apply. */
  from: z.number().int().nullable(),
  target: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  /** The year `actual` is for: the year asked, or the milestone year once it has passed. */
  dataYear: z.number().int(),
  actual: z.number().nullable(),
  /** actual − the target's lower bound (direction up) or upper bound (down); null without data. */
  gap: z.number().nullable(),
  status: TargetStatusSchema,
  reason: ReasonSchema.nullable(),
  reported: z.number(),
  expected: z.number(),
  submitted: z.number(),
  met: z.number(),
  /** Growth targets: the base year used (the plan's baseline, else the first year with data). */
  baselineYear: z.number().int().nullable(),
  /** The indicator by year, from the plan's year to the data year: the sparkline. */
  trend: z.array(z.object({ year: z.number().int(), actual: z.number().nullable() })),
  asOf: z.string().nullable(),
});
export type ScorecardRow = z.infer<typeof ScorecardRowSchema>;

export const FIGURE_SCOPES = ['self', 'children', 'institutions'] as const;
export type FigureScope = (typeof FIGURE_SCOPES)[number];

const csv = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1).max(40));

export const FiguresQuerySchema = z
  .object({
    unitId: IdSchema,
    /** Comma-separated years, e.g. 2023,2024,2025. */
    years: z
      .string()
      .transform((s) => s.split(',').map((p) => Number(p.trim())))
      .pipe(z.array(z.number().int().min(2000).max(2100)).min(1).max(12)),
    /** Comma-separated indicator codes; default all. */
    indicators: csv.optional(),
    /** Comma-separated categories pooled into each figure; default each indicator's own categories. */
    categories: csv.optional(),
    /**
     * self: the unit; children: the provinces of the country, the communes of a province (any depth), as of
     * `asOf`; institutions: the institutions that reported under the unit in each year.
     */
    scope: z.enum(FIGURE_SCOPES).default('self'),
    asOf: IsoDateSchema.optional(),
  })
  .strict();
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;

export const AnalyticsUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  /** Institutions only. */
  category: z.string().nullable(),
});
export type AnalyticsUnit = z.infer<typeof AnalyticsUnitSchema>;

export const AnalyticsIndicatorSchema = z.object({
  code: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  kind: IndicatorKindSchema,
  unit: z.string(),
  direction: z.enum(['up', 'down']),
  threshold: z.number().nullable(),
  categories: z.array(z.string()),
});
export type AnalyticsIndicator = z.infer<typeof AnalyticsIndicatorSchema>;

export const FiguresResponseSchema = z.object({
  units: z.array(AnalyticsUnitSchema),
  indicators: z.array(AnalyticsIndicatorSchema),
  figures: z.array(FigureSchema),
  /** The structure date the units are of. */
  structureDate: z.string(),
});
export type FiguresResponse = z.infer<typeof FiguresResponseSchema>;

/** A province's read-only public scorecard, switched on by the province. */
export const PublicScorecardSettingSchema = z.object({
  unitId: z.number().int(),
  planId: z.number().int(),
  enabled: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type PublicScorecardSetting = z.infer<typeof PublicScorecardSettingSchema>;

export const PublicScorecardInputSchema = z.object({ planId: IdSchema, enabled: z.boolean() }).strict();

export const PublicScorecardSchema = z.object({
  unit: AnalyticsUnitSchema,
  plan: z.object({ id: z.number().int(), symbol: z.string().nullable(), title: z.string() }),
  indicators: z.array(AnalyticsIndicatorSchema),
  year: z.number().int(),
  rows: z.array(ScorecardRowSchema),
});
export type PublicScorecard = z.infer<typeof PublicScorecardSchema>;

/** Operator-uploaded boundaries for the choropleth: a GeoJSON FeatureCollection whose features carry a code. */
export const BoundaryInfoSchema = z.object({
  level: z.literal('province'),
  features: z.number().int(),
  matched: z.number().int(),
  uploadedAt: z.string(),
});
export type BoundaryInfo = z.infer<typeof BoundaryInfoSchema>;
