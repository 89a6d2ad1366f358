/**
 * The address of a link typed into the editor's dialog: only web pages (http, https) and e-mail (mailto), which is
 * also all the server's sanitiser keeps. "www.sach.vn" gains https://, "ban@thuvien.vn" gains mailto:. No React.
 */

export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

export type LinkProblem = 'empty' | 'scheme' | 'invalid';
export type LinkCheck = { ok: true; url: string } | { ok: false; problem: LinkProblem };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// A bare host: "thuvien.vn", "www.sach.vn/muc?x=1", "localhost:3000/x".
const BARE_HOST = /^(localhost|[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+)(:\d+)?([/?#].*)?$/u;

export function checkLinkUrl(text: string | null | undefined): LinkCheck {
  const value = (text ?? '').trim();
  if (!value) return { ok: false, problem: 'empty' };
  // Spaces and control characters inside an address are a paste gone wrong (or a trick to hide a scheme).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return { ok: false, problem: 'invalid' };
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme && !(scheme === 'localhost' && BARE_HOST.test(value))) {
    if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) return { ok: false, problem: 'scheme' };
    return scheme === 'mailto' ? checkMail(value) : checkWeb(value);
  }
  if (EMAIL.test(value)) return { ok: true, url: `mailto:${value}` };
  if (BARE_HOST.test(value)) return checkWeb(`https://${value}`);
  return { ok: false, problem: 'invalid' };
}

function checkWeb(value: string): LinkCheck {
  try {
    const url = new URL(value);
    if (!url.hostname) return { ok: false, problem: 'invalid' };
    return { ok: true, url: value };
  } catch {
    return { ok: false, problem: 'invalid' };
  }
}

function checkMail(value: string): LinkCheck {
  const address = value.slice('mailto:'.length).split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  return EMAIL.test(decoded) ? { ok: true, url: value } : { ok: false, problem: 'invalid' };
}
