import {
  type Block,
  CATEGORY_NAMES,
  type DocumentFigure,
  formatAmount,
  formatDateVi,
  formatFigure,
  formatGap,
  formatTarget,
  type InstitutionCategory,
  reasonSentence,
  type ScorecardRow,
  TARGET_STATUS_NAMES,
} from '@suotdoi/shared';
import type { GrantedRecognition } from '../recognition/recognition.repo';
import type { DocumentInputs } from './document-inputs';
import { DOCUMENT_WORDS, type DocumentWords } from './document-words';
import type { Narrative } from './documents.repo';

/** The sections every document shares, as blocks, and the figures they freeze. */

export const wordsOf = (inputs: DocumentInputs): DocumentWords => DOCUMENT_WORDS[inputs.lang];

export function indicatorName(inputs: DocumentInputs, code: string): string {
  return inputs.indicators.find((i) => i.code === code)?.name[inputs.lang] ?? code;
}

export function categoryText(
  inputs: DocumentInputs,
  row: Pick<ScorecardRow, 'category' | 'categories'>,
): string {
  const name = (c: string) => CATEGORY_NAMES[c as InstitutionCategory]?.[inputs.lang] ?? c;
  if (row.category) return name(row.category);
  if (row.categories?.length) return row.categories.map(name).join('; ');
  return wordsOf(inputs).allCategories;
}

export function milestoneText(inputs: DocumentInputs, row: Pick<ScorecardRow, 'year' | 'from'>): string {
  return row.from !== null && row.from !== row.year
    ? wordsOf(inputs).yearly(row.from, row.year)
    : String(row.year);
}

/** "Đã đạt", or "Có nguy cơ: cần +11,8 %/năm, xu hướng +6,2 %/năm". */
export function statusText(inputs: DocumentInputs, row: ScorecardRow): string {
  const status = TARGET_STATUS_NAMES[inputs.lang][row.status];
  const reason = row.status === 'achieved' ? '' : reasonSentence(row.reason, row.unit, inputs.lang);
  return reason ? `${status}: ${reason}` : status;
}

/** I. Direction and organisation: the plan, the restructurings, the reporting. */
export function directionSection(inputs: DocumentInputs, planText: string): Block[] {
  const w = wordsOf(inputs);
  const blocks: Block[] = [];
  blocks.push({
    type: 'paragraph',
    text: inputs.plan ? w.planInForce(planText, inputs.planFrom) : w.noPlan(inputs.year),
  });
  for (const r of inputs.restructurings) {
    const date = formatDateVi(r.date);
    const ref = r.legalRef ? ` (${r.legalRef})` : '';
    const others = r.others.join(', ');
    blocks.push({
      type: 'paragraph',
      text:
        r.direction === 'in'
          ? w.restructuredIn(date, others, inputs.unit.typedName, ref)
          : w.restructuredOut(date, inputs.unit.typedName, others, ref),
    });
  }
  const board = inputs.board;
  if (!board || board.figures.completeness.expected === 0) {
    blocks.push({ type: 'paragraph', text: w.noReportsExpected });
    return blocks;
  }
  const c = board.figures.completeness;
  const t = board.figures.timeliness;
  blocks.push({
    type: 'paragraph',
    text: w.reporting({
      submitted: c.submitted,
      expected: c.expected,
      share: formatFigure(c.share === null ? null : c.share * 100, 'percent', inputs.lang),
      approved: c.approved,
      onTime: t.onTime,
      late: t.late,
      overdue: t.overdue,
    }),
  });
  const missing = board.rows.filter(
    (r) =>
      r.parentId === inputs.unit.id &&
      (r.status === 'not_started' || r.status === 'draft' || r.status === 'returned'),
  );
  if (missing.length > 0 && missing.length <= 30) {
    blocks.push({ type: 'paragraph', text: w.notSubmittedList });
    blocks.push({
      type: 'bullets',
      items: missing.map((r) => `${r.unit.name} (${w.reportStatus[r.status] ?? r.status})`),
    });
  }
  return blocks;
}

/** The targets table (with its summary sentence) and the figures it freezes. */
export function targetsSection(
  inputs: DocumentInputs,
  rows: readonly ScorecardRow[],
  caption: string,
): { blocks: Block[]; figures: DocumentFigure[] } {
  const w = wordsOf(inputs);
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const figures: DocumentFigure[] = [];
  const tableRows = rows.map((r, i) => {
    const actual = formatFigure(r.actual, r.unit, inputs.lang);
    figures.push({
      key: `target:${r.targetId}`,
      label: `${indicatorName(inputs, r.indicator)} — ${categoryText(inputs, r)} (${milestoneText(inputs, r)})`,
      value: r.actual,
      text: `${actual} · ${TARGET_STATUS_NAMES[inputs.lang][r.status]}`,
    });
    return [
      String(i + 1),
      indicatorName(inputs, r.indicator),
      categoryText(inputs, r),
      milestoneText(inputs, r),
      formatTarget(r.target, r.unit, inputs.lang),
      r.dataYear === inputs.dataYear ? actual : `${actual} (${r.dataYear})`,
      formatGap(r.gap, r.unit, inputs.lang),
      statusText(inputs, r),
    ];
  });
  return {
    blocks: [
      { type: 'paragraph', text: w.targetSummary(inputs.dataYear, counts, rows.length) },
      {
        type: 'table',
        caption,
        columns: [
          { title: w.columns.no, width: 3, align: 'center' },
          { title: w.columns.indicator, width: 18, align: 'left' },
          { title: w.columns.category, width: 13, align: 'left' },
          { title: w.columns.milestone, width: 6, align: 'center' },
          { title: w.columns.target, width: 8, align: 'right' },
          { title: w.columns.actual(inputs.dataYear), width: 9, align: 'right' },
          { title: w.columns.gap, width: 10, align: 'right' },
          { title: w.columns.status, width: 15, align: 'left' },
        ],
        rows: tableRows,
        empty: w.empty.targets,
      },
    ],
    figures,
  };
}

/** The tasks table: what each task is, who leads, when, its status and this year's progress. */
export function tasksSection(inputs: DocumentInputs): { blocks: Block[]; figures: DocumentFigure[] } {
  const w = wordsOf(inputs);
  const counts: Record<string, number> = {};
  for (const { task } of inputs.tasks) {
    counts[task.status] = (counts[task.status] ?? 0) + 1;
    if (task.overdue) counts.overdue = (counts.overdue ?? 0) + 1;
  }
  const figures: DocumentFigure[] = inputs.tasks.map(({ task }) => ({
    key: `task:${task.id}`,
    label: task.content.slice(0, 120),
    value: null,
    text: w.taskStatus[task.status],
  }));
  const rows = inputs.tasks.map(({ task, progress }, i) => [
    String(i + 1),
    task.content,
    task.lead.map((p) => p.text).join('; '),
    task.to && task.to !== task.from ? `${task.from}–${task.to}` : task.from,
    `${w.taskStatus[task.status]}${task.overdue ? ` (${w.late})` : ''}`,
    progress?.narrative || '',
  ]);
  return {
    blocks: [
      { type: 'paragraph', text: w.taskSummary(counts, inputs.tasks.length) },
      {
        type: 'table',
        caption: w.captions.tasks,
        columns: [
          { title: w.columns.no, width: 3, align: 'center' },
          { title: w.columns.task, width: 34, align: 'left' },
          { title: w.columns.lead, width: 12, align: 'left' },
          { title: w.columns.timeframe, width: 8, align: 'center' },
          { title: w.columns.status, width: 10, align: 'left' },
          { title: w.columns.result(inputs.dataYear), width: 18, align: 'left' },
        ],
        rows,
        empty: w.empty.tasks(inputs.dataYear),
      },
    ],
    figures,
  };
}

/** The national days and the events held for each. */
export function observancesSection(inputs: DocumentInputs): { blocks: Block[]; figures: DocumentFigure[] } {
  const w = wordsOf(inputs);
  const years =
    inputs.fromYear === inputs.dataYear ? String(inputs.dataYear) : `${inputs.fromYear}–${inputs.dataYear}`;
  const held = inputs.observances.filter((o) => o.events !== null);
  const events = held.reduce((s, o) => s + (o.events ?? 0), 0);
  return {
    blocks: [
      {
        type: 'paragraph',
        text: held.length > 0 ? w.observanceSummary(events, held.length) : w.empty.observances,
      },
      {
        type: 'table',
        caption: w.captions.observances(years),
        columns: [
          { title: w.columns.no, width: 3, align: 'center' },
          { title: w.columns.day, width: 8, align: 'center' },
          { title: w.columns.observance, width: 30, align: 'left' },
          { title: w.columns.events, width: 10, align: 'right' },
        ],
        rows: inputs.observances.map((o, i) => [
          String(i + 1),
          o.when,
          o.name,
          formatAmount(o.events, inputs.lang, 0),
        ]),
        empty: w.empty.observances,
      },
    ],
    figures: inputs.observances.map((o) => ({
      key: `observance:${o.code}`,
      label: o.name,
      value: o.events,
      text: formatAmount(o.events, inputs.lang, 0),
    })),
  };
}

/**
 * What the units wrote in their reports under one heading (results, limitations or proposals): the unit's own
 * text as paragraphs, its children's as "- Xã A: …" lines; a sentence when nobody wrote anything.
 */
export function narrativeBlocks(
  inputs: DocumentInputs,
  field: keyof Narrative,
  extra: string[] = [],
): Block[] {
  const blocks: Block[] = [];
  const own = inputs.narratives.find((n) => n.own)?.narrative[field]?.trim();
  if (own) for (const p of paragraphs(own)) blocks.push({ type: 'paragraph', text: p });
  const children = inputs.narratives
    .filter((n) => !n.own && n.narrative[field]?.trim())
    .map((n) => `${n.unitName}: ${paragraphs(n.narrative[field]!).join(' ')}`);
  if (children.length > 0) blocks.push({ type: 'bullets', items: children });
  for (const text of extra) blocks.push({ type: 'paragraph', text, italic: true });
  if (blocks.length === 0)
    blocks.push({ type: 'paragraph', text: wordsOf(inputs).nothingSaid, italic: true });
  return blocks;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\r?\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The nominee as the documents name it: the collective, or the person with their position and unit. */
export function nomineeText(r: GrantedRecognition): string {
  if (r.nomineeKind === 'collective') return r.unitName;
  return [r.personName, r.personPosition, r.unitName].filter(Boolean).join(', ');
}

/**
 * Công tác khen thưởng: how many collectives and individuals were recognised in the period, and the decisions
 * (who, the form, the decision's number and date); one sentence when there were none. `table` is the table's
 * number in the document.
 */
export function recognitionsSection(
  inputs: DocumentInputs,
  table: number,
): { blocks: Block[]; figures: DocumentFigure[] } {
  const w = wordsOf(inputs);
  const period = w.recognitionPeriod(inputs.fromYear, inputs.year);
  const list = inputs.recognitions;
  if (list.length === 0)
    return { blocks: [{ type: 'paragraph', text: w.noRecognitions(period) }], figures: [] };
  const collectives = list.filter((r) => r.nomineeKind === 'collective').length;
  return {
    blocks: [
      { type: 'paragraph', text: w.recognitionSummary(period, collectives, list.length - collectives) },
      {
        type: 'table',
        caption: w.captions.recognitions(table, period),
        columns: [
          { title: w.columns.no, width: 3, align: 'center' },
          { title: w.columns.nominee, width: 26, align: 'left' },
          { title: w.columns.form, width: 16, align: 'left' },
          { title: w.columns.decisionNumber, width: 10, align: 'left' },
          { title: w.columns.decisionDate, width: 8, align: 'center' },
        ],
        rows: list.map((r, i) => [
          String(i + 1),
          nomineeText(r),
          w.recognitionForms[r.form],
          r.decisionNumber,
          formatDateVi(r.decisionDate),
        ]),
        empty: w.noRecognitions(period),
      },
    ],
    // Frozen with a published report: a decision recorded later shows as a change.
    figures: list.map((r) => ({
      key: `recognition:${r.id}`,
      label: nomineeText(r),
      value: null,
      text: `${w.recognitionForms[r.form]} · ${r.decisionNumber} · ${formatDateVi(r.decisionDate)}`,
    })),
  };
}
