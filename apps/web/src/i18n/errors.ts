import { ERROR_MESSAGES, type ErrorCode, REASON_MESSAGES } from '@suotdoi/shared';
import { ApiError } from '../api/client';
import type { Lang } from './index';

const NETWORK: Record<Lang, string> = {
  vi: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'The server could not be reached. Check the connection and try again.',
};

const UNKNOWN: Record<Lang, string> = ERROR_MESSAGES.INTERNAL;

function langOf(lang: string): Lang {
  return lang.startsWith('en') ? 'en' : 'vi';
}

/**
 * What to tell a person about a failure, in their language, chosen by the error's stable code (never by the
 * status or the English text). Codes the UI does not know fall back to the server's message, which the server
 * already wrote in the language of the `lang` cookie.
 */
export function errorMessage(error: unknown, language: string): string {
  const lang = langOf(language);
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return NETWORK[lang];
    const known = ERROR_MESSAGES[error.code as ErrorCode];
    if (known) return known[lang];
    return error.message || UNKNOWN[lang];
  }
  return UNKNOWN[lang];
}

/**
 * One bad row or field, in the person's language: the shared reason text with its `{value}` filled in; the
 * server's own message when the reason is unknown or names a placeholder the problem does not carry.
 */
export function reasonMessage(
  problem: { reason: string; value?: string; message?: string; params?: Record<string, unknown> },
  language: string,
): string {
  const lang = langOf(language);
  const fields = { ...problem.params, ...(problem as Record<string, unknown>) };
  const template = (REASON_MESSAGES as Record<string, Record<Lang, string> | undefined>)[problem.reason]?.[
    lang
  ];
  if (!template) return problem.message || problem.reason;
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = fields[name];
    if (value === undefined || value === null || value === '') {
      missing = true;
      return '';
    }
    return String(value);
  });
  return missing ? problem.message || text : text;
}
