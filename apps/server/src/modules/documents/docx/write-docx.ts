import type { DocumentModel } from '@suotdoi/shared';
import { Document, Packer } from 'docx';
import { bodyBlocks } from './body-blocks';
import { closingBlock } from './closing-block';
import { corePropertiesXml } from './core-properties';
import { headerBlock, recipientsBlock, titleBlock } from './header-block';
import { documentStyles, pageHeaders, sectionProperties } from './page-setup';
import { cleanText } from './text';

/**
 * Writes a document model as a DOCX in the layout of Decree 30/2020/NĐ-CP, Appendix I: header block, title,
 * "Kính gửi", the body blocks, then "Nơi nhận" and the signature. It lays out; it decides no wording.
 *
 * @param charts chart block id → PNG bytes, already rendered; a chart without one gets a short italic note
 *   "(biểu đồ không vẽ được)" in place of the picture.
 */
export async function writeDocx(model: DocumentModel, charts: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const { header } = model;
  const doc = new Document({
    title: cleanText(header.subtitle),
    creator: cleanText(header.issuingBody),
    styles: documentStyles(),
    sections: [
      {
        properties: sectionProperties(),
        headers: pageHeaders(),
        children: [
          headerBlock(header),
          ...titleBlock(header),
          ...recipientsBlock(header.recipients),
          ...bodyBlocks(model.body, charts),
          closingBlock(model.closing),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(model) }]);
}
