import { z } from 'zod';
import { CodeSchema, IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';

/**
 * Loại thiết chế: the categories targets are set for (DESIGN.md §2). The library categories follow the six
 * groups of the plans' targets plus community and private libraries.
 */
export const INSTITUTION_CATEGORIES = [
  'library_national',
  'library_province',
  'library_district',
  /** Commune libraries, reading rooms and post-office cultural points. */
  'library_commune',
  'library_university',
  'library_armed_forces',
  /** School, vocational and other education libraries. */
  'library_school',
  'library_community',
  'library_private',
  'museum_public',
  'museum_non_public',
  'cultural_centre_province',
  'cultural_centre_district',
  'cultural_centre_commune',
  'village_cultural_house',
  'community_learning_centre',
  'traditional_room',
] as const;
export const InstitutionCategorySchema = z.enum(INSTITUTION_CATEGORIES);
export type InstitutionCategory = z.infer<typeof InstitutionCategorySchema>;

export const CATEGORY_GROUPS = {
  library: INSTITUTION_CATEGORIES.filter((c) => c.startsWith('library_')),
  museum: ['museum_public', 'museum_non_public'],
  cultural_centre: ['cultural_centre_province', 'cultural_centre_district', 'cultural_centre_commune'],
  other: ['village_cultural_house', 'community_learning_centre', 'traditional_room'],
} as const;

export const InstitutionSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  category: InstitutionCategorySchema,
  /** The commune or province the institution sits in. */
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  provinceId: z.number().int().nullable(),
  provinceName: z.string().nullable(),
  managingAgencyId: z.number().int().nullable(),
  managingAgencyName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  openingHours: z.string().nullable(),
  services: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  isDemo: z.boolean(),
  /** Optimistic concurrency: send it back with an update. */
  updatedAt: z.string(),
});
export type Institution = z.infer<typeof InstitutionSchema>;

const institutionFields = {
  code: CodeSchema,
  name: TextSchema(300),
  category: InstitutionCategorySchema,
  parentId: IdSchema,
  managingAgencyId: IdSchema.nullish(),
  address: OptionalTextSchema(500),
  phone: OptionalTextSchema(40),
  email: z
    .string()
    .trim()
    .max(200)
    .pipe(z.union([z.literal(''), z.email()]))
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  website: OptionalTextSchema(300),
  openingHours: OptionalTextSchema(300),
  services: z.array(TextSchema(100)).max(50).optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.nullish(),
};

export const CreateInstitutionSchema = z.object(institutionFields).strict();
export type CreateInstitution = z.infer<typeof CreateInstitutionSchema>;

export const UpdateInstitutionSchema = z
  .object({ ...institutionFields, expectedUpdatedAt: z.string() })
  .partial()
  .required({ expectedUpdatedAt: true })
  .strict();
export type UpdateInstitution = z.infer<typeof UpdateInstitutionSchema>;

export const INSTITUTION_SORTS = ['name', 'code', 'category', 'province', 'updatedAt'] as const;

export const InstitutionListQuerySchema = z
  .object({
    q: z.string().max(200).optional(),
    category: InstitutionCategorySchema.optional(),
    provinceId: IdSchema.optional(),
    /** Institutions under this unit (province, commune, or an old district through the lineage). */
    unitId: IdSchema.optional(),
    asOf: IsoDateSchema.optional(),
    sort: z.enum(INSTITUTION_SORTS).default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type InstitutionListQuery = z.infer<typeof InstitutionListQuerySchema>;

export const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  problems: z.array(
    z.object({
      row: z.number().int().optional(),
      field: z.string(),
      reason: z.string(),
      value: z.string().optional(),
      message: z.string(),
    }),
  ),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
