import { type SQL, sql } from 'drizzle-orm';

/**
 * A timestamptz column as the text toISOString writes ("2027-04-21T01:00:00.000Z"), whatever the session's
 * time zone. Drizzle's pg driver hands timestamps over as PostgreSQL's own text, which Date does not read.
 */
export function isoOf(column: string): SQL {
  return sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}

/** The Date of an isoOf text (null stays null). */
export function dateOf(value: string): Date;
export function dateOf(value: string | null): Date | null;
export function dateOf(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
