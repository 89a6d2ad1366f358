import { compareVi, type FiguresResponse } from '@suotdoi/shared';
import type { Cell } from '../../lib/xlsx';

/**
 * The pivot table: figures (indicator × unit × year) laid out with one dimension across the columns, one down the
 * rows, and the third nested inside the rows. Pure, so the table, the CSV and the XLSX are the same grid.
 */
export const PIVOT_DIMS = ['indicator', 'unit', 'year'] as const;
export type PivotDim = (typeof PIVOT_DIMS)[number];

export interface PivotLayout {
  rows: PivotDim;
  cols: PivotDim;
}

export interface PivotLabels {
  indicator: (code: string) => string;
  unit: (id: number) => string;
}

export interface PivotColumn {
  key: string;
  label: string;
}

export interface PivotCell {
  value: number | null;
  /** The indicator the cell is a value of, for its unit of measure. */
  indicator: string;
}

export interface PivotRow {
  key: string;
  /** The row dimension's label, then the nested one's. */
  labels: [string, string];
  cells: PivotCell[];
}

export interface Pivot {
  /** The names of the two row dimensions, then the column dimension. */
  dims: [PivotDim, PivotDim, PivotDim];
  columns: PivotColumn[];
  rows: PivotRow[];
}

/** The dimension left over once rows and columns are chosen; columns never repeat the rows' dimension. */
export function nestedDim(layout: PivotLayout): PivotDim {
  return PIVOT_DIMS.find((d) => d !== layout.rows && d !== layout.cols)!;
}

/** A valid layout: the columns move off the rows' dimension when both name the same one. */
export function normaliseLayout(rows: PivotDim, cols: PivotDim): PivotLayout {
  if (rows !== cols) return { rows, cols };
  return { rows, cols: PIVOT_DIMS.find((d) => d !== rows)! };
}

interface Members {
  indicator: string[];
  unit: string[];
  year: string[];
}

/** The members of each dimension: indicators in the response's order, units by name, years ascending. */
function membersOf(data: FiguresResponse): Members {
  const years = [...new Set(data.figures.map((f) => f.year))].sort((a, b) => a - b);
  const unitIds = new Set(data.figures.map((f) => f.unitId));
  const indicatorCodes = new Set(data.figures.map((f) => f.indicator));
  return {
    indicator: data.indicators.map((i) => i.code).filter((c) => indicatorCodes.has(c)),
    unit: [...data.units]
      .sort((a, b) => compareVi(a.name, b.name))
      .map((u) => String(u.id))
      .filter((id) => unitIds.has(Number(id))),
    year: years.map(String),
  };
}

export function pivotFigures(data: FiguresResponse, layout: PivotLayout, labels: PivotLabels): Pivot {
  const nested = nestedDim(layout);
  const members = membersOf(data);
  const byKey = new Map<string, number | null>();
  for (const f of data.figures) byKey.set(`${f.indicator}|${f.unitId}|${f.year}`, f.actual);
  const label = (dim: PivotDim, key: string) =>
    dim === 'indicator' ? labels.indicator(key) : dim === 'unit' ? labels.unit(Number(key)) : key;

  const columns = members[layout.cols].map((key) => ({ key, label: label(layout.cols, key) }));
  const rows: PivotRow[] = [];
  for (const outer of members[layout.rows]) {
    for (const inner of members[nested]) {
      const cells = columns.map((col) => {
        const at = { [layout.rows]: outer, [nested]: inner, [layout.cols]: col.key } as Record<
          PivotDim,
          string
        >;
        return {
          value: byKey.get(`${at.indicator}|${at.unit}|${at.year}`) ?? null,
          indicator: at.indicator,
        };
      });
      rows.push({
        key: `${outer}|${inner}`,
        labels: [label(layout.rows, outer), label(nested, inner)],
        cells,
      });
    }
  }
  return { dims: [layout.rows, nested, layout.cols], columns, rows };
}

/** The pivot without its rows that hold no figure at all (a commune without any institution of the kind). */
export function withoutEmptyRows(pivot: Pivot): Pivot {
  return { ...pivot, rows: pivot.rows.filter((r) => r.cells.some((c) => c.value !== null)) };
}

/** The pivot as a grid for a file: a header row of dimension names and column labels, then the rows. */
export function pivotSheet(pivot: Pivot, dimName: (dim: PivotDim) => string): Cell[][] {
  return [
    [dimName(pivot.dims[0]), dimName(pivot.dims[1]), ...pivot.columns.map((c) => c.label)],
    ...pivot.rows.map((r) => [
      r.labels[0],
      r.labels[1],
      ...r.cells.map((c) => (c.value === null ? null : Math.round(c.value * 100) / 100)),
    ]),
  ];
}

function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (Excel then reads the Vietnamese letters right) and CRLF line ends.
 * Numbers are written with a decimal point, as programs read them, whatever the UI's language.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Hands a text file to the browser's downloads. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
