import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** A 2 × 1 PNG (red, blue), for a chart picture in tests. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP8z8Dwn5HhPwMADwcDABE4MZoAAAAASUVORK5CYII=',
  'base64',
);

/** The parts of a DOCX, by path; the XML ones as text. */
export type Unzipped = { files: Record<string, Uint8Array>; xml: (path: string) => string };

export function unzipDocx(buffer: Buffer): Unzipped {
  const files = unzipSync(new Uint8Array(buffer));
  return {
    files,
    xml: (path) => {
      const file = files[path];
      if (!file) throw new Error(`no part ${path} in the package`);
      return strFromU8(file);
    },
  };
}

/** Throws when the text is not well-formed XML (what makes Word refuse a file). */
export function parseXml(xml: string): void {
  new SaxesParser().write(xml).close();
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export type Run = { text: string; bold: boolean; italic: boolean; size: number | null };

/** The text runs of a part, with the formatting the tests look at. */
export function runsOf(xml: string): Run[] {
  return (xml.match(/<w:r>.*?<\/w:r>/g) ?? []).map((run) => {
    const props = run.match(/<w:rPr>(.*?)<\/w:rPr>/)?.[1] ?? '';
    return {
      text: decodeXml([...run.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((m) => m[1]).join('')),
      bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(props),
      italic: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(props),
      size: Number(props.match(/<w:sz w:val="(\d+)"\/>/)?.[1]) || null,
    };
  });
}

/** The one run whose text is `text`; fails the test when there is none or several. */
export function runWith(xml: string, text: string): Run {
  const found = runsOf(xml).filter((run) => run.text === text);
  if (found.length !== 1) throw new Error(`${found.length} runs say "${text}"`);
  return found[0]!;
}

export type Para = { xml: string; text: string };

/** The paragraphs of a part, table cells' included, each with its XML and its text. */
export function paragraphsOf(xml: string): Para[] {
  return (xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? []).map((p) => ({
    xml: p,
    text: runsOf(p)
      .map((r) => r.text)
      .join(''),
  }));
}

/** How many times `needle` occurs in `xml`. */
export function count(xml: string, needle: string): number {
  return xml.split(needle).length - 1;
}
