import { z } from 'zod';
import { IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';

/**
 * Khen thưởng (issue 8): nominations of a collective (a unit or institution) or an individual for a form of
 * recognition, nominated → reviewed → granted | declined, with the evidence from the data and the decision.
 */

/** Giấy khen của Sở; Bằng khen của UBND tỉnh; Bằng khen của Bộ; Bằng khen của Thủ tướng (the 2030 review). */
export const RECOGNITION_FORMS = [
  'department_certificate',
  'province_certificate',
  'ministry_certificate',
  'prime_minister_certificate',
] as const;
export const RecognitionFormSchema = z.enum(RECOGNITION_FORMS);
export type RecognitionForm = z.infer<typeof RecognitionFormSchema>;

/**
 * Who decides a form: the nominee's province (Sở, UBND tỉnh) or the country (Bộ, Thủ tướng, through the Ministry).
 * Reviewing is always the province's.
 */
export const DECIDING_LEVEL: Record<RecognitionForm, 'province' | 'country'> = {
  department_certificate: 'province',
  province_certificate: 'province',
  ministry_certificate: 'country',
  prime_minister_certificate: 'country',
};

export const NOMINEE_KINDS = ['collective', 'individual'] as const;
export const NomineeKindSchema = z.enum(NOMINEE_KINDS);
export type NomineeKind = z.infer<typeof NomineeKindSchema>;

export const RECOGNITION_STATUSES = ['nominated', 'reviewed', 'granted', 'declined'] as const;
export const RecognitionStatusSchema = z.enum(RECOGNITION_STATUSES);
export type RecognitionStatus = z.infer<typeof RecognitionStatusSchema>;

/** Minh chứng: what in the data the nomination rests on. */
export const EvidenceLinkInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), activityId: IdSchema }).strict(),
  z
    .object({ kind: z.literal('indicator'), indicator: z.string().min(1).max(60), year: z.number().int() })
    .strict(),
  z.object({ kind: z.literal('task'), taskId: IdSchema }).strict(),
  z.object({ kind: z.literal('good_model'), goodModelId: IdSchema }).strict(),
]);
export type EvidenceLinkInput = z.infer<typeof EvidenceLinkInputSchema>;

/**
 * An evidence link as read back: its label and, for an indicator, the figure, both frozen when the nomination
 * was written (the decision rests on what was shown then).
 */
export const EvidenceLinkSchema = z.object({
  kind: z.enum(['activity', 'indicator', 'task', 'good_model']),
  /** The activity, task or good model id; null for an indicator. */
  refId: z.number().int().nullable(),
  indicator: z.string().nullable(),
  year: z.number().int().nullable(),
  label: z.string(),
  /** Indicator: the figure in words ("72,5 %"), as the dashboard formats it. */
  value: z.string().nullable(),
});
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

export const NominationInputSchema = z
  .object({
    /** The emulation year the recognition is for. */
    year: z.number().int().min(2020).max(2100),
    nomineeKind: NomineeKindSchema,
    /** The collective itself, or the unit the individual works in. */
    unitId: IdSchema,
    personName: OptionalTextSchema(120),
    personPosition: OptionalTextSchema(200),
    form: RecognitionFormSchema,
    reason: TextSchema(3000),
    evidence: z.array(EvidenceLinkInputSchema).max(30).default([]),
    /** Default today (Vietnam). */
    nominatedOn: IsoDateSchema.optional(),
  })
  .strict()
  .refine((n) => n.nomineeKind === 'collective' || !!n.personName, {
    message: 'an individual needs a name',
    path: ['personName'],
  });
export type NominationInput = z.infer<typeof NominationInputSchema>;

/** A nomination is changed only while nominated, with the version read. */
export const NominationUpdateSchema = z
  .object({
    personName: OptionalTextSchema(120),
    personPosition: OptionalTextSchema(200),
    form: RecognitionFormSchema.optional(),
    reason: TextSchema(3000).optional(),
    evidence: z.array(EvidenceLinkInputSchema).max(30).optional(),
    nominatedOn: IsoDateSchema.optional(),
    version: z.number().int(),
  })
  .strict();
export type NominationUpdate = z.infer<typeof NominationUpdateSchema>;

export const ReviewNominationSchema = z
  .object({ note: OptionalTextSchema(1000), version: z.number().int() })
  .strict();
export const GrantNominationSchema = z
  .object({ decisionNumber: TextSchema(60), decisionDate: IsoDateSchema, version: z.number().int() })
  .strict();
export const DeclineNominationSchema = z
  .object({ reason: TextSchema(1000), version: z.number().int() })
  .strict();

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const RecognitionSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  nomineeKind: NomineeKindSchema,
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }),
  /** The nominee's province (who reviews). */
  province: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  personName: z.string().nullable(),
  personPosition: z.string().nullable(),
  form: RecognitionFormSchema,
  reason: z.string(),
  evidence: z.array(EvidenceLinkSchema),
  status: RecognitionStatusSchema,
  nominatedOn: z.string(),
  nominatedBy: person,
  reviewedAt: z.string().nullable(),
  reviewedBy: person,
  reviewNote: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: person,
  declineReason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

/** Sổ khen thưởng: a unit's register for a year (everything nominated in its subtree). */
export const RecognitionListQuerySchema = z
  .object({
    unitId: IdSchema.optional(),
    year: z.coerce.number().int().min(2020).max(2100).optional(),
    status: RecognitionStatusSchema.optional(),
    form: RecognitionFormSchema.optional(),
  })
  .strict();
export type RecognitionListQuery = z.infer<typeof RecognitionListQuerySchema>;

/** What a nomination for a unit and year can point at: the pickers of the nomination form. */
export const EvidenceOptionsQuerySchema = z
  .object({ unitId: IdSchema, year: z.coerce.number().int().min(2020).max(2100) })
  .strict();
export const EvidenceOptionsSchema = z.object({
  activities: z.array(
    z.object({ id: z.number().int(), title: z.string(), startsAt: z.string(), status: z.string() }),
  ),
  indicators: z.array(
    z.object({ indicator: z.string(), year: z.number().int(), label: z.string(), value: z.string() }),
  ),
  tasks: z.array(
    z.object({ id: z.number().int(), code: z.string(), title: z.string(), status: z.string().nullable() }),
  ),
  goodModels: z.array(z.object({ id: z.number().int(), title: z.string() })),
});
export type EvidenceOptions = z.infer<typeof EvidenceOptionsSchema>;
