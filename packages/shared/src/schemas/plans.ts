import { z } from 'zod';
import { INSTITUTION_CATEGORIES } from './institutions';

/**
 * Kế hoạch: the plan file format. One format serves three jobs: the built-in data under data/plans/ (one
 * reviewable file per plan), `GET /api/plans/{id}/export`, and `POST /api/plans/import`. The contract
 * `{ symbol, title, issuer, date, implements[], targets[], tasks[] }` is a subset of it.
 */

/** A unit named by a plan: its code and kind, resolved as the unit valid on `on` (default: the plan's date). */
export const UnitRefSchema = z
  .object({
    code: z.string().min(1).max(60),
    kind: z.enum(['country', 'province', 'district', 'commune', 'agency', 'institution']),
    on: z.string().optional(),
  })
  .strict();
export type UnitRef = z.infer<typeof UnitRefSchema>;

/** A party to a task as the plan writes it ("UBND các huyện, thành phố"), with the unit when it is one unit. */
export const PartySchema = z
  .object({ text: z.string().min(1).max(300), unit: UnitRefSchema.optional() })
  .strict();
export type Party = z.infer<typeof PartySchema>;

/** Where a number came from: the seed file and the sentence, so a reviewer can check it. */
export const SourceSchema = z.object({ file: z.string().max(200), quote: z.string().max(2000) }).strict();

export const PLAN_KINDS = ['program', 'plan', 'decision', 'external'] as const;
export const PLAN_STATUSES = ['draft', 'active', 'completed', 'superseded'] as const;
export const SECTION_KEYS = [
  'basis',
  'purpose',
  'requirements',
  'objectives',
  'tasks',
  'funding',
  'organisation',
  'reporting',
  'other',
] as const;

export const TASK_AREAS = [
  'awareness',
  'infrastructure_digital',
  'human_resources',
  'cooperation',
  'socialisation',
  'inspection',
  'reporting',
] as const;
export const TaskAreaSchema = z.enum(TASK_AREAS);
export type TaskArea = z.infer<typeof TaskAreaSchema>;

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'continuous'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);

export const INDICATOR_KINDS = ['coverage', 'growth', 'threshold', 'sum', 'ratio'] as const;
export const IndicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

export const MilestoneYearSchema = z.number().int().min(2020).max(2040);

/**
 * Chỉ tiêu: a value or a range (10–12 %/yr). `value` for a single figure; `min` and `max` for a range; a
 * threshold target ("02–03 exhibitions a year") is a range of counts.
 */
export const TargetFileSchema = z
  .object({
    indicator: z.string().min(1).max(60),
    category: z.enum(INSTITUTION_CATEGORIES).nullable().default(null),
    /**
     * One share over several categories pooled ("70 % of commune centres and village cultural houses"): all of
     * them, with `category` null. Without it, a null `category` means all of the indicator's categories.
     */
    categories: z.array(z.enum(INSTITUTION_CATEGORIES)).min(2).optional(),
    /** A yearly target ("02–03 exhibitions a year"): the first year it applies; `year` is then the last. */
    from: MilestoneYearSchema.optional(),
    year: MilestoneYearSchema,
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    baseline: z.object({ year: MilestoneYearSchema, value: z.number().nullable() }).strict().optional(),
    note: z.string().max(1000).optional(),
    source: SourceSchema.optional(),
  })
  .strict();
export type TargetFile = z.infer<typeof TargetFileSchema>;

/** Timeframe: a year span (from–to), every year (`yearly`), or fixed dates. */
export const TaskFileSchema = z
  .object({
    code: z.string().max(40).optional(),
    area: TaskAreaSchema,
    content: z.string().min(1).max(4000),
    product: z.string().max(2000).nullable().default(null),
    lead: z.array(PartySchema).max(50).default([]),
    coordinating: z.array(PartySchema).max(100).default([]),
    from: z.string().max(10),
    to: z.string().max(10).nullable().default(null),
    recurrence: z.enum(['once', 'yearly', 'continuous']).default('once'),
    /** Fixed days, YYYY-MM-DD; a yearly deadline ("trước ngày 25/11 hằng năm") is written out for each year. */
    dates: z.array(z.string()).max(50).optional(),
    observances: z.array(z.string()).max(20).optional(),
    /** What the encoder read into the row (a blank timeframe, a split party), said in words. */
    note: z.string().max(1000).optional(),
    source: SourceSchema.optional(),
  })
  .strict();
export type TaskFile = z.infer<typeof TaskFileSchema>;

export const PlanFileSchema = z
  .object({
    format: z.literal('suotdoi-plan').default('suotdoi-plan'),
    version: z.literal(1).default(1),
    /** Stable identity across loads and environments, e.g. "program-1520", "ninh-binh-2023". */
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/),
    kind: z.enum(PLAN_KINDS),
    symbol: z.string().max(80).nullable(),
    title: z.string().min(1).max(1000),
    issuer: UnitRefSchema.nullable(),
    issuerName: z.string().max(300),
    date: z.string(),
    /** How much of `date` the source gives: a plan printed "tháng 4 năm 2023" has 'month' and date 2023-04-01. */
    datePrecision: z.enum(['day', 'month', 'year']).default('day'),
    scope: UnitRefSchema.nullable(),
    status: z.enum(PLAN_STATUSES).default('active'),
    /** Plans this one implements, by key (a plan in the system) or by symbol (a document we only cite). */
    implements: z
      .array(
        z
          .object({ key: z.string().optional(), symbol: z.string().optional(), title: z.string().optional() })
          .strict(),
      )
      .default([]),
    sections: z
      .array(
        z
          .object({ key: z.enum(SECTION_KEYS), title: z.string().max(300), text: z.string().max(50000) })
          .strict(),
      )
      .default([]),
    observances: z.array(z.string()).default([]),
    targets: z.array(TargetFileSchema).default([]),
    tasks: z.array(TaskFileSchema).default([]),
    /** What the encoder could not take from the source, said in words. */
    notes: z.array(z.string()).default([]),
    source: z.object({ file: z.string(), note: z.string().optional() }).strict().optional(),
  })
  .strict();
export type PlanFile = z.infer<typeof PlanFileSchema>;

/** Data element (chỉ số thu thập): what institutions report; indicators are computed from these. */
export const DataElementFileSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/),
    name: z.object({ vi: z.string(), en: z.string() }).strict(),
    valueType: z.enum(['boolean', 'integer', 'number', 'money_vnd', 'percent', 'text']),
    aggregation: z.enum(['sum', 'count_true', 'average', 'max', 'none']),
    categories: z.array(z.enum(INSTITUTION_CATEGORIES)).default([]),
    /** The national day an event count belongs to (an observance code), for the EVENTS_* elements. */
    observance: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();

export const IndicatorFileSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/),
    name: z.object({ vi: z.string(), en: z.string() }).strict(),
    kind: IndicatorKindSchema,
    /** coverage: the boolean element; growth/sum: the quantity; ratio: numerator/denominator; threshold: the count. */
    elements: z.array(z.string()).min(1),
    /** threshold: at least this many a year. */
    threshold: z.number().optional(),
    categories: z.array(z.enum(INSTITUTION_CATEGORIES)).default([]),
    unit: z.enum(['percent', 'percent_per_year', 'count', 'count_per_year', 'number']),
    direction: z.enum(['up', 'down']).default('up'),
    description: z.string().optional(),
  })
  .strict();

export const ObservanceFileSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,60}$/),
    name: z.object({ vi: z.string(), en: z.string() }).strict(),
    /** Fixed day every year: "MM-DD"; a week: start and end "MM-DD", or a rule in words. */
    recurrence: z.union([
      z
        .object({
          type: z.literal('yearly'),
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(31),
        })
        .strict(),
      z
        .object({
          type: z.literal('yearly_range'),
          from: z.string(),
          to: z.string(),
          rule: z.string().optional(),
        })
        .strict(),
    ]),
    legalRef: z.string().optional(),
    /** Where the day comes from and what is not known about it. */
    note: z.string().optional(),
  })
  .strict();

/** data/indicators.json: the catalogue of data elements and the indicators computed from them. */
export const IndicatorCatalogueFileSchema = z
  .object({ dataElements: z.array(DataElementFileSchema), indicators: z.array(IndicatorFileSchema) })
  .strict();

/** data/observances.json: the national days and weeks. */
export const ObservanceCatalogueFileSchema = z
  .object({ observances: z.array(ObservanceFileSchema) })
  .strict();
