import type { IsoDate, NomineeKind, RecognitionForm, RecognitionStatus } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { isoOf } from '../activities/sql-time';
import type { StoredEvidence } from './evidence';

/** Khen thưởng: the nominations' SQL. No rules here. */

/** A nomination as stored, with its nominee unit, its province and the people who moved it on. */
export type RecognitionRow = {
  id: number;
  year: number;
  nomineeKind: NomineeKind;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  provinceId: number | null;
  provinceName: string | null;
  personName: string | null;
  personPosition: string | null;
  form: RecognitionForm;
  reason: string;
  evidence: StoredEvidence[];
  status: RecognitionStatus;
  nominatedOn: IsoDate;
  nominatedById: string | null;
  nominatedByName: string | null;
  reviewedAt: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  reviewNote: string | null;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  decidedAt: string | null;
  decidedById: string | null;
  decidedByName: string | null;
  declineReason: string | null;
  version: number;
  updatedAt: string;
};

const ROW = sql`r.id, r.year, r.nominee_kind as "nomineeKind", r.unit_id as "unitId", u.code as "unitCode",
  u.name as "unitName", u.kind as "unitKind", r.province_id as "provinceId", pu.name as "provinceName",
  r.person_name as "personName", r.person_position as "personPosition", r.form, r.reason, r.evidence, r.status,
  r.nominated_on as "nominatedOn", r.nominated_by as "nominatedById", nb.display_name as "nominatedByName",
  ${isoOf('r.reviewed_at')} as "reviewedAt", r.reviewed_by as "reviewedById", rb.display_name as "reviewedByName",
  r.review_note as "reviewNote", r.decision_number as "decisionNumber", r.decision_date as "decisionDate",
  ${isoOf('r.decided_at')} as "decidedAt", r.decided_by as "decidedById", du.display_name as "decidedByName",
  r.decline_reason as "declineReason", r.version, ${isoOf('r.updated_at')} as "updatedAt"`;

const FROM = sql`from recognitions r join units u on u.id = r.unit_id
  left join units pu on pu.id = r.province_id
  left join users nb on nb.id = r.nominated_by
  left join users rb on rb.id = r.reviewed_by
  left join users du on du.id = r.decided_by`;

export async function findRecognitionRow(
  db: DbOrTx,
  id: number,
  lock = false,
): Promise<RecognitionRow | undefined> {
  const rows = await db.execute<RecognitionRow>(
    sql`select ${ROW} ${FROM} where r.id = ${id} ${lock ? sql`for update of r` : sql``}`,
  );
  return rows.rows[0];
}

export interface RecognitionFilter {
  /** A subquery of unit ids: nominees among them (null: every nomination). */
  units: SQL | null;
  year?: number;
  status?: RecognitionStatus;
  form?: RecognitionForm;
}

/**
 * Sổ khen thưởng: the nominations matching the filter, newest year first. The scope is a materialised CTE, as
 * in the activities' list (PGlite ran the recursive subtree once per row inside the WHERE).
 */
export async function findRecognitionRows(db: DbOrTx, f: RecognitionFilter): Promise<RecognitionRow[]> {
  const where: SQL[] = [sql`true`];
  if (f.units) where.push(sql`r.unit_id in (select id from scope)`);
  if (f.year !== undefined) where.push(sql`r.year = ${f.year}`);
  if (f.status) where.push(sql`r.status = ${f.status}`);
  if (f.form) where.push(sql`r.form = ${f.form}`);
  const rows = await db.execute<RecognitionRow>(sql`
    ${f.units ? sql`with scope as materialized (${f.units})` : sql``}
    select ${ROW} ${FROM} where ${sql.join(where, sql` and `)}
    order by r.year desc, r.nominated_on desc, r.id`);
  return rows.rows;
}

/** What a nomination writes when created. */
export interface NominationValues {
  year: number;
  nomineeKind: NomineeKind;
  unitId: number;
  provinceId: number | null;
  personName: string | null;
  personPosition: string | null;
  form: RecognitionForm;
  reason: string;
  evidence: StoredEvidence[];
  nominatedOn: IsoDate;
}

export async function insertRecognition(
  db: DbOrTx,
  v: NominationValues,
  by: { userId: string; at: Date },
): Promise<number> {
  const at = by.at.toISOString();
  const rows = await db.execute<{ id: number }>(sql`
    insert into recognitions (year, nominee_kind, unit_id, province_id, person_name, person_position, form,
      reason, evidence, nominated_on, nominated_by, created_at, updated_at)
    values (${v.year}, ${v.nomineeKind}, ${v.unitId}, ${v.provinceId}, ${v.personName}, ${v.personPosition},
      ${v.form}, ${v.reason}, ${JSON.stringify(v.evidence)}::jsonb, ${v.nominatedOn}::date, ${by.userId},
      ${at}::timestamptz, ${at}::timestamptz)
    returning id`);
  return rows.rows[0]!.id;
}

/** The fields a nomination may change while nominated. */
export type NominationChange = Pick<
  NominationValues,
  'personName' | 'personPosition' | 'form' | 'reason' | 'evidence' | 'nominatedOn'
>;

export async function updateNomination(db: DbOrTx, id: number, v: NominationChange, at: Date) {
  await db.execute(sql`update recognitions set person_name = ${v.personName},
      person_position = ${v.personPosition}, form = ${v.form}, reason = ${v.reason},
      evidence = ${JSON.stringify(v.evidence)}::jsonb, nominated_on = ${v.nominatedOn}::date,
      version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

/** One workflow step: the new status and what the step records (who, when, the note or the decision). */
export type StepChange =
  | { status: 'reviewed'; userId: string; note: string | null }
  | { status: 'granted'; userId: string; decisionNumber: string; decisionDate: IsoDate }
  | { status: 'declined'; userId: string; reason: string };

export async function updateStatus(db: DbOrTx, id: number, change: StepChange, at: Date) {
  const now = sql`${at.toISOString()}::timestamptz`;
  const set =
    change.status === 'reviewed'
      ? sql`reviewed_at = ${now}, reviewed_by = ${change.userId}, review_note = ${change.note}`
      : change.status === 'granted'
        ? sql`decided_at = ${now}, decided_by = ${change.userId}, decision_number = ${change.decisionNumber},
            decision_date = ${change.decisionDate}::date`
        : sql`decided_at = ${now}, decided_by = ${change.userId}, decline_reason = ${change.reason}`;
  await db.execute(sql`update recognitions set status = ${change.status}, ${set}, version = version + 1,
      updated_at = ${now} where id = ${id}`);
}

export async function deleteRecognition(db: DbOrTx, id: number) {
  await db.execute(sql`delete from recognitions where id = ${id}`);
}

/**
 * The nominee unit today: its kind, its province (itself for a province; null for the country) and, for an
 * institution, its category.
 */
export type NomineeUnit = {
  id: number;
  kind: string;
  provinceId: number | null;
  category: string | null;
};

export async function findNomineeUnit(
  db: DbOrTx,
  unitId: number,
  today: IsoDate,
): Promise<NomineeUnit | undefined> {
  const rows = await db.execute<NomineeUnit>(sql`
    with recursive up(id, depth) as (
      select ${unitId}::int, 0
      union all
      select p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where p.valid_from <= ${today}::date and (p.valid_to is null or p.valid_to > ${today}::date)
        and up.depth < 16)
    select u.id, u.kind,
      (select pu.id from up join units pu on pu.id = up.id where pu.kind = 'province' order by up.depth limit 1)
        as "provinceId",
      i.category
    from units u left join institutions i on i.unit_id = u.id where u.id = ${unitId}`);
  return rows.rows[0];
}

/** The country: it decides the Ministry's and the Prime Minister's forms. */
export async function findCountryId(db: DbOrTx): Promise<number> {
  const rows = await db.execute<{ id: number }>(
    sql`select id from units where kind = 'country' order by valid_from limit 1`,
  );
  return rows.rows[0]!.id;
}

/** A granted recognition as the official documents list it. */
export type GrantedRecognition = {
  id: number;
  nomineeKind: NomineeKind;
  /** The collective, or where the person works, with its type ("Xã An Bình"). */
  unitName: string;
  personName: string | null;
  personPosition: string | null;
  form: RecognitionForm;
  decisionNumber: string;
  decisionDate: IsoDate;
};

/**
 * Granted recognitions of nominees in the unit's subtree (lineage included, like every subtree read) whose
 * decision falls between `from` and `to`, by decision date.
 */
export async function findGrantedRecognitions(
  db: DbOrTx,
  units: SQL,
  from: IsoDate,
  to: IsoDate,
): Promise<GrantedRecognition[]> {
  const rows = await db.execute<GrantedRecognition>(sql`
    with scope as materialized (${units})
    select r.id, r.nominee_kind as "nomineeKind", trim(coalesce(u.type_name || ' ', '') || u.name) as "unitName",
      r.person_name as "personName", r.person_position as "personPosition", r.form,
      r.decision_number as "decisionNumber", r.decision_date as "decisionDate"
    from recognitions r join units u on u.id = r.unit_id
    where r.status = 'granted' and r.unit_id in (select id from scope)
      and r.decision_date >= ${from}::date and r.decision_date <= ${to}::date
    order by r.decision_date, r.id`);
  return rows.rows;
}
