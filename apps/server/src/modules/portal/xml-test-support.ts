import { SaxesParser } from 'saxes';

/** A parsed XML element: enough of a tree to read a feed in tests (not a test file itself). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, joined. */
  text: string;
}

/** Parses `xml` strictly (saxes throws on anything not well-formed) into a tree; the root element. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (node) => {
    const el: XmlElement = {
      name: node.name,
      attributes: Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: '',
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error('not one root element');
  return root.children[0]!;
}

/** Every descendant element named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/** The text of the first child element named `name` ('' when none). */
export function childText(el: XmlElement, name: string): string {
  return el.children.find((c) => c.name === name)?.text.trim() ?? '';
}
