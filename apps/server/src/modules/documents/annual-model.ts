import { type Block, type DocumentFigure, type DocumentModel, formatDateVi } from '@suotdoi/shared';
import type { DocumentInputs } from './document-inputs';
import {
  breakdownAnnex,
  completenessAnnex,
  recognitionsAnnex,
  targetsAnnex,
  tasksAnnex,
} from './model-annexes';
import { documentShell, openingOf, planPhrase, templateGaps } from './model-header';
import {
  directionSection,
  narrativeBlocks,
  observancesSection,
  recognitionsSection,
  targetsSection,
  tasksSection,
  wordsOf,
} from './model-sections';

/**
 * Báo cáo kết quả thực hiện Kế hoạch … năm N: the report every unit files before 25/11, written from the data.
 * Pure: the same inputs give the same model.
 */
export function buildAnnualModel(inputs: DocumentInputs): DocumentModel {
  const w = wordsOf(inputs);
  const plan = planPhrase(inputs, w);
  const targets = targetsSection(inputs, inputs.scorecard, w.captions.targets(inputs.year));
  const tasks = tasksSection(inputs);
  const observances = observancesSection(inputs);
  const recognitions = recognitionsSection(inputs, 4);
  const gaps = dataGaps(inputs);
  const breakdown = breakdownAnnex(inputs);

  const body: Block[] = [
    ...openingOf(inputs, w.annualWhat(inputs.year)).map((text): Block => ({ type: 'paragraph', text })),
    ...numbered([
      [w.headings.direction, directionSection(inputs, plan)],
      [
        w.headings.results,
        subsections([
          [w.headings.targets, targets.blocks],
          [w.headings.tasks, tasks.blocks],
          [w.headings.observances, observances.blocks],
          [w.headings.recognitions, recognitions.blocks],
          [w.headings.highlights, narrativeBlocks(inputs, 'results')],
        ]),
      ],
      [w.headings.limitations, narrativeBlocks(inputs, 'limitations', gaps)],
      [w.headings.proposals, narrativeBlocks(inputs, 'proposals')],
    ]),
  ];
  return {
    ...documentShell(inputs, 'annual', w.annualSubtitle(plan, inputs.year)),
    body,
    annexes: [
      ...(breakdown ? [breakdown.sheet] : []),
      completenessAnnex(inputs),
      tasksAnnex(inputs),
      targetsAnnex(inputs, inputs.scorecard),
      recognitionsAnnex(inputs),
    ],
    gaps: [...gaps, ...templateGaps(inputs)],
    figures: [
      ...reportingFigures(inputs),
      ...targets.figures,
      ...tasks.figures,
      ...observances.figures,
      ...recognitions.figures,
      ...(breakdown?.figures ?? []),
    ],
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Level-1 sections "I. …", "II. …" in the order given. */
export function numbered(sections: [string, Block[]][]): Block[] {
  return sections.flatMap(([title, blocks], i) => [
    { type: 'heading', level: 1, text: `${ROMAN[i]}. ${title}` } satisfies Block,
    ...blocks,
  ]);
}

/** Level-2 sections "1. …", "2. …". */
export function subsections(sections: [string, Block[]][]): Block[] {
  return sections.flatMap(([title, blocks], i) => [
    { type: 'heading', level: 2, text: `${i + 1}. ${title}` } satisfies Block,
    ...blocks,
  ]);
}

/** What the figures lack, in words: no plan, no targets, no approved data, missing reports, a restructuring. */
export function dataGaps(inputs: DocumentInputs): string[] {
  const w = wordsOf(inputs);
  const gaps: string[] = [];
  const { unit } = inputs;
  if (
    unit.validFrom > `${inputs.year}-12-31` ||
    (unit.validTo !== null && unit.validTo <= `${inputs.fromYear}-01-01`)
  )
    gaps.push(w.gaps.unitNotInYear(inputs.year));
  if (!inputs.plan) gaps.push(w.gaps.noPlan(inputs.year));
  else if (inputs.scorecard.length === 0) gaps.push(w.gaps.noTargets);
  else if (inputs.scorecard.every((r) => r.actual === null)) gaps.push(w.gaps.noFigures(inputs.year));
  const c = inputs.board?.figures.completeness;
  if (c && c.expected > c.submitted) gaps.push(w.gaps.missingReports(c.expected - c.submitted, c.expected));
  for (const r of inputs.restructurings) gaps.push(w.gaps.merged(formatDateVi(r.date)));
  return [...new Set(gaps)];
}

/** Completeness and timeliness, frozen with the report. */
export function reportingFigures(inputs: DocumentInputs): DocumentFigure[] {
  const f = inputs.board?.figures;
  if (!f) return [];
  const w = wordsOf(inputs);
  const n = (key: string, label: string, value: number): DocumentFigure => ({
    key: `reporting:${key}`,
    label,
    value,
    text: String(value),
  });
  return [
    n('expected', `${w.annexes.completeness}: ${w.columns.unit}`, f.completeness.expected),
    n('submitted', `${w.annexes.completeness}: ${w.reportStatus.submitted}`, f.completeness.submitted),
    n('approved', `${w.annexes.completeness}: ${w.reportStatus.approved}`, f.completeness.approved),
    n('onTime', `${w.annexes.completeness}: ${w.columns.onTime}`, f.timeliness.onTime),
  ];
}
