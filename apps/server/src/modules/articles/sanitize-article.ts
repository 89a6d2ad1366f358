import sanitizeHtml from 'sanitize-html';

/**
 * The one place an article's body is made safe (Tin bài, issue 8). The body comes from the editor as HTML and
 * is shown on the public portal as it is stored, so it is cleaned at every write against an allowlist fit for
 * news; whatever was taken out is named in `removed` so the writer learns why their markup changed.
 *
 * The allowlist is applied twice: once by our own transform of every tag (which knows what it drops, so it can
 * name it), then by sanitize-html's own allowlist and URL check on the transform's result, so a slip in one is
 * caught by the other.
 */

/** Tags kept (with their content). Everything else is dropped; its text stays unless it is in DROP_WITH_CONTENT. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'code',
  'pre',
] as const;

/** Tags whose content is not readable text (code, styles, embedded documents): dropped with it. */
const DROP_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'textarea',
  'option',
  'select',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'noembed',
  'xmp',
  'svg',
  'math',
];

/** The attributes each kept tag may carry; `rel` of links is always ours. */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'target', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
};

/** Attributes holding a number (of pixels, columns, rows, the first item). */
const NUMERIC = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

/** What a link may point to: the web, an e-mail address, or a page of this site (relative). */
const LINK_SCHEMES = ['http', 'https', 'mailto'];
/** Images come from this site's own store or from another site over HTTPS, never inline (data:) or http. */
const IMAGE_SCHEMES = ['https'];
const MEDIA_PATH = /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LINK_REL = 'noopener noreferrer nofollow';
/** An <img> without an acceptable src is renamed to this (not allowed), so sanitize-html drops it. */
const DROPPED = 'dropped-element';

export interface SanitizedArticle {
  html: string;
  /** What was taken out, unique and sorted: "<script>", "onclick", "style", "javascript: URL". */
  removed: string[];
}

/**
 * A URL as the browser would read its scheme: control characters and spaces inside are ignored by browsers
 * ("java\tscript:"), and so are HTML comments in some old parsers; entities were decoded by the parser.
 */
function schemeOf(url: string): { scheme: string | null; protocolRelative: boolean } {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(compact);
  return { scheme: match ? match[1]!.toLowerCase() : null, protocolRelative: /^[/\\]{2}/.test(compact) };
}

/** Why a link's href is refused, or null when it is kept. */
function hrefProblem(value: string): string | null {
  const { scheme, protocolRelative } = schemeOf(value);
  if (scheme) return LINK_SCHEMES.includes(scheme) ? null : `${scheme}: URL`;
  return protocolRelative ? 'href' : null;
}

/** Why an image's src is refused, or null when it is kept: only /media/{uuid} or https. */
function srcProblem(value: string): string | null {
  const { scheme } = schemeOf(value);
  if (scheme) return IMAGE_SCHEMES.includes(scheme) ? null : `${scheme}: URL`;
  return MEDIA_PATH.test(value.trim()) ? null : 'src';
}

function attributeProblem(tag: string, name: string, value: string): string | null {
  if (!ALLOWED_ATTRIBUTES[tag]?.includes(name)) return name;
  if (tag === 'a' && name === 'href') return hrefProblem(value);
  if (tag === 'img' && name === 'src') return srcProblem(value);
  if (NUMERIC.has(name)) return /^\d{1,5}$/.test(value.trim()) ? null : name;
  if (name === 'scope') return SCOPES.has(value.trim().toLowerCase()) ? null : name;
  return null;
}

/** Cleans an article's body; `removed` names what was taken out, for the writer. */
export function sanitizeArticleBody(dirty: string): SanitizedArticle {
  const removed = new Set<string>();
  const allowed = new Set<string>(ALLOWED_TAGS);
  const transform = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    if (!allowed.has(tagName)) {
      removed.add(`<${tagName}>`);
      return { tagName, attribs: {} };
    }
    const kept: sanitizeHtml.Attributes = {};
    for (const [name, value] of Object.entries(attribs)) {
      const problem = attributeProblem(tagName, name, value);
      if (problem) removed.add(problem);
      else kept[name] = value;
    }
    if (tagName === 'a') {
      // A link opening a new tab must not hand the new page our window; no target but _blank is useful.
      if (kept.target !== undefined && kept.target !== '_blank') delete kept.target;
      kept.rel = LINK_REL;
    }
    if (tagName === 'img' && !kept.src) return { tagName: DROPPED, attribs: {} };
    return { tagName, attribs: kept };
  };
  const html = sanitizeHtml(dirty, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: LINK_SCHEMES,
    allowedSchemesByTag: { img: IMAGE_SCHEMES },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    transformTags: { '*': transform },
  });
  return { html, removed: [...removed].sort() };
}

const TEXT_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * The readable text of a body already sanitised (the search text, a feed's plain summary). Sanitised HTML
 * escapes every "<" of its text, so removing tags by pattern is exact here (it would not be on raw input).
 */
export function textOfSanitized(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => TEXT_ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}
