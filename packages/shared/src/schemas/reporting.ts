import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common';
import { UnitBriefSchema } from './plans-api';
import { ValidationRuleSchema } from './report-rules';

/** Báo cáo: forms, reports and their values, the workflow and the deadline board (issue 4). */

const Bilingual = z.object({ vi: z.string(), en: z.string() });

export const FORM_LEVELS = ['institution', 'commune', 'province'] as const;
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'locked'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const NARRATIVE_KEYS = ['results', 'limitations', 'proposals'] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

/** A DHIS2 period id: 2025, 2025S1, 2025Q3, 202507. */
export const PeriodIdSchema = z
  .string()
  .regex(/^\d{4}(S[12]|Q[1-4]|(0[1-9]|1[0-2]))?$/, 'a period: 2025, 2025S1, 2025Q1 or 202501');

export const DeadlineConfigSchema = z
  .object({
    anchor: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('fixed'),
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
      }),
      z.object({ kind: z.literal('after_end'), workingDays: z.number().int().min(0).max(120) }),
    ]),
    levelOffsets: z.object({
      institution: z.number().int().min(0).max(60),
      commune: z.number().int().min(0).max(60),
      province: z.number().int().min(0).max(60),
    }),
  })
  .strict();

export const FormSectionSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_]{1,40}$/),
    title: Bilingual,
    elements: z.array(z.string()).min(1),
  })
  .strict();
export type FormSection = z.infer<typeof FormSectionSchema>;

export const AttachmentLimitsSchema = z
  .object({
    maxFiles: z.number().int().min(0).max(50),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(50 * 1024 * 1024),
    types: z.array(z.enum(['pdf', 'docx', 'xlsx', 'jpg', 'png'])).min(1),
  })
  .strict();
export type AttachmentLimits = z.infer<typeof AttachmentLimitsSchema>;

const PERIOD_TYPE = z.enum(['year', 'half_year', 'quarter', 'month']);

/** One form as data/forms.json writes it. */
export const FormFileSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/),
    name: Bilingual,
    level: z.enum(FORM_LEVELS),
    categories: z.array(z.string()).default([]),
    periodType: PERIOD_TYPE.default('year'),
    cutoffStartDay: z.number().int().min(1).max(28).default(15),
    deadlines: DeadlineConfigSchema,
    sections: z.array(FormSectionSchema).min(1),
    narrative: z.boolean().default(true),
    rules: z.array(ValidationRuleSchema).default([]),
    attachments: AttachmentLimitsSchema,
    requireChildrenApproved: z.boolean().default(true),
  })
  .strict();
export type FormFile = z.infer<typeof FormFileSchema>;
export const FormsFileSchema = z
  .object({ note: z.string().optional(), forms: z.array(FormFileSchema) })
  .strict();

export const FormElementSchema = z.object({
  code: z.string(),
  name: Bilingual,
  valueType: z.enum(['boolean', 'integer', 'number', 'money_vnd', 'percent', 'text']),
  categories: z.array(z.string()),
  description: z.string().nullable(),
});
export type FormElement = z.infer<typeof FormElementSchema>;

export const FormSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: Bilingual,
  level: z.enum(FORM_LEVELS),
  categories: z.array(z.string()),
  periodType: PERIOD_TYPE,
  cutoffStartDay: z.number().int(),
  deadlines: DeadlineConfigSchema,
  sections: z.array(FormSectionSchema),
  narrative: z.boolean(),
  rules: z.array(ValidationRuleSchema),
  attachments: AttachmentLimitsSchema,
  requireChildrenApproved: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
  /** Every element the sections name, with its type. */
  elements: z.array(FormElementSchema),
});
export type Form = z.infer<typeof FormSchema>;

/** What a form manager may change: the window, deadlines, rules, limits and the children rule. */
export const UpdateFormSchema = z
  .object({
    version: z.number().int(),
    cutoffStartDay: z.number().int().min(1).max(28).optional(),
    deadlines: DeadlineConfigSchema.optional(),
    rules: z.array(ValidationRuleSchema).optional(),
    attachments: AttachmentLimitsSchema.optional(),
    requireChildrenApproved: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateForm = z.infer<typeof UpdateFormSchema>;

export const ValueSchema = z.union([z.number(), z.string(), z.null()]);

export const StoredValueSchema = z.object({
  value: ValueSchema,
  comment: z.string().nullable(),
  /** entry, import, api or auto (written by the activities and still following them). */
  source: z.string(),
  /**
   * The figure the institution's completed activities give for this element (issue 7), null when they give none.
   * A value that differs from it needs a reason in `comment`.
   */
  auto: z.number().nullable(),
});
export type StoredValue = z.infer<typeof StoredValueSchema>;

export const NarrativeSchema = z
  .object({
    results: z.string().max(20000).optional(),
    limitations: z.string().max(20000).optional(),
    proposals: z.string().max(20000).optional(),
  })
  .strict();
export type Narrative = z.infer<typeof NarrativeSchema>;

const PersonSchema = z.object({ id: z.string(), name: z.string() });

/** A report as lists and the deadline board show it. */
export const ReportSummarySchema = z.object({
  id: z.number().int(),
  formId: z.number().int(),
  formCode: z.string(),
  unit: UnitBriefSchema,
  period: z.string(),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  deadline: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Submitted on or before the deadline; null while not submitted. */
  onTime: z.boolean().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: PersonSchema.nullable(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const ReportEventSchema = z.object({
  id: z.number().int(),
  action: z.enum(['submit', 'return', 'approve', 'lock', 'unlock']),
  fromStatus: z.string(),
  toStatus: z.string(),
  reason: z.string().nullable(),
  actor: PersonSchema.nullable(),
  at: z.string(),
});
export type ReportEvent = z.infer<typeof ReportEventSchema>;

export const ReportAttachmentSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type ReportAttachment = z.infer<typeof ReportAttachmentSchema>;

export const RuleViolationSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  elements: z.array(z.string()),
  message: Bilingual,
});

/** A report with everything its page needs. */
export const ReportDetailSchema = ReportSummarySchema.extend({
  form: FormSchema,
  values: z.record(z.string(), StoredValueSchema),
  /** The same unit's values of the period before, shown beside each field and used by the jump rule. */
  previous: z.object({ period: z.string(), values: z.record(z.string(), ValueSchema) }),
  narrative: NarrativeSchema,
  returnReason: z.string().nullable(),
  history: z.array(ReportEventSchema),
  attachments: z.array(ReportAttachmentSchema),
  /** Summary forms: each element summed over the children's submitted and approved reports of the period. */
  /** The form's rules checked as for submission (errors block it; warnings only show). */
  violations: z.array(RuleViolationSchema),
  childrenTotals: z.record(z.string(), z.object({ value: z.number(), reports: z.number().int() })).nullable(),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    unlock: z.boolean(),
  }),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

/** Why automatic values could not reach a report: the figures wait (they are recomputed on the next sync). */
export const AUTO_SYNC_REASONS = [
  'report_locked',
  'period_not_open',
  'no_form',
  'unit_not_in_period',
] as const;

/**
 * Giá trị tự động: what writing the activities' figures into an institution's report did. `changed` lists the
 * elements whose value or automatic figure moved; `reason` says why nothing was written when `synced` is false.
 */
export const AutoValuesSyncSchema = z.object({
  reportId: z.number().int().nullable(),
  period: z.string(),
  synced: z.boolean(),
  reason: z.enum(AUTO_SYNC_REASONS).nullable(),
  changed: z.array(z.string()),
});
export type AutoValuesSync = z.infer<typeof AutoValuesSyncSchema>;

export const OpenReportSchema = z
  .object({ unitId: IdSchema, period: PeriodIdSchema, formId: IdSchema.optional() })
  .strict();
export type OpenReport = z.infer<typeof OpenReportSchema>;

/** One changed field: the new value and what the sender last saw (so a conflict is found field by field). */
export const ValueChangeSchema = z
  .object({
    element: z.string(),
    value: z.unknown(),
    comment: z.string().max(2000).nullish(),
    base: z.object({ value: ValueSchema, comment: z.string().nullable() }).optional(),
  })
  .strict();
export type ValueChange = z.infer<typeof ValueChangeSchema>;

export const SaveReportSchema = z
  .object({
    version: z.number().int(),
    values: z.array(ValueChangeSchema).max(500).default([]),
    narrative: NarrativeSchema.optional(),
    /** The narrative as the sender last saw it. */
    narrativeBase: NarrativeSchema.optional(),
  })
  .strict();
export type SaveReport = z.infer<typeof SaveReportSchema>;

/** A field two people changed: what you sent, what is stored now, and what you started from. */
export const FieldConflictSchema = z.object({
  field: z.string(),
  yours: z.unknown(),
  theirs: z.unknown(),
  base: z.unknown(),
});
export type FieldConflict = z.infer<typeof FieldConflictSchema>;

export const TransitionSchema = z.object({ version: z.number().int() }).strict();
export const ReturnReportSchema = z
  .object({ version: z.number().int(), reason: z.string().trim().min(3).max(2000) })
  .strict();
export const UnlockReportSchema = z.object({ reason: z.string().trim().min(3).max(2000) }).strict();

export const ReportListQuerySchema = z
  .object({
    unitId: IdSchema.optional(),
    period: PeriodIdSchema.optional(),
    formId: IdSchema.optional(),
    status: z.enum(REPORT_STATUSES).optional(),
    /** mine: reports of units I report for; to_approve: reports waiting for my approval. */
    scope: z.enum(['mine', 'to_approve']).optional(),
  })
  .strict();
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const HolidaySchema = z.object({
  date: IsoDateSchema,
  name: Bilingual,
  kind: z.enum(['holiday', 'compensatory', 'bridge', 'workday']),
});
export type Holiday = z.infer<typeof HolidaySchema>;
