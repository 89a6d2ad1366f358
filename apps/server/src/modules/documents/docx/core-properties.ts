import type { DocumentModel } from '@suotdoi/shared';
import { cleanText } from './text';

const escapeXml = (text: string) =>
  cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** W3CDTF in whole seconds, as Word writes it; null when the model's time is not a time. */
function w3cdtf(iso: string): string | null {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? null : time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * docProps/core.xml, written here rather than by docx, which stamps created/modified with the clock: the dates
 * are the model's `generatedAt`, so two writes of one model (a published report downloaded twice) say the same.
 */
export function corePropertiesXml(model: DocumentModel): string {
  const when = w3cdtf(model.generatedAt);
  const parts = [
    model.header.subtitle.trim() !== '' ? `<dc:title>${escapeXml(model.header.subtitle)}</dc:title>` : '',
    model.header.issuingBody.trim() !== ''
      ? `<dc:creator>${escapeXml(model.header.issuingBody)}</dc:creator>`
      : '',
    model.header.issuingBody.trim() !== ''
      ? `<cp:lastModifiedBy>${escapeXml(model.header.issuingBody)}</cp:lastModifiedBy>`
      : '',
    `<dc:language>${model.lang === 'en' ? 'en-GB' : 'vi-VN'}</dc:language>`,
    when ? `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` : '',
    when ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` : '',
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join('') +
    '</cp:coreProperties>'
  );
}
