import { type EvidenceLink, type EvidenceLinkInput, formatFigure, type Lang } from '@suotdoi/shared';
import type { Problem } from '../activities/activity-rules';
import { findIndicators } from '../analytics/figures.repo';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findNomineeTasks, findSubtreeActivities, findSubtreeGoodModels } from './evidence.repo';
import { nomineeFigures } from './nominee-figures';
import type { NomineeUnit } from './recognition.repo';

/**
 * Minh chứng as kept in the nomination's jsonb: what was shown when it was written, so the decision rests on it
 * even after the activity is renamed or the figure moves. An indicator keeps its figure, unit and both names;
 * the others keep their label (their titles are the units' own words, in one language).
 */
export type StoredEvidence =
  | { kind: 'activity' | 'task' | 'good_model'; refId: number; label: string }
  | {
      kind: 'indicator';
      indicator: string;
      year: number;
      actual: number | null;
      unit: string;
      name: { vi: string; en: string };
    };

/** A task reads as its plan writes it: "1.2. Tuyên truyền …" (the code when it has one). */
export function taskLabel(task: { code: string | null; content: string }): string {
  return task.code ? `${task.code}. ${task.content}` : task.content;
}

/** The stored link as the API answers it, in the reader's language. */
export function presentEvidence(e: StoredEvidence, lang: Lang): EvidenceLink {
  if (e.kind === 'indicator') {
    return {
      kind: 'indicator',
      refId: null,
      indicator: e.indicator,
      year: e.year,
      label: e.name[lang],
      value: formatFigure(e.actual, e.unit, lang),
    };
  }
  return { kind: e.kind, refId: e.refId, indicator: null, year: null, label: e.label, value: null };
}

const idsOf = <K extends EvidenceLinkInput['kind']>(
  links: readonly EvidenceLinkInput[],
  kind: K,
  pick: (l: Extract<EvidenceLinkInput, { kind: K }>) => number,
) => links.filter((l): l is Extract<EvidenceLinkInput, { kind: K }> => l.kind === kind).map(pick);

/**
 * Each link checked against the nominee unit and frozen: an activity of an institution in its subtree, a task
 * it leads or coordinates (or of its own plan), a good model of its subtree, an indicator of the catalogue with
 * the unit's figure for the year (the analytics' own, nominee-figures.ts). Every bad link is named
 * (`body.evidence.<i>`, unknown_evidence). Reads through `deps.db`: call it outside a transaction (PGlite has
 * one connection, which the transaction would hold).
 */
export async function resolveEvidence(
  actor: Actor,
  nominee: NomineeUnit,
  links: readonly EvidenceLinkInput[],
  deps: ServiceDeps,
): Promise<{ evidence: StoredEvidence[]; problems: Problem[] }> {
  const { db } = deps;
  const unitId = nominee.id;
  const [activities, tasks, models, catalogue] = await Promise.all([
    findSubtreeActivities(
      db,
      unitId,
      idsOf(links, 'activity', (l) => l.activityId),
    ),
    findNomineeTasks(
      db,
      unitId,
      idsOf(links, 'task', (l) => l.taskId),
    ),
    findSubtreeGoodModels(
      db,
      unitId,
      idsOf(links, 'good_model', (l) => l.goodModelId),
    ),
    findIndicators(db),
  ]);
  const asked = links.filter((l) => l.kind === 'indicator');
  const known = new Map(catalogue.map((i) => [i.code, i]));
  const wanted = asked.filter((l) => known.has(l.indicator) && l.year >= 2000 && l.year <= 2100);
  const { figures } = await nomineeFigures(
    actor,
    nominee,
    { years: wanted.map((l) => l.year), indicators: [...new Set(wanted.map((l) => l.indicator))] },
    deps,
  );

  const evidence: StoredEvidence[] = [];
  const problems: Problem[] = [];
  links.forEach((link, i) => {
    const bad = (value: string) =>
      problems.push({ field: `body.evidence.${i}`, reason: 'unknown_evidence', value });
    switch (link.kind) {
      case 'activity': {
        const title = activities.get(link.activityId);
        if (title === undefined) bad(`activity ${link.activityId}`);
        else evidence.push({ kind: 'activity', refId: link.activityId, label: title });
        break;
      }
      case 'task': {
        const task = tasks.get(link.taskId);
        if (!task) bad(`task ${link.taskId}`);
        else evidence.push({ kind: 'task', refId: link.taskId, label: taskLabel(task) });
        break;
      }
      case 'good_model': {
        const title = models.get(link.goodModelId);
        if (title === undefined) bad(`good_model ${link.goodModelId}`);
        else evidence.push({ kind: 'good_model', refId: link.goodModelId, label: title });
        break;
      }
      case 'indicator': {
        const indicator = wanted.includes(link) ? known.get(link.indicator) : undefined;
        // No figure (nothing reported yet) is frozen as such: the decision saw "—".
        const figure = figures.find((f) => f.indicator === link.indicator && f.year === link.year);
        if (!indicator) bad(`${link.indicator} ${link.year}`);
        else
          evidence.push({
            kind: 'indicator',
            indicator: indicator.code,
            year: link.year,
            actual: figure?.actual ?? null,
            unit: indicator.unit,
            name: indicator.name,
          });
        break;
      }
    }
  });
  return { evidence, problems };
}
