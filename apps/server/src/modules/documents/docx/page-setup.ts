import {
  AlignmentType,
  Header,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

/**
 * The page and type of an official document: Decree 30/2020/NĐ-CP, Appendix I (A4; margins top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman, body 13–14 pt; page number centred at the top from
 * page 2). Lengths are in twips (1/20 pt; 1 mm = 56.7 twips) and font sizes in half-points, as WordprocessingML
 * writes them.
 */

const mm = (millimetres: number) => Math.round(millimetres * 56.7);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  /** Distance from the page edge to the header holding the page number. */
  header: mm(10),
} as const;

/** The width between the margins (9354 twips, 165 mm): tables and pictures are scaled to it. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The height between the margins: no picture may be taller. */
export const TEXT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;

export const FONT = 'Times New Roman';

/** Half-points. */
export const SIZE = {
  body: 28,
  /** Header block names (cơ quan, quốc hiệu), "Số:", page number. */
  header: 26,
  table: 24,
  copyTo: 22,
  copyToLabel: 24,
} as const;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = 567;

/** Body paragraphs: 6 pt after, 1.2 lines (auto 288/240). */
export const BODY_SPACING = { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO } as const;

/** Header block, table cells and the signature block: single lines, no space between paragraphs. */
export const TIGHT_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/**
 * Document defaults, so that every run (and whatever someone types into the file later) is Times New Roman 14 pt in
 * Vietnamese, for the spelling checker and for Word to pick the right font for each script.
 */
export function documentStyles(): IStylesOptions {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const heading = (outlineLevel: number, italics: boolean) => ({
    run: { font, size: SIZE.body, bold: true, italics, color: '000000' },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { ...BODY_SPACING, before: 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  });
  return {
    default: {
      document: {
        run: { font, size: SIZE.body, sizeComplexScript: SIZE.body, language: { value: 'vi-VN' } },
        paragraph: { spacing: BODY_SPACING },
      },
      // Word's own heading styles (for the navigation pane), in the document's type: black, body size.
      heading1: heading(0, false),
      heading2: heading(1, false),
      heading3: heading(2, true),
    },
  };
}

export function sectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.top,
        bottom: PAGE.bottom,
        left: PAGE.left,
        right: PAGE.right,
        header: PAGE.header,
        footer: PAGE.header,
      },
    },
    // The first page has its own, empty, header: Decree 30 numbers the pages from the second.
    titlePage: true,
  };
}

export function pageHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: TIGHT_SPACING,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ spacing: TIGHT_SPACING, children: [] })] }),
  };
}
