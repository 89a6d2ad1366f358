import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { units } from './units';

/**
 * Khen thưởng (issue 8): one nomination of a collective (`unit_id` is the unit itself) or an individual (`unit_id`
 * is where they work), nominated → reviewed → granted | declined. `province_id` is the nominee's province when it
 * was written: who reviews and, for the Department's and the provincial committee's forms, who decides.
 */
export const recognitions = pgTable(
  'recognitions',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    nomineeKind: text('nominee_kind').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    provinceId: integer('province_id').references(() => units.id),
    personName: text('person_name'),
    personPosition: text('person_position'),
    form: text('form').notNull(),
    reason: text('reason').notNull(),
    /** Evidence links with their labels and figures frozen when written (schemas/recognition.ts EvidenceLink). */
    evidence: jsonb('evidence').$type<unknown[]>().notNull().default([]),
    status: text('status').notNull().default('nominated'),
    nominatedOn: date('nominated_on').notNull(),
    nominatedBy: uuid('nominated_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewNote: text('review_note'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    declineReason: text('decline_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('recognitions_unit_idx').on(t.unitId, t.year),
    index('recognitions_province_idx').on(t.provinceId, t.year),
    index('recognitions_decision_idx').on(t.status, t.decisionDate),
    check('recognitions_status_ck', sql`${t.status} in ('nominated','reviewed','granted','declined')`),
    check('recognitions_kind_ck', sql`${t.nomineeKind} in ('collective','individual')`),
    check('recognitions_individual_ck', sql`${t.nomineeKind} = 'collective' or ${t.personName} is not null`),
    check(
      'recognitions_decision_ck',
      sql`${t.decisionDate} is null or ${t.decisionDate} >= ${t.nominatedOn}`,
    ),
    check(
      'recognitions_granted_ck',
      sql`${t.status} <> 'granted' or (${t.decisionNumber} is not null and ${t.decisionDate} is not null)`,
    ),
  ],
);
