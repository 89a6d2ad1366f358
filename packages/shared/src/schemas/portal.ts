import { z } from 'zod';
import {
  ActivityTypeSchema,
  AUDIENCES,
  AudienceSchema,
  DigitalResourceInputSchema,
  DigitalResourceSchema,
  PublicActivitySchema,
  PublicInstitutionSchema,
  ResourceKindSchema,
} from './activities';
import { IdSchema } from './common';
import { InstitutionCategorySchema } from './institutions';

/**
 * Cổng thông tin: what the public portal's filters, directory and catalogue read (no sign-in), and the national
 * day templates staff start an activity from. The activities themselves are in schemas/activities.ts.
 */

/** A province or commune to filter by. */
export const PublicPlaceSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu" as the source writes it. */
  typeName: z.string().nullable(),
});
export type PublicPlace = z.infer<typeof PublicPlaceSchema>;

export const PublicPlacesQuerySchema = z.object({ provinceId: IdSchema.optional() }).strict();

const page = {
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** Danh bạ thiết chế: the institution directory. `q` ignores diacritics ("thu vien" finds "Thư viện"). */
export const PublicInstitutionQuerySchema = z
  .object({
    provinceId: IdSchema.optional(),
    communeId: IdSchema.optional(),
    category: InstitutionCategorySchema.optional(),
    q: z.string().max(100).optional(),
    ...page,
  })
  .strict();
export type PublicInstitutionQuery = z.infer<typeof PublicInstitutionQuerySchema>;

export const PublicInstitutionPageSchema = z.object({
  items: z.array(PublicInstitutionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicInstitutionPage = z.infer<typeof PublicInstitutionPageSchema>;

/** An institution's page: its details, its upcoming activities and its digital resources. */
export const PublicInstitutionDetailSchema = z.object({
  institution: PublicInstitutionSchema,
  activities: z.array(PublicActivitySchema),
  resources: z.array(DigitalResourceSchema),
});
export type PublicInstitutionDetail = z.infer<typeof PublicInstitutionDetailSchema>;

/** A change to a digital resource: the fields given change (no defaults, so a left-out list stays). */
export const DigitalResourceUpdateSchema = DigitalResourceInputSchema.partial()
  .extend({ audiences: z.array(AudienceSchema).max(AUDIENCES.length).optional() })
  .strict();
export type DigitalResourceUpdate = z.infer<typeof DigitalResourceUpdateSchema>;

/** The digital resources catalogue. */
export const PublicResourceQuerySchema = z
  .object({
    provinceId: IdSchema.optional(),
    institutionId: IdSchema.optional(),
    kind: ResourceKindSchema.optional(),
    q: z.string().max(100).optional(),
    ...page,
  })
  .strict();
export type PublicResourceQuery = z.infer<typeof PublicResourceQuerySchema>;

export const PublicResourcePageSchema = z.object({
  items: z.array(DigitalResourceSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicResourcePage = z.infer<typeof PublicResourcePageSchema>;

/**
 * "Tạo từ ngày lễ": a suggested activity for a national day, at its next occurrence (08:00–11:00 in Vietnam).
 * `input` is an ActivityInput without the institution, which the person picks.
 */
export const ActivityTemplateSchema = z.object({
  observance: z.object({ code: z.string(), name: z.object({ vi: z.string(), en: z.string() }) }),
  /** The next day of the observance (YYYY-MM-DD), today included. */
  date: z.string(),
  input: z.object({
    type: ActivityTypeSchema,
    title: z.string(),
    description: z.string().nullable(),
    audiences: z.array(AudienceSchema),
    observanceCode: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    requiresRegistration: z.boolean(),
    status: z.literal('draft'),
  }),
});
export type ActivityTemplate = z.infer<typeof ActivityTemplateSchema>;
