import type { EvidenceLink, EvidenceLinkInput, EvidenceOptions } from '@suotdoi/shared';

/**
 * Minh chứng: the evidence pickers' options, the keys the form holds, the API's EvidenceLinkInput, and where a link
 * read back points. No React.
 */

export const EVIDENCE_KINDS = ['activity', 'indicator', 'task', 'good_model'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The contract's limit on links per nomination. */
export const EVIDENCE_MAX = 30;

/**
 * One piece of evidence as the form holds it: "activity:12", "task:5", "good_model:3", "indicator:2026:LIB_VISITS"
 * (the indicator code last, so a code holding a colon still parses).
 */
export type EvidenceKey = string;

/** The form's evidence: the keys chosen in each picker. */
export type EvidenceFormValues = Record<EvidenceKind, EvidenceKey[]>;

export const emptyEvidence = (): EvidenceFormValues => ({
  activity: [],
  indicator: [],
  task: [],
  good_model: [],
});

/** The key of a link to send or of one read back (an indicator read back has no refId; the others have). */
export function evidenceKeyOf(link: EvidenceLinkInput | EvidenceLink): EvidenceKey {
  if ('refId' in link) {
    return link.kind === 'indicator'
      ? `indicator:${link.year ?? ''}:${link.indicator ?? ''}`
      : `${link.kind}:${link.refId}`;
  }
  switch (link.kind) {
    case 'activity':
      return `activity:${link.activityId}`;
    case 'task':
      return `task:${link.taskId}`;
    case 'good_model':
      return `good_model:${link.goodModelId}`;
    case 'indicator':
      return `indicator:${link.year}:${link.indicator}`;
  }
}

const positive = (s: string | undefined) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** The link a key stands for; null for a key that is not one (a stale value). */
export function evidenceInputOf(key: EvidenceKey): EvidenceLinkInput | null {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (kind === 'indicator') {
    const sep = rest.indexOf(':');
    const year = Number(rest.slice(0, sep));
    const indicator = rest.slice(sep + 1);
    return sep > 0 && Number.isInteger(year) && indicator ? { kind, indicator, year } : null;
  }
  const id = positive(rest);
  if (id === null) return null;
  if (kind === 'activity') return { kind, activityId: id };
  if (kind === 'task') return { kind, taskId: id };
  if (kind === 'good_model') return { kind, goodModelId: id };
  return null;
}

export function evidenceKindOf(key: EvidenceKey): EvidenceKind | null {
  const kind = key.slice(0, key.indexOf(':'));
  return (EVIDENCE_KINDS as readonly string[]).includes(kind) ? (kind as EvidenceKind) : null;
}

/** The form's evidence → the API's list, in the pickers' order (activities, indicators, tasks, good models). */
export function toEvidenceInputs(values: EvidenceFormValues): EvidenceLinkInput[] {
  return EVIDENCE_KINDS.flatMap((kind) => values[kind] ?? [])
    .map(evidenceInputOf)
    .filter((x): x is EvidenceLinkInput => x !== null);
}

/** A nomination's evidence read back → the form's pickers. */
export function toEvidenceForm(links: readonly EvidenceLink[]): EvidenceFormValues {
  const values = emptyEvidence();
  for (const link of links) values[link.kind].push(evidenceKeyOf(link));
  return values;
}

export function evidenceCount(values: EvidenceFormValues): number {
  return EVIDENCE_KINDS.reduce((n, kind) => n + (values[kind]?.length ?? 0), 0);
}

/** One option of a picker: its key, its name and a second line (a date, a figure, a status). */
export interface EvidenceChoice {
  key: EvidenceKey;
  kind: EvidenceKind;
  label: string;
  detail: string;
}

export interface ChoiceWords {
  /** An instant or date as dd/mm/yyyy. */
  date: (value: string) => string;
  activityStatus: (status: string) => string;
  taskStatus: (status: string) => string;
}

/** The options the server offers for a unit and year, per picker. */
export function evidenceChoices(
  options: EvidenceOptions | undefined,
  words: ChoiceWords,
): Record<EvidenceKind, EvidenceChoice[]> {
  return {
    activity: (options?.activities ?? []).map((a) => ({
      key: `activity:${a.id}`,
      kind: 'activity',
      label: a.title,
      detail: [words.date(a.startsAt), words.activityStatus(a.status)].filter(Boolean).join(' · '),
    })),
    indicator: (options?.indicators ?? []).map((i) => ({
      key: `indicator:${i.year}:${i.indicator}`,
      kind: 'indicator',
      label: i.label,
      detail: `${i.value} (${i.year})`,
    })),
    task: (options?.tasks ?? []).map((x) => ({
      key: `task:${x.id}`,
      kind: 'task',
      label: `${x.code} ${x.title}`.trim(),
      detail: x.status ? words.taskStatus(x.status) : '',
    })),
    good_model: (options?.goodModels ?? []).map((g) => ({
      key: `good_model:${g.id}`,
      kind: 'good_model',
      label: g.title,
      detail: '',
    })),
  };
}

/** A nomination's own evidence as choices, so a link no longer offered (another year) still shows its name. */
export function choicesOfLinks(links: readonly EvidenceLink[]): EvidenceChoice[] {
  return links.map((l) => ({
    key: evidenceKeyOf(l),
    kind: l.kind,
    label: l.label,
    detail: l.value ? `${l.value}${l.year ? ` (${l.year})` : ''}` : '',
  }));
}

/**
 * The name of a link sent, for a server problem about it ("indicator LIB_VISITS 2026" reads as "Lượt bạn đọc"):
 * from the options offered, else from the nomination's own links; undefined when neither names it.
 */
export function evidenceLabelOf(
  key: EvidenceKey,
  options: EvidenceOptions | undefined,
  saved: readonly EvidenceLink[] = [],
): string | undefined {
  const none = () => '';
  const offered = evidenceChoices(options, { date: none, activityStatus: none, taskStatus: none });
  const kind = evidenceKindOf(key);
  const found =
    (kind ? offered[kind] : []).find((c) => c.key === key) ??
    choicesOfLinks(saved).find((c) => c.key === key);
  return found?.label;
}

/**
 * Where a link read back opens: the activity, the good model, the task's plan (its tasks tab) once the plan is
 * known; an indicator shows its figure in place and opens nothing.
 */
export function evidenceHref(
  link: Pick<EvidenceLink, 'kind' | 'refId'>,
  taskPlanId?: number | null,
): string | null {
  if (link.refId === null) return null;
  switch (link.kind) {
    case 'activity':
      return `/activities/${link.refId}`;
    case 'good_model':
      return `/good-models/${link.refId}`;
    case 'task':
      return taskPlanId ? `/plans/${taskPlanId}?tab=tasks` : null;
    default:
      return null;
  }
}
