import {
  type AnnexSheet,
  type DocumentFigure,
  formatDateVi,
  formatFigure,
  formatTarget,
  type ScorecardRow,
  TARGET_STATUS_NAMES,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DocumentInputs } from './document-inputs';
import { categoryText, indicatorName, milestoneText, wordsOf } from './model-sections';

/** The XLSX annexes: indicators per unit below, completeness and timeliness, tasks, targets. */

const isShare = (unit: string) => unit === 'percent' || unit === 'percent_per_year';

/** The indicators a breakdown shows: the plan's, else those with any figure (at most 30, for a printable sheet). */
function breakdownIndicators(inputs: DocumentInputs): string[] {
  const fromPlan = [...new Set(inputs.scorecard.map((r) => r.indicator))];
  if (fromPlan.length > 0) return fromPlan;
  const figures = inputs.breakdown?.figures.figures ?? [];
  return [...new Set(figures.filter((f) => f.actual !== null).map((f) => f.indicator))].slice(0, 30);
}

export function breakdownAnnex(
  inputs: DocumentInputs,
): { sheet: AnnexSheet; figures: DocumentFigure[] } | null {
  const b = inputs.breakdown;
  if (!b) return null;
  const w = wordsOf(inputs);
  const codes = breakdownIndicators(inputs);
  const meta = new Map(b.figures.indicators.map((i) => [i.code, i]));
  const value = new Map(b.figures.figures.map((f) => [`${f.unitId}|${f.indicator}`, f.actual]));
  const units = [...b.figures.units].sort((x, y) => x.name.localeCompare(y.name, 'vi'));
  const figures: DocumentFigure[] = [];
  const rows = units.map((u) => [
    u.code,
    u.name,
    ...codes.map((code) => {
      const v = value.get(`${u.id}|${code}`) ?? null;
      figures.push({
        key: `unit:${u.id}:${code}`,
        label: `${u.name} — ${indicatorName(inputs, code)}`,
        value: v,
        text: formatFigure(v, meta.get(code)?.unit ?? 'number', inputs.lang),
      });
      return v === null ? null : Math.round(v * 10) / 10;
    }),
  ]);
  return {
    sheet: {
      name: w.annexes.breakdown,
      title: w.annexes.breakdownTitle(
        b.level === 'children' ? w.levelWords.children : w.levelWords.institutions,
        inputs.dataYear,
      ),
      columns: [
        { title: w.columns.code, width: 10, kind: 'text' },
        { title: w.columns.unit, width: 34, kind: 'text' },
        ...codes.map((code) => {
          const unit = meta.get(code)?.unit ?? 'number';
          return {
            title: `${indicatorName(inputs, code)}${isShare(unit) ? ' (%)' : ''}`,
            width: 16,
            kind: isShare(unit) ? ('percent' as const) : ('number' as const),
          };
        }),
      ],
      rows,
      notes: [w.annexes.noValue],
    },
    figures,
  };
}

export function completenessAnnex(inputs: DocumentInputs): AnnexSheet {
  const w = wordsOf(inputs);
  const rows = inputs.board?.rows ?? [];
  return {
    name: w.annexes.completeness,
    title: w.annexes.completenessTitle(String(inputs.dataYear)),
    columns: [
      { title: w.columns.code, width: 10, kind: 'text' },
      { title: w.columns.unit, width: 36, kind: 'text' },
      { title: w.columns.level, width: 12, kind: 'text' },
      { title: w.columns.reportStatus, width: 14, kind: 'text' },
      { title: w.columns.deadline, width: 12, kind: 'text' },
      { title: w.columns.submittedAt, width: 12, kind: 'text' },
      { title: w.columns.onTime, width: 10, kind: 'text' },
      { title: w.columns.daysLate, width: 10, kind: 'number' },
    ],
    rows: rows.map((r) => [
      r.unit.code,
      r.unit.name,
      w.levels[r.level] ?? r.level,
      w.reportStatus[r.status] ?? r.status,
      formatDateVi(r.deadline),
      r.submittedAt ? formatDateVi(todayInVietnam(new Date(r.submittedAt))) : '',
      r.onTime === null ? '' : r.onTime ? w.yes : w.no,
      r.daysLate,
    ]),
    notes: [],
  };
}

export function tasksAnnex(inputs: DocumentInputs): AnnexSheet {
  const w = wordsOf(inputs);
  return {
    name: w.annexes.tasks,
    title: w.annexes.tasksTitle,
    columns: [
      { title: w.columns.no, width: 5, kind: 'number' },
      { title: w.columns.code, width: 8, kind: 'text' },
      { title: w.columns.area, width: 18, kind: 'text' },
      { title: w.columns.task, width: 50, kind: 'text' },
      { title: w.columns.product, width: 24, kind: 'text' },
      { title: w.columns.lead, width: 22, kind: 'text' },
      { title: w.columns.coordinating, width: 26, kind: 'text' },
      { title: w.columns.timeframe, width: 12, kind: 'text' },
      { title: w.columns.status, width: 14, kind: 'text' },
      { title: w.columns.result(inputs.dataYear), width: 40, kind: 'text' },
    ],
    rows: inputs.tasks.map(({ task, progress }, i) => [
      i + 1,
      task.code ?? '',
      w.areas[task.area] ?? task.area,
      task.content,
      task.product ?? '',
      task.lead.map((p) => p.text).join('; '),
      task.coordinating.map((p) => p.text).join('; '),
      task.to && task.to !== task.from ? `${task.from}–${task.to}` : task.from,
      `${w.taskStatus[task.status]}${task.overdue ? ` (${w.late})` : ''}`,
      progress?.narrative ?? '',
    ]),
    notes: [],
  };
}

export function targetsAnnex(inputs: DocumentInputs, rows: readonly ScorecardRow[]): AnnexSheet {
  const w = wordsOf(inputs);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    name: w.annexes.targets,
    title: w.annexes.targetsTitle(inputs.dataYear),
    columns: [
      { title: w.columns.no, width: 5, kind: 'number' },
      { title: w.columns.indicator, width: 40, kind: 'text' },
      { title: w.columns.category, width: 30, kind: 'text' },
      { title: w.columns.milestone, width: 14, kind: 'text' },
      { title: w.columns.target, width: 14, kind: 'text' },
      { title: w.columns.actual(inputs.dataYear), width: 12, kind: 'number' },
      { title: w.columns.gap, width: 12, kind: 'number' },
      { title: w.columns.status, width: 16, kind: 'text' },
      { title: w.columns.withData, width: 12, kind: 'text' },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      indicatorName(inputs, r.indicator),
      categoryText(inputs, r),
      milestoneText(inputs, r),
      formatTarget(r.target, r.unit, inputs.lang),
      round(r.actual),
      round(r.gap),
      TARGET_STATUS_NAMES[inputs.lang][r.status],
      `${formatFigure(r.reported, 'number', inputs.lang)}/${formatFigure(r.expected, 'number', inputs.lang)}`,
    ]),
    notes: [],
  };
}

/** Khen thưởng: every recognition of the period, a row each, for whoever keeps the register in Excel. */
export function recognitionsAnnex(inputs: DocumentInputs): AnnexSheet {
  const w = wordsOf(inputs);
  return {
    name: w.annexes.recognitions,
    title: w.annexes.recognitionsTitle(w.recognitionPeriod(inputs.fromYear, inputs.year)),
    columns: [
      { title: w.columns.no, width: 5, kind: 'number' },
      { title: w.columns.nomineeKind, width: 14, kind: 'text' },
      { title: w.columns.nomineeName, width: 34, kind: 'text' },
      { title: w.columns.position, width: 20, kind: 'text' },
      { title: w.columns.unit, width: 34, kind: 'text' },
      { title: w.columns.form, width: 34, kind: 'text' },
      { title: w.columns.decisionNumber, width: 18, kind: 'text' },
      { title: w.columns.decisionDate, width: 14, kind: 'text' },
    ],
    rows: inputs.recognitions.map((r, i) => [
      i + 1,
      w.nomineeKinds[r.nomineeKind],
      r.nomineeKind === 'collective' ? r.unitName : (r.personName ?? ''),
      r.personPosition ?? '',
      r.unitName,
      w.recognitionForms[r.form],
      r.decisionNumber,
      formatDateVi(r.decisionDate),
    ]),
    notes: [],
  };
}
