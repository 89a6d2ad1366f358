import {
  type CreateInstitution,
  INSTITUTION_FIELDS,
  type Institution,
  type InstitutionField,
  normalizeText,
  type UpdateInstitution,
} from '@suotdoi/shared';

/** What the form holds; empty optional fields are '' or undefined until sent. */
export interface InstitutionFormValues {
  code: string;
  name: string;
  category?: Institution['category'];
  parentId?: number;
  managingAgencyId?: number | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  openingHours?: string | null;
  services?: string[];
  validFrom?: string | null;
  validTo?: string | null;
}

/** The fields a person edits, in form order; also the order conflicts are listed in. */
export const EDITABLE_FIELDS = INSTITUTION_FIELDS satisfies readonly (keyof InstitutionFormValues)[];
export type EditableField = InstitutionField;

export function toFormValues(row: Institution): InstitutionFormValues {
  return {
    code: row.code,
    name: row.name,
    category: row.category,
    parentId: row.parentId ?? undefined,
    managingAgencyId: row.managingAgencyId,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    openingHours: row.openingHours,
    services: row.services,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

const text = (v: string | null | undefined) => normalizeText(v ?? '') || null;

/** The create body: trimmed text, empty optional fields as null. */
export function toCreateBody(v: InstitutionFormValues): CreateInstitution {
  return {
    code: v.code.trim(),
    name: text(v.name) ?? '',
    category: v.category!,
    parentId: v.parentId!,
    managingAgencyId: v.managingAgencyId ?? null,
    address: text(v.address),
    phone: text(v.phone),
    email: text(v.email),
    website: text(v.website),
    openingHours: text(v.openingHours),
    services: (v.services ?? []).map((s) => text(s)).filter((s): s is string => !!s),
    ...(v.validFrom ? { validFrom: v.validFrom } : {}),
    validTo: v.validTo ?? null,
  };
}

/** The update body: every field, with the version it was edited from so that the server can refuse a stale save. */
export function toUpdateBody(v: InstitutionFormValues, expectedUpdatedAt: string): UpdateInstitution {
  return { ...toCreateBody(v), expectedUpdatedAt };
}

function normalised(field: EditableField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return field === 'code' || typeof value !== 'string' ? String(value).trim() : (text(value) ?? '');
}

/**
 * The fields where the server's current record differs from what this person is about to save: a conflict
 * shows them side by side instead of silently overwriting either.
 */
export function conflictingFields(mine: InstitutionFormValues, theirs: Institution): EditableField[] {
  const current = toFormValues(theirs);
  return EDITABLE_FIELDS.filter((f) => normalised(f, mine[f]) !== normalised(f, current[f]));
}

/** The server's current record from a 409 CONFLICT's details (`details.current`, or the record itself). */
export function currentFromConflict(details: unknown): Institution | null {
  if (!details || typeof details !== 'object') return null;
  const d = details as { current?: unknown };
  const candidate = (d.current ?? details) as Partial<Institution>;
  return typeof candidate.id === 'number' && typeof candidate.updatedAt === 'string'
    ? (candidate as Institution)
    : null;
}
