import { z } from 'zod';
import { IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';
import { InstitutionCategorySchema } from './institutions';
import {
  IndicatorKindSchema,
  MilestoneYearSchema,
  PLAN_KINDS,
  PLAN_STATUSES,
  SECTION_KEYS,
  TaskAreaSchema,
  TaskStatusSchema,
} from './plans';

/**
 * Kế hoạch over HTTP: the contracts of /api/plans, /api/targets, /api/tasks, /api/indicators, /api/observances,
 * /api/calendar. The file format (export/import, data/plans) is in plans.ts.
 */

export const TimelinessSchema = z.enum(['on_time', 'late']);
export const PlanStatusSchema = z.enum(PLAN_STATUSES);

export const UnitBriefSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type UnitBrief = z.infer<typeof UnitBriefSchema>;

/** Share of a plan's tasks with a progress update in the current period (the year): idle owners show. */
export const EngagementSchema = z.object({
  period: z.string(),
  updatedTasks: z.number().int(),
  totalTasks: z.number().int(),
  /** 0–1; null for a plan without tasks. */
  share: z.number().nullable(),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const PlanSummarySchema = z.object({
  id: z.number().int(),
  key: z.string(),
  kind: z.enum(PLAN_KINDS),
  symbol: z.string().nullable(),
  title: z.string(),
  issuerName: z.string(),
  date: z.string(),
  datePrecision: z.enum(['day', 'month', 'year']),
  scopeUnitId: z.number().int().nullable(),
  scopeName: z.string().nullable(),
  provinceId: z.number().int().nullable(),
  status: PlanStatusSchema,
  origin: z.string(),
  targetCount: z.number().int(),
  taskCount: z.number().int(),
  engagement: EngagementSchema,
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListQuerySchema = z
  .object({
    q: z.string().max(200).optional(),
    status: PlanStatusSchema.optional(),
    kind: z.enum(PLAN_KINDS).optional(),
  })
  .strict();
export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;

export const PlanSectionSchema = z.object({
  key: z.enum(SECTION_KEYS),
  title: z.string().max(300),
  text: z.string().max(50000),
});

export const PlanRefSchema = z.object({
  planId: z.number().int().nullable(),
  key: z.string().nullable(),
  symbol: z.string().nullable(),
  title: z.string().nullable(),
});
export type PlanRef = z.infer<typeof PlanRefSchema>;

export const ObservanceSchema = z.object({
  code: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  recurrence: z.union([
    z.object({ type: z.literal('yearly'), month: z.number().int(), day: z.number().int() }),
    z.object({
      type: z.literal('yearly_range'),
      from: z.string(),
      to: z.string(),
      rule: z.string().optional(),
    }),
  ]),
  legalRef: z.string().nullable(),
  note: z.string().nullable(),
});
export type Observance = z.infer<typeof ObservanceSchema>;

export const SuccessorUnitSchema = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  weight: z.number(),
});

export const PlanDetailSchema = PlanSummarySchema.extend({
  issuer: UnitBriefSchema.nullable(),
  scope: UnitBriefSchema.nullable(),
  /** The units carrying the scope today (Cát Hải district → its successor communes and Hải Phòng). */
  scopeToday: z.array(SuccessorUnitSchema),
  sections: z.array(PlanSectionSchema),
  notes: z.array(z.string()),
  source: z.object({ file: z.string(), note: z.string().optional() }).nullable(),
  implements: z.array(PlanRefSchema),
  implementedBy: z.array(PlanRefSchema),
  observances: z.array(ObservanceSchema),
  /** True when the actor may edit the plan, its targets and tasks. */
  canWrite: z.boolean(),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

export const UpdatePlanSchema = z
  .object({
    title: TextSchema(1000).optional(),
    status: PlanStatusSchema.optional(),
    sections: z.array(PlanSectionSchema).max(50).optional(),
    /** When given, must equal the plan's updatedAt, else 409 CONFLICT. */
    expectedUpdatedAt: z.string().optional(),
  })
  .strict();
export type UpdatePlan = z.infer<typeof UpdatePlanSchema>;

// ---------------------------------------------------------------- indicators, data elements

export const DataElementSchema = z.object({
  code: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  valueType: z.string(),
  aggregation: z.string(),
  categories: z.array(z.string()),
  observance: z.string().nullable(),
  description: z.string().nullable(),
});
export type DataElement = z.infer<typeof DataElementSchema>;

export const IndicatorSchema = z.object({
  code: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  kind: IndicatorKindSchema,
  elements: z.array(z.string()),
  threshold: z.number().nullable(),
  categories: z.array(z.string()),
  unit: z.string(),
  direction: z.string(),
  description: z.string().nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorCatalogueSchema = z.object({
  indicators: z.array(IndicatorSchema),
  dataElements: z.array(DataElementSchema),
});
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogueSchema>;

// ---------------------------------------------------------------- targets

export const TargetSourceSchema = z.object({ file: z.string(), quote: z.string() });

export const TargetSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  indicator: z.string(),
  indicatorName: z.string(),
  indicatorKind: IndicatorKindSchema,
  unit: z.string(),
  category: InstitutionCategorySchema.nullable(),
  /** Several categories pooled into one share (category then null). */
  categories: z.array(InstitutionCategorySchema).nullable(),
  /** A yearly target: the first year it applies; `year` is the last. */
  from: z.number().int().nullable(),
  year: z.number().int(),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  baseline: z.object({ year: z.number().int(), value: z.number().nullable() }).nullable(),
  note: z.string().nullable(),
  source: TargetSourceSchema.nullable(),
  /**
   * The yearly path the target implies (domain/trajectory.ts), consecutive years ending at `year`: for a level
   * (coverage, threshold, sum, ratio) the straight line from the baseline or the plan's previous milestone to
   * the target; for a growth rate the rate itself each year (never the compounded quantity: `value` stays a
   * rate); for a yearly target its value every year from `from`. `min`–`max` is the band the path lies in,
   * `value` is set where the band is one number.
   */
  trajectory: z.array(
    z.object({
      year: z.number().int(),
      value: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
    }),
  ),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

const targetFields = {
  indicator: z.string().min(1).max(60),
  category: InstitutionCategorySchema.nullable(),
  categories: z.array(InstitutionCategorySchema).min(2).nullable(),
  from: MilestoneYearSchema.nullable(),
  year: MilestoneYearSchema,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  baseline: z.object({ year: MilestoneYearSchema, value: z.number().nullable() }).strict().nullable(),
  note: OptionalTextSchema(1000),
  source: z
    .object({ file: z.string().max(200), quote: z.string().max(2000) })
    .strict()
    .nullable(),
};

export const CreateTargetSchema = z
  .object({
    ...targetFields,
    category: targetFields.category.default(null),
    categories: targetFields.categories.optional(),
    from: targetFields.from.optional(),
    value: targetFields.value.optional(),
    min: targetFields.min.optional(),
    max: targetFields.max.optional(),
    baseline: targetFields.baseline.optional(),
    source: targetFields.source.optional(),
  })
  .strict();
export type CreateTarget = z.infer<typeof CreateTargetSchema>;

export const UpdateTargetSchema = z
  .object({
    indicator: targetFields.indicator.optional(),
    category: targetFields.category.optional(),
    categories: targetFields.categories.optional(),
    from: targetFields.from.optional(),
    year: targetFields.year.optional(),
    value: targetFields.value.optional(),
    min: targetFields.min.optional(),
    max: targetFields.max.optional(),
    baseline: targetFields.baseline.optional(),
    note: targetFields.note,
    source: targetFields.source.optional(),
    expectedUpdatedAt: z.string().optional(),
  })
  .strict();
export type UpdateTarget = z.infer<typeof UpdateTargetSchema>;

export const TargetCompareQuerySchema = z
  .object({
    indicator: z.string().min(1).max(60),
    category: InstitutionCategorySchema.optional(),
    year: z.coerce.number().int().min(2020).max(2040),
  })
  .strict();
export type TargetCompareQuery = z.infer<typeof TargetCompareQuerySchema>;

export const TargetCompareRowSchema = z.object({
  plan: PlanRefSchema.extend({ issuerName: z.string(), date: z.string(), scopeName: z.string().nullable() }),
  target: TargetSchema,
});
export type TargetCompareRow = z.infer<typeof TargetCompareRowSchema>;

export const UnitTargetsQuerySchema = z
  .object({ year: z.coerce.number().int().min(2020).max(2040).optional() })
  .strict();

/** A target in force for a unit: its own plan's, or inherited from an ancestor's (national → province → commune). */
export const EffectiveTargetSchema = z.object({
  target: TargetSchema,
  plan: PlanRefSchema,
  /** The unit whose plan set it. */
  fromUnit: UnitBriefSchema.nullable(),
  inherited: z.boolean(),
});
export type EffectiveTarget = z.infer<typeof EffectiveTargetSchema>;

// ---------------------------------------------------------------- tasks

export const PartyViewSchema = z.object({
  text: z.string(),
  unitId: z.number().int().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type PartyView = z.infer<typeof PartyViewSchema>;

export const TaskSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planKey: z.string(),
  planTitle: z.string(),
  code: z.string().nullable(),
  area: TaskAreaSchema,
  content: z.string(),
  product: z.string().nullable(),
  lead: z.array(PartyViewSchema),
  coordinating: z.array(PartyViewSchema),
  from: z.string(),
  to: z.string().nullable(),
  fromYear: z.number().int(),
  toYear: z.number().int().nullable(),
  recurrence: z.enum(['once', 'yearly', 'continuous']),
  dates: z.array(z.string()).nullable(),
  observances: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  status: TaskStatusSchema,
  timeliness: TimelinessSchema.nullable(),
  lastUpdate: z.object({ period: z.string(), status: TaskStatusSchema, at: z.string() }).nullable(),
  /** Past its timeframe's end (today in Vietnam) and neither done nor continuous: shown late until reported. */
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TaskListQuerySchema = z
  .object({
    area: TaskAreaSchema.optional(),
    /** A unit id: tasks led by that unit (or a unit under it). */
    lead: IdSchema.optional(),
    status: TaskStatusSchema.optional(),
    /** Tasks whose timeframe touches that year. */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;

export const PartyInputSchema = z
  .object({ text: TextSchema(300), unitId: z.number().int().positive().nullable().optional() })
  .strict();
export type PartyInput = z.infer<typeof PartyInputSchema>;

/** A year ("2023") or a date ("2023-04-21"). */
export const TimeframePointSchema = z
  .string()
  .refine(
    (v) => /^\d{4}$/.test(v) || IsoDateSchema.safeParse(v).success,
    'a year (YYYY) or a date (YYYY-MM-DD)',
  );

const taskFields = {
  code: OptionalTextSchema(40),
  area: TaskAreaSchema,
  content: TextSchema(4000),
  product: OptionalTextSchema(2000),
  lead: z.array(PartyInputSchema).max(50),
  coordinating: z.array(PartyInputSchema).max(100),
  from: TimeframePointSchema,
  to: TimeframePointSchema.nullable(),
  recurrence: z.enum(['once', 'yearly', 'continuous']),
  dates: z.array(IsoDateSchema).max(50).nullable(),
  observances: z.array(z.string()).max(20).nullable(),
  note: OptionalTextSchema(1000),
  status: TaskStatusSchema,
  timeliness: TimelinessSchema.nullable(),
};

export const CreateTaskSchema = z
  .object({
    ...taskFields,
    lead: taskFields.lead.default([]),
    coordinating: taskFields.coordinating.default([]),
    to: taskFields.to.default(null),
    recurrence: taskFields.recurrence.default('once'),
    dates: taskFields.dates.default(null),
    observances: taskFields.observances.default(null),
    status: taskFields.status.default('not_started'),
    timeliness: taskFields.timeliness.default(null),
  })
  .strict();
export type CreateTask = z.infer<typeof CreateTaskSchema>;

export const UpdateTaskSchema = z
  .object({
    code: taskFields.code,
    area: taskFields.area.optional(),
    content: taskFields.content.optional(),
    product: taskFields.product,
    lead: taskFields.lead.optional(),
    coordinating: taskFields.coordinating.optional(),
    from: taskFields.from.optional(),
    to: taskFields.to.optional(),
    recurrence: taskFields.recurrence.optional(),
    dates: taskFields.dates.optional(),
    observances: taskFields.observances.optional(),
    note: taskFields.note,
    status: taskFields.status.optional(),
    timeliness: taskFields.timeliness.optional(),
    expectedUpdatedAt: z.string().optional(),
  })
  .strict();
export type UpdateTask = z.infer<typeof UpdateTaskSchema>;

export const FileInfoSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

/** Báo cáo tiến độ: a progress update on a task for a period. */
export const TaskProgressSchema = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  period: z.string(),
  status: TaskStatusSchema,
  timeliness: TimelinessSchema.nullable(),
  narrative: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(FileInfoSchema),
});
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

/** JSON body, or multipart with the same fields plus files named "files". */
export const CreateTaskProgressSchema = z
  .object({
    status: TaskStatusSchema,
    timeliness: TimelinessSchema.nullable().optional(),
    narrative: z
      .string()
      .transform((v) => v.normalize('NFC').trim())
      .pipe(z.string().max(20000)),
    /** Default: the current year. */
    period: z
      .string()
      .regex(/^\d{4}(-(Q[1-4]|\d{2}))?$/)
      .optional(),
  })
  .strict();
export type CreateTaskProgress = z.infer<typeof CreateTaskProgressSchema>;

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;

// ---------------------------------------------------------------- calendar

export const CalendarQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict();

export const CalendarEntrySchema = z.object({
  kind: z.enum(['observance', 'task']),
  from: z.string(),
  to: z.string(),
  title: z.string(),
  observanceCode: z.string().nullable(),
  taskId: z.number().int().nullable(),
  planId: z.number().int().nullable(),
  planKey: z.string().nullable(),
  /** A task whose timeframe is given in years only: it spans the whole year, not particular days. */
  allYear: z.boolean(),
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

// ---------------------------------------------------------------- exchange

export const PlanImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .strict();

export const PlanImportProblemSchema = z.object({
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  field: z.string(),
  reason: z.string(),
  value: z.unknown().optional(),
});
export type PlanImportProblem = z.infer<typeof PlanImportProblemSchema>;

export const PlanImportResultSchema = z.object({
  dryRun: z.boolean(),
  key: z.string().nullable(),
  planId: z.number().int().nullable(),
  targets: z.number().int(),
  tasks: z.number().int(),
  problems: z.array(PlanImportProblemSchema),
});
export type PlanImportResult = z.infer<typeof PlanImportResultSchema>;
