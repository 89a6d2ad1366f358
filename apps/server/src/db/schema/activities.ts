import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { units } from './units';

/**
 * Hoạt động (issue 7): an institution's event, class, club, exhibition… with its sessions. `province_id` and
 * `commune_id` are the institution's ancestors when the activity was written (shard key and portal filters).
 */
export const activities = pgTable(
  'activities',
  {
    id: serial('id').primaryKey(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => units.id),
    provinceId: integer('province_id').references(() => units.id),
    communeId: integer('commune_id').references(() => units.id),
    type: text('type').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    audiences: jsonb('audiences').$type<string[]>().notNull().default([]),
    observanceCode: text('observance_code'),
    /** The first session's start and the last session's end. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    recurrence: jsonb('recurrence').$type<unknown>(),
    place: text('place'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity'),
    requiresRegistration: boolean('requires_registration').notNull().default(true),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    status: text('status').notNull().default('draft'),
    cancelReason: text('cancel_reason'),
    /** Folded title, description, place and institution name: "thu vien" finds "Thư viện". */
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_institution_idx').on(t.institutionId, t.startsAt),
    index('activities_public_idx').on(t.status, t.endsAt),
    index('activities_province_idx').on(t.provinceId, t.endsAt),
    check('activities_status_ck', sql`${t.status} in ('draft','published','cancelled','completed')`),
    check('activities_time_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('activities_capacity_ck', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** Buổi: one occurrence of an activity (a weekly class has many). */
export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('activity_sessions_activity_idx').on(t.activityId, t.startsAt)],
);

/** Người học: someone who opted in to a learning record; known by a hash of their contact and a secret link. */
export const learners = pgTable('learners', {
  id: serial('id').primaryKey(),
  /** SHA-256 of the secret in the learner's link; the secret itself is never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  /** SHA-256 of the normalised contact, so a second registration finds the same record. */
  contactHash: text('contact_hash').notNull().unique(),
  name: text('name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Đăng ký: a place (or a place on the waitlist) in an activity. Personal data (name, contact) is erased when
 * the retention period after the activity ends has passed, or when the person asks.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    /** The check-in code in the QR (short, unambiguous). */
    code: text('code').notNull().unique(),
    /** SHA-256 of the secret in the registrant's own link (status, QR, cancel). */
    tokenHash: text('token_hash').notNull().unique(),
    name: text('name'),
    contact: text('contact'),
    status: text('status').notNull(),
    /** Order of arrival: the waitlist is promoted in this order. */
    seq: serial('seq').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Which consent text the person agreed to. */
    consentVersion: text('consent_version').notNull(),
    learnerId: integer('learner_id').references(() => learners.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    index('registrations_activity_idx').on(t.activityId, t.status, t.seq),
    check('registrations_status_ck', sql`${t.status} in ('confirmed','waitlisted','cancelled')`),
  ],
);

/**
 * Điểm danh: every attendance figure with its source: a registration checked in, a walk-in headcount, or
 * (for activities without check-in) the confirmed registrations counted at completion.
 */
export const attendance = pgTable(
  'attendance',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    sessionId: integer('session_id').references(() => activitySessions.id, { onDelete: 'cascade' }),
    registrationId: integer('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    count: integer('count').notNull().default(1),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attendance_activity_idx').on(t.activityId),
    uniqueIndex('attendance_check_in_uq')
      .on(t.registrationId, t.sessionId)
      .where(sql`${t.source} = 'check_in'`),
    check('attendance_source_ck', sql`${t.source} in ('check_in','headcount','registration')`),
    check('attendance_count_ck', sql`${t.count} >= 0`),
  ],
);

/** Tài nguyên số: an institution's virtual exhibitions, e-books, videos and open courseware links. */
export const digitalResources = pgTable(
  'digital_resources',
  {
    id: serial('id').primaryKey(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => units.id),
    provinceId: integer('province_id').references(() => units.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    audiences: jsonb('audiences').$type<string[]>().notNull().default([]),
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('digital_resources_institution_idx').on(t.institutionId),
    check(
      'digital_resources_kind_ck',
      sql`${t.kind} in ('virtual_exhibition','ebook','video','courseware','other')`,
    ),
  ],
);
