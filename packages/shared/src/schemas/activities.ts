import { z } from 'zod';
import { IdSchema, IsoDateSchema, OptionalTextSchema, TextSchema } from './common';

/**
 * Hoạt động: the lifelong-learning activities institutions run all year and on the national days, the public
 * portal where people find and join them, check-in, and the attendance that flows into the reports (issue 7).
 */

export const ACTIVITY_TYPES = [
  'event',
  'class',
  'club',
  'exhibition',
  'digital_exhibition',
  'talk',
  'competition',
  'reading_session',
  'mobile_library_trip',
  'book_rotation',
] as const;
export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const AUDIENCES = [
  'children',
  'pupils',
  'students',
  'elderly',
  'ethnic_minorities',
  'people_with_disabilities',
  'everyone',
] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

/** draft → published → completed (attendance closed) | cancelled (registrants told). */
export const ACTIVITY_STATUSES = ['draft', 'published', 'cancelled', 'completed'] as const;
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/** An instant with its offset, e.g. "2027-04-21T08:00:00+07:00". */
export const InstantSchema = z.iso.datetime({ offset: true });

/** How an activity repeats: every N days, weeks (on some weekdays) or months, a number of times or until a day. */
export const RecurrenceSchema = z
  .object({
    freq: z.enum(['daily', 'weekly', 'monthly']),
    interval: z.number().int().min(1).max(12).default(1),
    /** Weekly: ISO weekdays, 1 = Monday … 7 = Sunday; default the first session's weekday. */
    byWeekday: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
    count: z.number().int().min(2).max(200).optional(),
    until: IsoDateSchema.optional(),
  })
  .strict()
  .refine((r) => (r.count === undefined) !== (r.until === undefined), {
    message: 'give either count or until',
    path: ['count'],
  });
export type Recurrence = z.infer<typeof RecurrenceSchema>;

export const ActivityInputSchema = z
  .object({
    institutionId: IdSchema,
    type: ActivityTypeSchema,
    title: TextSchema(200),
    description: OptionalTextSchema(5000),
    audiences: z.array(AudienceSchema).min(1).max(AUDIENCES.length),
    /** The national day it celebrates (observances.code), e.g. reading_culture_day. */
    observanceCode: z.string().max(60).nullish(),
    /** The first session. */
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    recurrence: RecurrenceSchema.nullish(),
    place: OptionalTextSchema(300),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullish(),
    /** Places; null: no limit (and no waitlist). */
    capacity: z.number().int().min(1).max(100_000).nullish(),
    /** Whether people register; false: walk-in only (headcount). */
    requiresRegistration: z.boolean().default(true),
    registrationOpensAt: InstantSchema.nullish(),
    registrationClosesAt: InstantSchema.nullish(),
    status: z.enum(['draft', 'published']).default('draft'),
  })
  .strict();
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

/**
 * A change to an activity carries the version it read (409 CONFLICT otherwise). A field left out is left as it
 * is: the input's defaults are dropped here, since Zod 4 applies a default even inside `.partial()` (a PATCH of
 * the title alone would otherwise unpublish the activity).
 */
export const ActivityUpdateSchema = ActivityInputSchema.omit({ institutionId: true })
  .partial()
  .extend({
    requiresRegistration: z.boolean().optional(),
    status: z.enum(['draft', 'published']).optional(),
    version: z.number().int(),
  })
  .strict();
export type ActivityUpdate = z.infer<typeof ActivityUpdateSchema>;

export const ActivitySessionSchema = z.object({
  id: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type ActivitySession = z.infer<typeof ActivitySessionSchema>;

export const AttendanceCountsSchema = z.object({
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  cancelled: z.number().int(),
  /** Registrations checked in (at least once). */
  checkedIn: z.number().int(),
  /** Walk-ins counted by staff. */
  headcount: z.number().int(),
  /** Participations: check-ins plus headcounts over all sessions. */
  participants: z.number().int(),
});
export type AttendanceCounts = z.infer<typeof AttendanceCountsSchema>;

/** An activity as staff see it. */
export const ActivitySchema = z.object({
  id: z.number().int(),
  institution: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  type: ActivityTypeSchema,
  title: z.string(),
  description: z.string().nullable(),
  audiences: z.array(AudienceSchema),
  observanceCode: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  recurrence: RecurrenceSchema.nullable(),
  sessions: z.array(ActivitySessionSchema),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  requiresRegistration: z.boolean(),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  status: ActivityStatusSchema,
  cancelReason: z.string().nullable(),
  counts: AttendanceCountsSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityListQuerySchema = z
  .object({
    /** A unit: activities of the institutions below it (default: everything the user may read). */
    unitId: IdSchema.optional(),
    status: ActivityStatusSchema.optional(),
    type: ActivityTypeSchema.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    q: z.string().max(100).optional(),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

export const CancelActivitySchema = z.object({ reason: TextSchema(500), version: z.number().int() }).strict();
export const CopyActivitySchema = z.object({ startsAt: InstantSchema.optional() }).strict();

// ---------------------------------------------------------------------------------------------------------------
// Registration, check-in, attendance.

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * Đăng ký: a name and one contact (e-mail or phone) only, and explicit consent (Decree 13/2023/NĐ-CP).
 * `website` is a honeypot: people leave it empty, scripts fill it in.
 */
export const RegistrationInputSchema = z
  .object({
    name: TextSchema(100),
    contact: TextSchema(120),
    consent: z.literal(true),
    /** Keep a learning record ("Công dân học tập") of the activities attended. */
    keepRecord: z.boolean().default(false),
    website: z.string().max(200).optional(),
  })
  .strict();
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

export const RegistrationResultSchema = z.object({
  status: z.enum(['confirmed', 'waitlisted']),
  /** The check-in code, shown as a QR code. */
  code: z.string(),
  /** Place on the waitlist (1 = next), null when confirmed. */
  position: z.number().int().nullable(),
  /** Secret of the registration's own page (status, QR, cancel); never listed anywhere. */
  token: z.string(),
  /** The learner record's secret when `keepRecord` was asked. */
  learnerToken: z.string().nullable(),
});
export type RegistrationResult = z.infer<typeof RegistrationResultSchema>;

/** What the registrant's own page shows (by token). */
export const RegistrationViewSchema = z.object({
  status: z.enum(REGISTRATION_STATUSES),
  code: z.string(),
  position: z.number().int().nullable(),
  /** Null once erased (the retention period after the activity passed, or the learner asked). */
  name: z.string().nullable(),
  activity: z.object({
    id: z.number().int(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    institutionName: z.string(),
    status: ActivityStatusSchema,
    /** Why the institution cancelled it (status cancelled). */
    cancelReason: z.string().nullable(),
  }),
  checkedIn: z.boolean(),
});
export type RegistrationView = z.infer<typeof RegistrationViewSchema>;

/** A registration as staff see it (personal data: reading the list is audited). */
export const StaffRegistrationSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES),
  position: z.number().int().nullable(),
  createdAt: z.string(),
  checkedIn: z.boolean(),
});
export type StaffRegistration = z.infer<typeof StaffRegistrationSchema>;

export const ATTENDANCE_SOURCES = ['check_in', 'headcount', 'registration'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

export const CheckInInputSchema = z
  .object({ code: z.string().trim().min(4).max(40), sessionId: IdSchema.optional() })
  .strict();
export const CheckInResultSchema = z.object({
  name: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES),
  /** True when this code was already checked in for the session (nothing counted twice). */
  already: z.boolean(),
  counts: AttendanceCountsSchema,
});
export type CheckInResult = z.infer<typeof CheckInResultSchema>;

export const HeadcountInputSchema = z
  .object({
    count: z.number().int().min(0).max(100_000),
    sessionId: IdSchema.optional(),
    note: OptionalTextSchema(300),
  })
  .strict();

// ---------------------------------------------------------------------------------------------------------------
// The public portal.

export const REGISTRATION_STATES = ['open', 'not_yet_open', 'closed', 'full_waitlist', 'walk_in'] as const;

export const PublicActivitySchema = z.object({
  id: z.number().int(),
  type: ActivityTypeSchema,
  title: z.string(),
  description: z.string().nullable(),
  audiences: z.array(AudienceSchema),
  observance: z.object({ code: z.string(), name: z.string() }).nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The next sessions (at most 10). */
  sessions: z.array(ActivitySessionSchema),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  institution: z.object({
    id: z.number().int(),
    name: z.string(),
    address: z.string().nullable(),
    communeName: z.string().nullable(),
    provinceName: z.string().nullable(),
  }),
  capacity: z.number().int().nullable(),
  /** Why a cancelled activity was cancelled; null otherwise. */
  cancelReason: z.string().nullable(),
  placesLeft: z.number().int().nullable(),
  registration: z.enum(REGISTRATION_STATES),
  status: ActivityStatusSchema,
});
export type PublicActivity = z.infer<typeof PublicActivitySchema>;

export const PublicActivityQuerySchema = z
  .object({
    provinceId: IdSchema.optional(),
    communeId: IdSchema.optional(),
    type: ActivityTypeSchema.optional(),
    audience: AudienceSchema.optional(),
    observance: z.string().max(60).optional(),
    /** Default today. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** Diacritic-insensitive: "thu vien" finds "Thư viện". */
    q: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type PublicActivityQuery = z.infer<typeof PublicActivityQuerySchema>;

export const PublicActivityPageSchema = z.object({
  items: z.array(PublicActivitySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicActivityPage = z.infer<typeof PublicActivityPageSchema>;

export const RESOURCE_KINDS = ['virtual_exhibition', 'ebook', 'video', 'courseware', 'other'] as const;
export const ResourceKindSchema = z.enum(RESOURCE_KINDS);

/** Tài nguyên số: a digital resource an institution offers (virtual exhibition, e-books, videos, open courseware). */
export const DigitalResourceInputSchema = z
  .object({
    kind: ResourceKindSchema,
    title: TextSchema(200),
    url: z.url({ protocol: /^https?$/ }).max(500),
    description: OptionalTextSchema(2000),
    audiences: z.array(AudienceSchema).max(AUDIENCES.length).default([]),
  })
  .strict();
export type DigitalResourceInput = z.infer<typeof DigitalResourceInputSchema>;

export const DigitalResourceSchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  institutionName: z.string(),
  kind: ResourceKindSchema,
  title: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  audiences: z.array(AudienceSchema),
});
export type DigitalResource = z.infer<typeof DigitalResourceSchema>;

export const PublicInstitutionSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  openingHours: z.string().nullable(),
  services: z.array(z.string()),
  communeName: z.string().nullable(),
  provinceName: z.string().nullable(),
});
export type PublicInstitution = z.infer<typeof PublicInstitutionSchema>;

/** The learner record ("Công dân học tập"): what a person who opted in attended, with hours. */
export const LearnerRecordSchema = z.object({
  name: z.string().nullable(),
  activities: z.array(
    z.object({
      title: z.string(),
      institutionName: z.string(),
      type: ActivityTypeSchema,
      startsAt: z.string(),
      sessionsAttended: z.number().int(),
      hours: z.number(),
    }),
  ),
  totalHours: z.number(),
});
export type LearnerRecord = z.infer<typeof LearnerRecordSchema>;
