import type { Block } from '@suotdoi/shared';
import { AlignmentType, HeadingLevel, Paragraph, type Table } from 'docx';
import { chartBlock } from './chart-block';
import { BODY_SPACING, FIRST_LINE_INDENT } from './page-setup';
import { tableBlock } from './table-block';
import { textRuns } from './text';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Justified, first line indented 1 cm, as the body of an official document is. */
const body = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT },
  spacing: BODY_SPACING,
};

/**
 * Nội dung: the blocks in order. Headings take Word's heading styles (set in page-setup to bold, italic at level 3),
 * so they appear in the navigation pane, and are also formatted directly, so they look right whatever the styles.
 */
export function bodyBlocks(
  blocks: readonly Block[],
  charts: ReadonlyMap<string, Buffer>,
): (Paragraph | Table)[] {
  let chartCount = 0;
  return blocks.flatMap((block) => {
    if (block.type === 'chart') chartCount += 1;
    return blockContent(block, charts, chartCount);
  });
}

function blockContent(
  block: Block,
  charts: ReadonlyMap<string, Buffer>,
  chartNumber: number,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          ...body,
          heading: HEADING[block.level],
          spacing: { ...BODY_SPACING, before: 120 },
          keepNext: true,
          children: textRuns(block.text, { bold: true, italics: block.level === 3 }),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          ...body,
          children: [
            ...(block.lead ? textRuns(block.lead, { bold: true, italics: block.italic }) : []),
            ...textRuns(block.text, { italics: block.italic }),
          ],
        }),
      ];
    case 'bullets':
      // Dashes written out, not Word numbering: that is how official documents list, and it survives any editor.
      return block.items.map(
        (item) => new Paragraph({ ...body, children: textRuns(`- ${item.replace(/^\s*[-–•]\s*/, '')}`) }),
      );
    case 'table':
      return tableBlock(block);
    case 'chart':
      return chartBlock(block, charts, chartNumber);
  }
}
