import {
  type Block,
  type ChartSpec,
  type DocumentFigure,
  type DocumentModel,
  formatAmount,
  formatFigure,
  formatGap,
  formatTarget,
  reasonSentence,
  type ScorecardRow,
  TARGET_STATUS_NAMES,
  targetMidpoint,
} from '@suotdoi/shared';
import { dataGaps, numbered, reportingFigures, subsections } from './annual-model';
import { comparableTarget, type DocumentInputs } from './document-inputs';
import {
  breakdownAnnex,
  completenessAnnex,
  recognitionsAnnex,
  targetsAnnex,
  tasksAnnex,
} from './model-annexes';
import { documentShell, openingOf, planPhrase, templateGaps } from './model-header';
import {
  categoryText,
  directionSection,
  indicatorName,
  milestoneText,
  narrativeBlocks,
  observancesSection,
  recognitionsSection,
  targetsSection,
  tasksSection,
  wordsOf,
} from './model-sections';

/**
 * Sơ kết 2025 / tổng kết 2030: every target of the plan at its milestone, the gaps that remain, the units ahead
 * and behind, with charts. Pure, like the annual report.
 */
export function buildReviewModel(inputs: DocumentInputs): DocumentModel {
  const w = wordsOf(inputs);
  const kind = inputs.kind === 'final' ? 'final' : 'midterm';
  const plan = planPhrase(inputs, w);
  // The sơ kết judges what fell due by 2025 and looks ahead to 2030; the tổng kết judges everything.
  const judged = inputs.scorecard.filter((r) => r.year <= inputs.year || r.from !== null);
  const targets = targetsSection(inputs, judged, w.captions.targets(inputs.dataYear));
  const tasks = tasksSection(inputs);
  const observances = observancesSection(inputs);
  // Tables 1–5 are the targets, tasks, national days, gaps and units ahead.
  const recognitions = recognitionsSection(inputs, 6);
  const ranking = rankUnits(inputs);
  const gaps = dataGaps(inputs);
  const breakdown = breakdownAnnex(inputs);
  const focus = inputs.scorecard.filter((r) => r.status === 'at_risk' || r.status === 'off_track');

  const body: Block[] = [
    ...openingOf(inputs, w.reviewWhat(kind, inputs.fromYear, inputs.year)).map(
      (text): Block => ({ type: 'paragraph', text }),
    ),
    ...numbered([
      [w.headings.direction, directionSection(inputs, plan)],
      [
        w.headings.results,
        subsections([
          [w.headings.targets, [...targets.blocks, ...targetsCharts(inputs, judged)]],
          [w.headings.gapAnalysis, gapBlocks(inputs)],
          [w.headings.aheadBehind, ranking.blocks],
          [w.headings.tasks, tasks.blocks],
          [w.headings.observances, observances.blocks],
          [w.headings.recognitions, recognitions.blocks],
          [w.headings.highlights, narrativeBlocks(inputs, 'results')],
        ]),
      ],
      [w.headings.limitations, narrativeBlocks(inputs, 'limitations', gaps)],
      [
        w.headings.nextSteps,
        [
          ...(focus.length > 0
            ? [
                {
                  type: 'paragraph',
                  text: w.focusTargets(
                    focus
                      .map((r) => `${indicatorName(inputs, r.indicator)} (${categoryText(inputs, r)})`)
                      .join('; '),
                  ),
                } satisfies Block,
              ]
            : []),
          ...narrativeBlocks(inputs, 'proposals'),
        ],
      ],
    ]),
  ];
  return {
    ...documentShell(inputs, kind, w.reviewSubtitle(kind, plan, inputs.fromYear, inputs.year)),
    body,
    annexes: [
      targetsAnnex(inputs, inputs.scorecard),
      ...(breakdown ? [breakdown.sheet] : []),
      completenessAnnex(inputs),
      tasksAnnex(inputs),
      recognitionsAnnex(inputs),
    ],
    gaps: [...gaps, ...templateGaps(inputs)],
    figures: [
      ...reportingFigures(inputs),
      ...targets.figures,
      ...ranking.figures,
      ...tasks.figures,
      ...observances.figures,
      ...recognitions.figures,
    ],
  };
}

/**
 * Target against actual for the shares (coverage) due at the milestone: one bar chart per indicator, its bars
 * the institution categories, so labels stay short and a chart stays readable at the page's width.
 */
function targetsCharts(inputs: DocumentInputs, rows: readonly ScorecardRow[]): Block[] {
  const w = wordsOf(inputs);
  const shares = rows.filter((r) => r.unit === 'percent' && r.year === inputs.year);
  const byIndicator = new Map<string, ScorecardRow[]>();
  for (const r of shares) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  return [...byIndicator].slice(0, 6).map(([indicator, group], i): Block => {
    const name = indicatorName(inputs, indicator);
    const chart: ChartSpec = {
      type: 'hbar',
      title: clip(name, 90),
      categories: group.map((r) => categoryText(inputs, r)),
      series: [
        { name: w.chartTarget, role: 'target', values: group.map((r) => targetMidpoint(r.target)) },
        {
          name: w.chartActual,
          role: 'actual',
          values: group.map((r) => (r.actual === null ? null : Math.round(r.actual * 10) / 10)),
        },
      ],
      unit: '%',
    };
    return { type: 'chart', id: `targets-${i + 1}`, caption: w.captions.chartTargets(i + 1, name), chart };
  });
}

/** At most `max` characters, cut between words. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Every target not yet achieved: how far it is, and what it needs a year against its trend. */
function gapBlocks(inputs: DocumentInputs): Block[] {
  const w = wordsOf(inputs);
  const open = inputs.scorecard.filter((r) => r.status !== 'achieved');
  return [
    {
      type: 'table',
      caption: w.captions.gap,
      columns: [
        { title: w.columns.no, width: 3, align: 'center' },
        { title: w.columns.indicator, width: 20, align: 'left' },
        { title: w.columns.category, width: 12, align: 'left' },
        { title: w.columns.milestone, width: 7, align: 'center' },
        { title: w.columns.target, width: 8, align: 'right' },
        { title: w.columns.actual(inputs.dataYear), width: 8, align: 'right' },
        { title: w.columns.gap, width: 8, align: 'right' },
        { title: w.columns.needed, width: 16, align: 'left' },
      ],
      rows: open.map((r, i) => [
        String(i + 1),
        indicatorName(inputs, r.indicator),
        categoryText(inputs, r),
        milestoneText(inputs, r),
        formatTarget(r.target, r.unit, inputs.lang),
        formatFigure(r.actual, r.unit, inputs.lang),
        formatGap(r.gap, r.unit, inputs.lang),
        `${TARGET_STATUS_NAMES[inputs.lang][r.status]}${r.reason ? `: ${reasonSentence(r.reason, r.unit, inputs.lang)}` : ''}`,
      ]),
      empty: w.empty.gap,
    },
  ];
}

interface UnitScore {
  id: number;
  name: string;
  achieved: number;
  withData: number;
}

/** The units below ranked by the share of the plan's (non-growth) targets they reach, with a chart. */
function rankUnits(inputs: DocumentInputs): { blocks: Block[]; figures: DocumentFigure[] } {
  const w = wordsOf(inputs);
  const data = inputs.unitTargets;
  const rows = inputs.scorecard.filter((r) => comparableTarget(r, inputs.year));
  const scores: UnitScore[] = (data?.units ?? []).map((u) => {
    let achieved = 0;
    let withData = 0;
    for (const r of rows) {
      const actual = data?.actual.get(r.targetId)?.get(u.id) ?? null;
      if (actual === null) continue;
      withData += 1;
      const direction = inputs.indicators.find((i) => i.code === r.indicator)?.direction ?? 'up';
      if (meets(r, actual, direction)) achieved += 1;
    }
    return { id: u.id, name: u.name, achieved, withData };
  });
  const ranked = scores
    .filter((s) => s.withData > 0)
    .sort((a, b) => share(b) - share(a) || b.achieved - a.achieved || a.name.localeCompare(b.name, 'vi'));
  if (ranked.length === 0)
    return { blocks: [{ type: 'paragraph', text: w.empty.ahead, italic: true }], figures: [] };
  const shown = ranked.length <= 10 ? ranked : [...ranked.slice(0, 5), ...ranked.slice(-5)];
  const ahead = new Set(ranked.slice(0, Math.min(5, Math.ceil(ranked.length / 2))).map((s) => s.id));
  const pct = (s: UnitScore) => Math.round(share(s) * 1000) / 10;
  return {
    blocks: [
      { type: 'paragraph', text: w.aheadBehindNote, italic: true },
      {
        type: 'table',
        caption: w.captions.ahead,
        columns: [
          { title: w.columns.no, width: 3, align: 'center' },
          { title: w.columns.unit, width: 24, align: 'left' },
          { title: w.columns.achieved, width: 9, align: 'right' },
          { title: w.columns.withData, width: 9, align: 'right' },
          { title: w.columns.share, width: 9, align: 'right' },
          { title: w.columns.status, width: 9, align: 'left' },
        ],
        rows: shown.map((s) => [
          String(ranked.indexOf(s) + 1),
          s.name,
          String(s.achieved),
          String(s.withData),
          formatFigure(pct(s), 'percent', inputs.lang),
          ahead.has(s.id) ? w.ahead : w.behind,
        ]),
        empty: w.empty.ahead,
      },
      {
        type: 'chart',
        id: 'units',
        caption: w.captions.chartUnits,
        chart: {
          type: 'hbar',
          title: w.captions.chartUnits,
          categories: shown.map((s) => s.name),
          series: [{ name: w.chartShare, role: 'actual', values: shown.map(pct) }],
          unit: '%',
        },
      },
    ],
    figures: ranked.map((s) => ({
      key: `rank:${s.id}`,
      label: s.name,
      value: pct(s),
      text: `${formatAmount(s.achieved, inputs.lang, 0)}/${formatAmount(s.withData, inputs.lang, 0)}`,
    })),
  };
}

const share = (s: UnitScore) => (s.withData === 0 ? 0 : s.achieved / s.withData);

/** A unit reaches a target at the bound the plan sets: the lower one going up, the upper one going down. */
function meets(row: ScorecardRow, actual: number, direction: 'up' | 'down'): boolean {
  const { min, max } = row.target;
  if (direction === 'down') {
    const bound = max ?? min;
    return bound === null || actual <= bound;
  }
  const bound = min ?? max;
  return bound === null || actual >= bound;
}
