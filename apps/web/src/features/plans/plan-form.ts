import { SECTION_KEYS, type UpdatePlan } from '@suotdoi/shared';
import type { PlanDetail, PlanStatus } from '../../api/plans';

/**
 * The plan form, pure: a plan's title, status and text sections as the form holds them, the PATCH body they
 * become, and which of them differ between two versions (the 409 conflict view). The limits are the contract's
 * (UpdatePlanSchema in packages/shared/src/schemas/plans-api.ts); the server decides, this only says it sooner.
 */

export type SectionKey = (typeof SECTION_KEYS)[number];

export const PLAN_TITLE_MAX = 1000;
export const SECTION_TITLE_MAX = 300;
export const SECTION_TEXT_MAX = 50000;
export const SECTIONS_MAX = 50;

export interface PlanSectionValues {
  key: SectionKey;
  title: string;
  text: string;
}

export interface PlanFormValues {
  title: string;
  status: PlanStatus;
  sections: PlanSectionValues[];
}

export type PlanField = keyof PlanFormValues;

export function toPlanFormValues(plan: Pick<PlanDetail, 'title' | 'status' | 'sections'>): PlanFormValues {
  return {
    title: plan.title,
    status: plan.status,
    sections: plan.sections.map((s) => ({ key: s.key, title: s.title, text: s.text })),
  };
}

/** Whitespace at the ends of a line means nothing in a plan's text; NFC so "ệ" typed two ways compares equal. */
const tidy = (v: string | undefined) => (v ?? '').normalize('NFC').trim();

/** The form's values as a clean copy: trimmed, in NFC, sections without a key dropped (a row left half-added). */
export function normalisePlanValues(values: PlanFormValues): PlanFormValues {
  return {
    title: tidy(values.title),
    status: values.status,
    sections: (values.sections ?? [])
      .filter((s) => s && (SECTION_KEYS as readonly string[]).includes(s.key))
      .map((s) => ({ key: s.key, title: tidy(s.title), text: tidy(s.text) })),
  };
}

/** The PATCH /api/plans/{id} body; `version` is the updatedAt the edit started from (409 when stale). */
export function toUpdatePlanBody(values: PlanFormValues, version: string): UpdatePlan {
  return { ...normalisePlanValues(values), expectedUpdatedAt: version };
}

function sameSections(a: readonly PlanSectionValues[], b: readonly PlanSectionValues[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => s.key === b[i]!.key && s.title === b[i]!.title && s.text === b[i]!.text)
  );
}

/** The fields whose values differ between this person's form and the saved plan (title, status, sections). */
export function changedPlanFields(mine: PlanFormValues, theirs: PlanFormValues): PlanField[] {
  const a = normalisePlanValues(mine);
  const b = normalisePlanValues(theirs);
  const fields: PlanField[] = [];
  if (a.title !== b.title) fields.push('title');
  if (a.status !== b.status) fields.push('status');
  if (!sameSections(a.sections, b.sections)) fields.push('sections');
  return fields;
}

/** The next section key a new row starts with: the first not used yet, else "other". */
export function nextSectionKey(sections: readonly Partial<PlanSectionValues>[]): SectionKey {
  const used = new Set(sections.map((s) => s?.key));
  return SECTION_KEYS.find((k) => !used.has(k)) ?? 'other';
}
