import type { Block, TableColumn } from '@suotdoi/shared';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { BODY_SPACING, FIRST_LINE_INDENT, SIZE, TEXT_WIDTH, TIGHT_SPACING } from './page-setup';
import { textRuns } from './text';

type TableBlock = Extract<Block, { type: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** No column narrower than 1 cm: "TT" at 12 pt bold would otherwise break into "T / T". */
export const MIN_COLUMN_WIDTH = 567;

/**
 * Whole-twip widths in the proportions of `relative`, none under `min`, adding up to exactly `total` (the largest
 * remainders get the spare twips), so the table is exactly as wide as the text.
 */
export function scaleWidths(relative: readonly number[], total: number, min = MIN_COLUMN_WIDTH): number[] {
  const n = relative.length;
  if (n === 0) return [];
  // Too many columns for the minimum: share the width equally.
  if (min * n >= total)
    return spread(
      relative.map(() => 1),
      total,
    );
  // Columns that would fall under the minimum take it; the others share what is left in their proportions.
  const pinned = new Set<number>();
  for (;;) {
    const free = relative.map((w, i) => (pinned.has(i) ? 0 : w));
    const freeTotal = total - pinned.size * min;
    const widths = spread(free, freeTotal).map((w, i) => (pinned.has(i) ? min : w));
    const under = widths.findIndex((w, i) => !pinned.has(i) && w < min);
    if (under === -1) return widths;
    pinned.add(under);
  }
}

/** `total` shared in the proportions of `weights`, in whole twips, by largest remainder. */
function spread(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const widths = exact.map(Math.floor);
  let spare = total - widths.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((w, i) => ({ i, r: w - Math.floor(w) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (spare <= 0) break;
    widths[i]! += 1;
    spare -= 1;
  }
  return widths;
}

/**
 * A table block: its caption (bold, centred) above; then the table, its header row bold and repeated on every page,
 * an optional bold total row; or, when it has no rows, its `empty` sentence in italics in place of the table.
 */
export function tableBlock(block: TableBlock): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const hasTable = block.rows.length > 0 && block.columns.length > 0;
  if (block.caption.trim() !== '') {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...BODY_SPACING, before: 120 },
        keepNext: hasTable,
        children: textRuns(block.caption, { bold: true }),
      }),
    );
  }
  if (!hasTable) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: BODY_SPACING,
        children: textRuns(block.empty, { italics: true }),
      }),
    );
    return out;
  }
  const widths = scaleWidths(
    block.columns.map((c) => c.width),
    TEXT_WIDTH,
  );
  const row = (cells: readonly string[], kind: 'header' | 'body' | 'footer') =>
    new TableRow({
      tableHeader: kind === 'header',
      cantSplit: true,
      children: block.columns.map((column, i) =>
        cell(cells[i] ?? '', widths[i]!, kind === 'header' ? 'center' : column.align, kind !== 'body'),
      ),
    });
  const rows = [
    row(
      block.columns.map((c) => c.title),
      'header',
    ),
    ...block.rows.map((cells) => row(cells, 'body')),
  ];
  if (block.footer && block.footer.length > 0) rows.push(row(block.footer, 'footer'));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
      margins: { top: 40, bottom: 40, left: 72, right: 72 },
      rows,
    }),
    // Air between the table and the next paragraph: Word puts none after a table.
    new Paragraph({ spacing: { ...TIGHT_SPACING, after: 120 }, run: { size: 12 }, children: [] }),
  );
  return out;
}

function cell(text: string, width: number, align: TableColumn['align'], bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: TIGHT_SPACING,
        children: textRuns(text, { size: SIZE.table, bold }),
      }),
    ],
  });
}
