import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { normalizeText } from '../text';

/** Free text from a person: NFC, stray spaces removed, then length-checked. */
export const TextSchema = (max = 500) => z.string().transform(normalizeText).pipe(z.string().min(1).max(max));

export const OptionalTextSchema = (max = 500) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullish();

/** A code: letters, digits, dot, dash and underscore; no spaces. */
export const CODE_PATTERN = /^[\p{L}\p{N}._-]{1,40}$/u;
export const CodeSchema = z
  .string()
  .transform((v) => v.normalize('NFC').trim())
  .pipe(z.string().regex(CODE_PATTERN, 'code: letters, digits, . _ - only, at most 40'));

export const IsoDateSchema = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');

export const IdSchema = z.coerce.number().int().positive();

export const IdParamsSchema = z.object({ id: IdSchema }).strict();

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const OkSchema = z.object({ ok: z.literal(true) });

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
