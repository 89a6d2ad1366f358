import { sql } from 'drizzle-orm';

/** Bulk statements go 1,000 rows at a time, so that no single statement or parameter grows without bound. */
export const CHUNK = 1000;

export const chunks = <T>(items: readonly T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * A column of values as one array parameter (`unnest` turns the arrays back into rows). Drizzle would expand a
 * plain JS array into a list of parameters, so the array goes in through sql.param.
 */
export const column = <T>(rows: readonly T[], pick: (row: T) => unknown, type: string) =>
  sql`${sql.param(rows.map(pick))}::${sql.raw(type)}[]`;
