import { z } from 'zod';
import { REASON_MESSAGES, type ReasonCode } from '../i18n/reasons';
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
  parentCode: z.string().nullable(),
  provinceId: z.number().int().nullable(),
  provinceName: z.string().nullable(),
  managingAgencyId: z.number().int().nullable(),
  managingAgencyName: z.string().nullable(),
  managingAgencyCode: z.string().nullable(),
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

/** An institution's address, contact and services: the same fields in the API, the spreadsheet and the table. */
export type InstitutionDetails = Pick<
  Institution,
  'address' | 'phone' | 'email' | 'website' | 'openingHours' | 'services'
>;

/** The fields a person edits, in form order: what an update compares and a conflict lists. */
export const INSTITUTION_FIELDS = [
  'code',
  'name',
  'category',
  'parentId',
  'managingAgencyId',
  'address',
  'phone',
  'email',
  'website',
  'openingHours',
  'services',
  'validFrom',
  'validTo',
] as const satisfies readonly (keyof Institution)[];
export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];

/** Longest text per field (`service` is one service, `services` how many): the API, the import and the form. */
export const INSTITUTION_LIMITS = {
  name: 300,
  address: 500,
  phone: 40,
  email: 200,
  website: 300,
  openingHours: 300,
  service: 100,
  services: 50,
} as const;

const institutionFields = {
  code: CodeSchema,
  name: TextSchema(INSTITUTION_LIMITS.name),
  category: InstitutionCategorySchema,
  parentId: IdSchema,
  managingAgencyId: IdSchema.nullish(),
  address: OptionalTextSchema(INSTITUTION_LIMITS.address),
  phone: OptionalTextSchema(INSTITUTION_LIMITS.phone),
  email: z
    .string()
    .trim()
    .max(INSTITUTION_LIMITS.email)
    .pipe(z.union([z.literal(''), z.email()]))
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  website: OptionalTextSchema(INSTITUTION_LIMITS.website),
  openingHours: OptionalTextSchema(INSTITUTION_LIMITS.openingHours),
  /** No ';' inside a service: the spreadsheet columns separate services with it. */
  services: z
    .array(
      TextSchema(INSTITUTION_LIMITS.service).refine(
        (s) => !s.includes(';'),
        'a service name cannot contain ;',
      ),
    )
    .max(INSTITUTION_LIMITS.services)
    .optional(),
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

export const InstitutionListSchema = z.object({ items: z.array(InstitutionSchema), total: z.number().int() });
export type InstitutionList = z.infer<typeof InstitutionListSchema>;

/** GET /api/institutions/export.xlsx: the list's filters, every matching row (no paging). */
export const InstitutionExportQuerySchema = InstitutionListQuerySchema.omit({ page: true, pageSize: true });
export type InstitutionExportQuery = z.infer<typeof InstitutionExportQuerySchema>;

/** POST /api/institutions/import: a dry run unless `dryRun=false` is asked, so nothing is written by accident. */
export const InstitutionImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .strict();

/**
 * The columns of the import template, the export and the import, in order. `vi` is the header a person sees,
 * `key` the English header the importer also accepts. `readOnly` columns are written by the export for
 * reading and ignored on import, so that an export can be imported back unchanged.
 */
export const INSTITUTION_SHEET_COLUMNS = [
  { key: 'code', vi: 'Mã thiết chế', required: true },
  { key: 'name', vi: 'Tên thiết chế', required: true },
  { key: 'category', vi: 'Loại thiết chế', required: true },
  { key: 'unitCode', vi: 'Mã đơn vị (xã/tỉnh)', required: true },
  { key: 'unitName', vi: 'Tên đơn vị', readOnly: true },
  { key: 'provinceName', vi: 'Tỉnh/Thành phố', readOnly: true },
  { key: 'managingAgencyCode', vi: 'Mã cơ quan quản lý' },
  { key: 'managingAgencyName', vi: 'Cơ quan quản lý', readOnly: true },
  { key: 'address', vi: 'Địa chỉ' },
  { key: 'phone', vi: 'Điện thoại' },
  { key: 'email', vi: 'Email' },
  { key: 'website', vi: 'Trang web' },
  { key: 'openingHours', vi: 'Giờ mở cửa' },
  { key: 'services', vi: 'Dịch vụ (cách nhau bằng dấu chấm phẩy)' },
  { key: 'validFrom', vi: 'Ngày bắt đầu hoạt động' },
] as const satisfies readonly { key: string; vi: string; required?: boolean; readOnly?: boolean }[];
export type InstitutionSheetColumn = (typeof INSTITUTION_SHEET_COLUMNS)[number]['key'];

/** One bad cell, row or column of an import: the spreadsheet row number (1 = the first row), the column. */
export const ImportProblemSchema = z.object({
  row: z.number().int().optional(),
  field: z.string(),
  reason: z.enum(Object.keys(REASON_MESSAGES) as [ReasonCode, ...ReasonCode[]]),
  value: z.string().optional(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Data rows read from the file. */
  total: z.number().int(),
  /** New institutions (would be) created. */
  created: z.number().int(),
  /** Existing institutions (same code) that (would) change. */
  updated: z.number().int(),
  /** Existing institutions the file repeats exactly: nothing to write. */
  unchanged: z.number().int(),
  problems: z.array(ImportProblemSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
