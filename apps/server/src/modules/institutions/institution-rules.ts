import {
  AppError,
  foldDiacritics,
  INSTITUTION_FIELDS,
  type Institution,
  type InstitutionCategory,
  type InstitutionDetails,
  type IsoDate,
  isValidOn,
  type ReasonCode,
} from '@suotdoi/shared';
import type { InstitutionRow } from './institutions.repo';
import { viSortKey } from './sort-key';
import { AREA_KINDS, type UnitRef } from './unit-lookups.repo';

/** The editable state of an institution (INSTITUTION_FIELDS): what create, update and import compare and write. */
export interface InstitutionState extends InstitutionDetails {
  code: string;
  name: string;
  category: InstitutionCategory;
  parentId: number;
  managingAgencyId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export function stateOf(record: Institution): InstitutionState {
  return {
    code: record.code,
    name: record.name,
    category: record.category,
    parentId: record.parentId ?? 0,
    managingAgencyId: record.managingAgencyId,
    address: record.address,
    phone: record.phone,
    email: record.email,
    website: record.website,
    openingHours: record.openingHours,
    services: record.services,
    validFrom: record.validFrom,
    validTo: record.validTo,
  };
}

/** True when nothing a person can edit differs (an unchanged import row writes nothing and audits nothing). */
export function isSameState(a: InstitutionState, b: InstitutionState): boolean {
  return INSTITUTION_FIELDS.every((k) =>
    k === 'services'
      ? a.services.length === b.services.length && a.services.every((s, i) => s === b.services[i])
      : a[k] === b[k],
  );
}

/** The stored row: the search and sort columns are derived here so that no write path forgets them. */
export function storedRow(state: InstitutionState, provinceId: number | null): InstitutionRow {
  return {
    code: state.code,
    name: state.name,
    searchName: foldDiacritics(state.name),
    nameSortKey: viSortKey(state.name),
    category: state.category,
    managingAgencyId: state.managingAgencyId,
    provinceId,
    address: state.address,
    phone: state.phone,
    email: state.email,
    website: state.website,
    openingHours: state.openingHours,
    services: state.services,
    validFrom: state.validFrom,
    validTo: state.validTo,
  };
}

/** Half-open windows [from, to) overlap. */
export function overlaps(
  a: { validFrom: IsoDate; validTo: IsoDate | null },
  b: { validFrom: IsoDate; validTo: IsoDate | null },
): boolean {
  return (b.validTo === null || a.validFrom < b.validTo) && (a.validTo === null || b.validFrom < a.validTo);
}

/**
 * Why `unit` cannot be an institution's parent over [from, to): it must exist, be a commune or a province
 * (there is no district level since 1/7/2025; old districts stay history) and be valid for the whole window,
 * so an open-ended link to a commune dissolved on 1/7/2025 is refused (the institution moves or closes).
 */
export function parentProblem(
  unit: UnitRef | undefined,
  from: IsoDate,
  to: IsoDate | null,
): ReasonCode | undefined {
  if (!unit) return 'unknown_unit';
  if (!(AREA_KINDS as readonly string[]).includes(unit.kind)) return 'invalid_parent_kind';
  const outlives = unit.validTo !== null && (to === null || to > unit.validTo);
  if (!isValidOn(unit, from) || outlives) return 'parent_out_of_validity';
  return undefined;
}

/** The service's error for a parent problem: a 422 for validity, a field error otherwise. */
export function parentError(reason: ReasonCode, unit: UnitRef | undefined, from: IsoDate): AppError {
  if (reason === 'parent_out_of_validity') {
    return new AppError('PARENT_OUT_OF_VALIDITY', `unit ${unit?.id} is not valid from ${from} on`, {
      field: 'parentId',
      reason,
      value: from,
      parentValidFrom: unit?.validFrom,
      parentValidTo: unit?.validTo,
    });
  }
  if (reason === 'unknown_unit')
    return new AppError('NOT_FOUND', 'parent unit not found', { field: 'parentId' });
  return fieldError('parentId', reason, unit?.name);
}

export function fieldError(field: string, reason: ReasonCode, value?: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${reason}`, [{ field, reason, value }]);
}
