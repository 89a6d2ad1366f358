import type { DocumentModel } from '@suotdoi/shared';
import { AlignmentType, Paragraph, type Table } from 'docx';
import { borderlessTable } from './borderless-table';
import { SIZE, TEXT_WIDTH, TIGHT_SPACING } from './page-setup';
import { centredLine, textRuns, upper } from './text';

type Closing = DocumentModel['closing'];

/** Nơi nhận on the left, the signature on the right (Decree 30, Appendix I). */
const COLUMNS = [4253, TEXT_WIDTH - 4253] as const;

/** Room to sign and stamp between the signer's title and name: four empty lines. */
const SIGNING_LINES = 4;

/** Between the last paragraph of the body and the block; the two columns start on one line. */
const SPACE_ABOVE = 240;

/**
 * Phần kết: "Nơi nhận:" and its lines on the left; the authority, the signer's title, room for the signature
 * and stamp, and the name on the right. An empty field writes nothing: the model names the gap in words.
 */
export function closingBlock(closing: Closing): Table {
  const copyTo = closing.copyTo.filter((line) => line.trim() !== '');
  const left =
    copyTo.length === 0
      ? []
      : [
          new Paragraph({
            spacing: { ...TIGHT_SPACING, before: SPACE_ABOVE },
            children: textRuns('Nơi nhận:', { size: SIZE.copyToLabel, bold: true, italics: true }),
          }),
          ...copyTo.map(
            (line) =>
              new Paragraph({ spacing: TIGHT_SPACING, children: textRuns(line, { size: SIZE.copyTo }) }),
          ),
        ];

  const { authority, title, name } = closing.signer;
  const right: Paragraph[] = [];
  const before = () => (right.length === 0 ? SPACE_ABOVE : 0);
  if (authority.trim() !== '') right.push(centredLine(upper(authority), { bold: true }, before()));
  if (title.trim() !== '') right.push(centredLine(upper(title), { bold: true }, before()));
  if (right.length > 0 || name.trim() !== '') {
    for (let i = 0; i < SIGNING_LINES; i++) {
      right.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...TIGHT_SPACING, before: before() },
          children: [],
        }),
      );
    }
  }
  if (name.trim() !== '') right.push(centredLine(name, { bold: true }));

  return borderlessTable(COLUMNS, [[left, right]]);
}
