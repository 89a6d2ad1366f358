import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Left and right padding of the layout cells: small, so the national title fits on one line at 13 pt. */
export const LAYOUT_CELL_MARGIN = 57;

/**
 * A table without borders, for laying out blocks side by side (the header block, the signature block), as Word
 * templates of official documents do. Fixed widths: Word would otherwise size the columns to their text.
 */
export function borderlessTable(widths: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    margins: { left: LAYOUT_CELL_MARGIN, right: LAYOUT_CELL_MARGIN, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                // A cell must hold a paragraph, even an empty one.
                children: children.length > 0 ? [...children] : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}
