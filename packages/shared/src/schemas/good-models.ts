import { z } from 'zod';
import { IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';
import { ContentTopicSchema, ImageSchema } from './content';
import { InstitutionCategorySchema } from './institutions';

/**
 * Mô hình hay (issue 8): what a unit did that worked, with results drawn from its own data, photos and a contact,
 * so other units find it by category and topic and say when they adopt it (the spread is counted).
 */

export const GOOD_MODEL_STATUSES = ['draft', 'published'] as const;
export const GoodModelStatusSchema = z.enum(GOOD_MODEL_STATUSES);
export type GoodModelStatus = z.infer<typeof GoodModelStatusSchema>;

/** A result to show: an indicator of the unit for a year, read from its figures when the model is saved. */
export const GoodModelFigureInputSchema = z
  .object({ indicator: z.string().min(1).max(60), year: z.number().int().min(2000).max(2100) })
  .strict();

export const GoodModelFigureSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  /** The indicator's name in both languages. */
  name: z.object({ vi: z.string(), en: z.string() }),
  actual: z.number().nullable(),
  /** The figure in words as the dashboard shows it ("72,5 %"), in the reader's language. */
  text: z.string(),
  /** When the figure's inputs last changed, as frozen with the model. */
  asOf: z.string().nullable(),
});
export type GoodModelFigure = z.infer<typeof GoodModelFigureSchema>;

/**
 * Plain paragraphs: TextSchema would fold every line break into a space, so this keeps them (NFC, CRLF → LF,
 * spaces at line ends and runs of blank lines trimmed), then checks the length.
 */
const ParagraphsSchema = (max: number) =>
  z
    .string()
    .transform((v) =>
      v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().min(1).max(max));

export const GoodModelInputSchema = z
  .object({
    unitId: IdSchema,
    title: TextSchema(200),
    topic: ContentTopicSchema,
    /** The institution categories it suits (empty: any). */
    categories: z.array(InstitutionCategorySchema).max(20).default([]),
    summary: TextSchema(600),
    /** What was done and how, in plain paragraphs (blank lines between). */
    description: ParagraphsSchema(10_000),
    figures: z.array(GoodModelFigureInputSchema).max(8).default([]),
    photoIds: z.array(z.uuid()).max(8).default([]),
    contactName: TextSchema(120),
    contactPhone: OptionalTextSchema(40),
    contactEmail: z.email().max(200).nullish(),
    status: GoodModelStatusSchema.default('draft'),
  })
  .strict();
export type GoodModelInput = z.infer<typeof GoodModelInputSchema>;

export const GoodModelUpdateSchema = GoodModelInputSchema.omit({ unitId: true })
  .partial()
  .extend({
    categories: z.array(InstitutionCategorySchema).max(20).optional(),
    figures: z.array(GoodModelFigureInputSchema).max(8).optional(),
    photoIds: z.array(z.uuid()).max(8).optional(),
    status: GoodModelStatusSchema.optional(),
    version: z.number().int(),
  })
  .strict();
export type GoodModelUpdate = z.infer<typeof GoodModelUpdateSchema>;

export const AdoptionSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  adoptedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Adoption = z.infer<typeof AdoptionSchema>;

export const AdoptionInputSchema = z
  .object({ unitId: IdSchema, adoptedOn: IsoDateSchema.optional(), note: OptionalTextSchema(1000) })
  .strict();
export type AdoptionInput = z.infer<typeof AdoptionInputSchema>;

export const GoodModelSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }),
  province: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  title: z.string(),
  topic: ContentTopicSchema,
  categories: z.array(z.string()),
  summary: z.string(),
  description: z.string(),
  figures: z.array(GoodModelFigureSchema),
  photos: z.array(ImageSchema),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: GoodModelStatusSchema,
  publishedAt: z.string().nullable(),
  /** Units that said they adopted it: the model's spread. */
  adoptionCount: z.number().int(),
  /** The detail only; lists leave it empty. */
  adoptions: z.array(AdoptionSchema),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type GoodModel = z.infer<typeof GoodModelSchema>;

export const GoodModelListQuerySchema = z
  .object({
    /** Models of the units under this one (default: every published model, plus drafts in the user's scope). */
    unitId: IdSchema.optional(),
    topic: ContentTopicSchema.optional(),
    category: InstitutionCategorySchema.optional(),
    status: GoodModelStatusSchema.optional(),
    /** Diacritics ignored. */
    q: z.string().max(100).optional(),
  })
  .strict();
export type GoodModelListQuery = z.infer<typeof GoodModelListQuerySchema>;
