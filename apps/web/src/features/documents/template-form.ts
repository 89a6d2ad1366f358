import type { DocumentTemplate, DocumentTemplateInput } from '../../api/documents';

/** The template editor's values: the line lists as one-per-line text, as a person types them. No React. */

export const TEMPLATE_TEXT_FIELDS = [
  'parentBody',
  'issuingBody',
  'symbolPattern',
  'place',
  'signerAuthority',
  'signerTitle',
  'signerName',
] as const;
export const TEMPLATE_LIST_FIELDS = ['recipients', 'copyTo'] as const;
export type TemplateField =
  | (typeof TEMPLATE_TEXT_FIELDS)[number]
  | (typeof TEMPLATE_LIST_FIELDS)[number]
  | 'opening';

/** The server's limits (DocumentTemplateInputSchema), checked as the person types. */
export const TEMPLATE_MAX: Record<TemplateField, number> = {
  parentBody: 300,
  issuingBody: 300,
  symbolPattern: 60,
  place: 100,
  signerAuthority: 100,
  signerTitle: 100,
  signerName: 100,
  recipients: 300,
  copyTo: 300,
  opening: 10_000,
};
/** At most this many lines in a list. */
export const TEMPLATE_MAX_LINES = 40;

export type TemplateValues = Record<TemplateField, string>;

export function toTemplateValues(template: DocumentTemplate): TemplateValues {
  return {
    parentBody: template.parentBody,
    issuingBody: template.issuingBody,
    symbolPattern: template.symbolPattern,
    place: template.place,
    recipients: template.recipients.join('\n'),
    copyTo: template.copyTo.join('\n'),
    signerAuthority: template.signerAuthority,
    signerTitle: template.signerTitle,
    signerName: template.signerName,
    opening: template.opening,
  };
}

/** One entry per non-blank line, trimmed (Windows line ends too). */
export function splitLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function toTemplateInput(values: TemplateValues): DocumentTemplateInput {
  const text = (v: string | undefined) => (v ?? '').trim();
  return {
    parentBody: text(values.parentBody),
    issuingBody: text(values.issuingBody),
    symbolPattern: text(values.symbolPattern),
    place: text(values.place),
    recipients: splitLines(values.recipients),
    copyTo: splitLines(values.copyTo),
    signerAuthority: text(values.signerAuthority),
    signerTitle: text(values.signerTitle),
    signerName: text(values.signerName),
    opening: (values.opening ?? '').replace(/\r\n?/g, '\n').trim(),
  };
}

/** The longest line of a one-per-line list, to check it against the server's 300 characters. */
export function longestLine(text: string | undefined): number {
  return Math.max(0, ...splitLines(text).map((line) => line.length));
}

/**
 * The form field a server problem is about: "body.recipients.3" is the recipients box. Undefined for a path
 * that is not a field of the form.
 */
export function templateFieldOf(path: string): TemplateField | undefined {
  const head = path.replace(/^body\./, '').split('.')[0];
  const fields: readonly string[] = [...TEMPLATE_TEXT_FIELDS, ...TEMPLATE_LIST_FIELDS, 'opening'];
  return head && fields.includes(head) ? (head as TemplateField) : undefined;
}
