import type { PlanFile, PlanImportProblem } from '@suotdoi/shared';
import ExcelJS from 'exceljs';
import { defined, sourceOf } from './plan-file-mapping';

/**
 * A plan as an Excel workbook that round-trips without loss: sheet "plan" (field, value), "sections", "targets"
 * (one row per target) and "tasks" (one row per task). Cells are plain text or numbers where a person edits
 * them; lists and parties are JSON in their cell, since any text may hold a comma or a line break.
 *
 * Text cells: an empty cell is null (absent); a text that is empty, or starts with a double quote, is written
 * as a JSON string ("" and "\"quoted\"") so that it reads back as itself.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TARGET_COLUMNS = [
  'indicator',
  'category',
  'categories',
  'from',
  'year',
  'value',
  'min',
  'max',
  'baseline_year',
  'baseline_value',
  'note',
  'source_file',
  'source_quote',
] as const;
const TASK_COLUMNS = [
  'code',
  'area',
  'content',
  'product',
  'lead',
  'coordinating',
  'from',
  'to',
  'recurrence',
  'dates',
  'observances',
  'note',
  'source_file',
  'source_quote',
] as const;
const SECTION_COLUMNS = ['key', 'title', 'text'] as const;
const PLAN_FIELDS = [
  'format',
  'version',
  'key',
  'kind',
  'symbol',
  'title',
  'issuer',
  'issuerName',
  'date',
  'datePrecision',
  'scope',
  'status',
  'implements',
  'observances',
  'notes',
  'source',
] as const;
/** Plan fields held as JSON (objects and lists); the others are text. */
const JSON_FIELDS = new Set(['version', 'issuer', 'scope', 'implements', 'observances', 'notes', 'source']);

type Cell = string | number | null;

export function encodeText(v: string | null | undefined): Cell {
  if (v === null || v === undefined) return null;
  return v === '' || v.startsWith('"') ? JSON.stringify(v) : v;
}

export function decodeText(v: Cell): string | null {
  if (v === null) return null;
  const s = String(v);
  if (s.startsWith('"')) {
    try {
      const parsed = JSON.parse(s);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // not JSON: the text as written
    }
  }
  return s;
}

const encodeJson = (v: unknown): Cell => (v === undefined || v === null ? null : JSON.stringify(v));
const num = (v: number | undefined | null): Cell => (v === undefined || v === null ? null : v);

/** Rows of cells per sheet: the pure half of the workbook, so the round trip is testable without Excel. */
export interface PlanSheets {
  plan: Cell[][];
  sections: Cell[][];
  targets: Cell[][];
  tasks: Cell[][];
}

export function toSheets(file: PlanFile): PlanSheets {
  const record = file as unknown as Record<string, unknown>;
  return {
    plan: [
      ['field', 'value'],
      ...PLAN_FIELDS.map((f): Cell[] => [
        f,
        JSON_FIELDS.has(f) ? encodeJson(record[f]) : encodeText(record[f] as string | null | undefined),
      ]),
    ],
    sections: [
      [...SECTION_COLUMNS],
      ...file.sections.map((s) => [s.key, encodeText(s.title), encodeText(s.text)]),
    ],
    targets: [
      [...TARGET_COLUMNS],
      ...file.targets.map((t) => [
        encodeText(t.indicator),
        t.category,
        encodeJson(t.categories),
        num(t.from),
        t.year,
        num(t.value),
        num(t.min),
        num(t.max),
        num(t.baseline?.year),
        t.baseline ? (t.baseline.value === null ? 'null' : t.baseline.value) : null,
        encodeText(t.note),
        encodeText(t.source?.file),
        encodeText(t.source?.quote),
      ]),
    ],
    tasks: [
      [...TASK_COLUMNS],
      ...file.tasks.map((t) => [
        encodeText(t.code),
        t.area,
        encodeText(t.content),
        encodeText(t.product),
        encodeJson(t.lead),
        encodeJson(t.coordinating),
        encodeText(t.from),
        encodeText(t.to),
        t.recurrence,
        encodeJson(t.dates),
        encodeJson(t.observances),
        encodeText(t.note),
        encodeText(t.source?.file),
        encodeText(t.source?.quote),
      ]),
    ],
  };
}

/**
 * The plan file object the sheets describe (not yet validated: PlanFileSchema does that) and the problems of
 * cells that could not be read at all, with sheet, row and column.
 */
export function fromSheets(sheets: PlanSheets): {
  raw: Record<string, unknown>;
  problems: PlanImportProblem[];
  /** The sheet row of each section, target and task, in file order (blank rows are skipped). */
  rows: Record<'sections' | 'targets' | 'tasks', number[]>;
} {
  const problems: PlanImportProblem[] = [];
  const json = (sheet: string, row: number, field: string, v: Cell): unknown => {
    if (v === null) return undefined;
    try {
      return JSON.parse(String(v));
    } catch {
      problems.push({ sheet, row, field, reason: 'not_json', value: v });
      return undefined;
    }
  };
  const number = (sheet: string, row: number, field: string, v: Cell): number | undefined => {
    if (v === null) return undefined;
    const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
    if (Number.isNaN(n)) problems.push({ sheet, row, field, reason: 'not_a_number', value: v });
    return n;
  };
  const byHeader = (sheet: string, rows: Cell[][]) => {
    const header = (rows[0] ?? []).map((h) => String(h ?? ''));
    return rows.slice(1).flatMap((cells, i) => {
      if (!cells.some((c) => c !== null && c !== '')) return [];
      const get = (name: string): Cell => {
        const at = header.indexOf(name);
        return at < 0 ? null : (cells[at] ?? null);
      };
      return [{ row: i + 2, get, sheet }];
    });
  };

  const raw: Record<string, unknown> = {};
  sheets.plan.slice(1).forEach((cells, i) => {
    const field = String(cells[0] ?? '');
    if (!(PLAN_FIELDS as readonly string[]).includes(field)) {
      if (field !== '') problems.push({ sheet: 'plan', row: i + 2, field, reason: 'unknown_field' });
      return;
    }
    const value = cells[1] ?? null;
    raw[field] = JSON_FIELDS.has(field)
      ? json('plan', i + 2, field, value)
      : (decodeText(value) ?? undefined);
  });
  if (raw.symbol === undefined) raw.symbol = null;
  if (raw.issuer === undefined) raw.issuer = null;
  if (raw.scope === undefined) raw.scope = null;

  const sectionRows = byHeader('sections', sheets.sections);
  const targetRows = byHeader('targets', sheets.targets);
  const taskRows = byHeader('tasks', sheets.tasks);
  const rows = {
    sections: sectionRows.map((r) => r.row),
    targets: targetRows.map((r) => r.row),
    tasks: taskRows.map((r) => r.row),
  };
  raw.sections = sectionRows.map(({ get }) => ({
    key: decodeText(get('key')),
    title: decodeText(get('title')) ?? '',
    text: decodeText(get('text')) ?? '',
  }));

  raw.targets = targetRows.map(({ row, get, sheet }) => {
    const baselineYear = number(sheet, row, 'baseline_year', get('baseline_year'));
    const baselineCell = get('baseline_value');
    const sourceFile = decodeText(get('source_file'));
    const sourceQuote = decodeText(get('source_quote'));
    return defined({
      indicator: decodeText(get('indicator')),
      category: decodeText(get('category')),
      categories: json(sheet, row, 'categories', get('categories')),
      from: number(sheet, row, 'from', get('from')),
      year: number(sheet, row, 'year', get('year')),
      value: number(sheet, row, 'value', get('value')),
      min: number(sheet, row, 'min', get('min')),
      max: number(sheet, row, 'max', get('max')),
      baseline:
        baselineYear === undefined
          ? undefined
          : {
              year: baselineYear,
              value:
                baselineCell === null || baselineCell === 'null'
                  ? null
                  : (number(sheet, row, 'baseline_value', baselineCell) ?? null),
            },
      note: decodeText(get('note')) ?? undefined,
      source: sourceOf({ sourceFile, sourceQuote }) ?? undefined,
    });
  });

  raw.tasks = taskRows.map(({ row, get, sheet }) => {
    const sourceFile = decodeText(get('source_file'));
    const sourceQuote = decodeText(get('source_quote'));
    return defined({
      code: decodeText(get('code')) ?? undefined,
      area: decodeText(get('area')),
      content: decodeText(get('content')),
      product: decodeText(get('product')),
      lead: json(sheet, row, 'lead', get('lead')) ?? [],
      coordinating: json(sheet, row, 'coordinating', get('coordinating')) ?? [],
      from: decodeText(get('from')),
      to: decodeText(get('to')),
      recurrence: decodeText(get('recurrence')) ?? undefined,
      dates: json(sheet, row, 'dates', get('dates')),
      observances: json(sheet, row, 'observances', get('observances')),
      note: decodeText(get('note')) ?? undefined,
      source: sourceOf({ sourceFile, sourceQuote }) ?? undefined,
    });
  });
  return { raw, problems, rows };
}

const SHEET_NAMES = ['plan', 'sections', 'targets', 'tasks'] as const;

export async function writePlanWorkbook(file: PlanFile): Promise<Buffer> {
  const sheets = toSheets(file);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Suốt Đời';
  for (const name of SHEET_NAMES) {
    const ws = wb.addWorksheet(name);
    for (const row of sheets[name]) ws.addRow(row.map((c) => (c === null ? undefined : c)));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((col) => {
      col.width = 24;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellValue(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return (v.result as Cell) ?? null;
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(cell.text);
}

/** Reads the four sheets back; a missing sheet reads as empty (and PlanFileSchema names what is missing). */
export async function readPlanWorkbook(bytes: Buffer): Promise<PlanSheets | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const read = (name: string): Cell[][] => {
    const ws = wb.getWorksheet(name);
    if (!ws) return [];
    const rows: Cell[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c)));
      rows[n - 1] = cells;
    });
    // Blank rows stay in place (and are skipped when read), so a problem's row is the row Excel shows.
    return Array.from(rows, (r) => r ?? []);
  };
  return { plan: read('plan'), sections: read('sections'), targets: read('targets'), tasks: read('tasks') };
}
