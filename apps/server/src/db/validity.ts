import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** A dated table (units, unit_parents, unit_names) through Drizzle, or its alias in raw SQL (`'u'`). */
export type Dated = { validFrom: AnyColumn; validTo: AnyColumn } | string;

/**
 * The row is valid on `day`: validity is half-open, [valid_from, valid_to), so a unit ended on 1/7/2025 is no
 * longer valid that day and its successor is. The SQL twin of `isValidOn` in packages/shared.
 */
export function validOn(dated: Dated, day: string): SQL {
  const [from, to] =
    typeof dated === 'string'
      ? [sql.raw(`${dated}.valid_from`), sql.raw(`${dated}.valid_to`)]
      : [dated.validFrom, dated.validTo];
  return sql`(${from} <= ${day}::date and (${to} is null or ${to} > ${day}::date))`;
}
