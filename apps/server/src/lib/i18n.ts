import { ERROR_MESSAGES, type ErrorCode, type Lang, REASON_MESSAGES, type ReasonCode } from '@suotdoi/shared';

/** The translated sentence for an error code; specifics (row, field, reason) travel in `details`. */
export function messageFor(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang];
}

/** The translated sentence for a row- or field-level reason, with {placeholders} filled in. */
export function reasonFor(
  reason: ReasonCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return REASON_MESSAGES[reason][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
