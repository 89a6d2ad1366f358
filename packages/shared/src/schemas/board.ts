import { z } from 'zod';
import { IdSchema } from './common';
import { FORM_LEVELS, PeriodIdSchema, REPORT_STATUSES } from './reporting';

/** Tiến độ báo cáo: the deadline board of a unit's reporting subtree, and the notifications (issue 4). */

const Bilingual = z.object({ vi: z.string(), en: z.string() });

/** A report's status on the board: the workflow's, or not_started when the unit has not opened it. */
export const BOARD_STATUSES = ['not_started', ...REPORT_STATUSES] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const BOARD_DEPTHS = ['children', 'all'] as const;
export type BoardDepth = (typeof BOARD_DEPTHS)[number];

export const BoardQuerySchema = z
  .object({
    unitId: IdSchema,
    period: PeriodIdSchema,
    /** children: the units whose parent in the period is the unit; all: its whole subtree. */
    depth: z.enum(BOARD_DEPTHS).default('children'),
    formId: IdSchema.optional(),
  })
  .strict();
export type BoardQuery = z.infer<typeof BoardQuerySchema>;

export const BoardUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type BoardUnit = z.infer<typeof BoardUnitSchema>;

/** One expected report: a unit below the board's unit that has an active form of its level in the period. */
export const BoardRowSchema = z.object({
  unit: BoardUnitSchema,
  /** The approving unit: the unit's parent in the period. */
  parentId: z.number().int().nullable(),
  level: z.enum(FORM_LEVELS),
  formId: z.number().int(),
  formCode: z.string(),
  reportId: z.number().int().nullable(),
  status: z.enum(BOARD_STATUSES),
  /** Fixed at submission; until then computed from the form's deadline rules and the holiday table. */
  deadline: z.string(),
  submittedAt: z.string().nullable(),
  /**
   * Submitted (or approved, locked) on or before the deadline: true; submitted after it, or not submitted and
   * the deadline has passed: false; not submitted and not yet due: null.
   */
  onTime: z.boolean().nullable(),
  /** Working days after the deadline: of the submission, or until today while still not submitted; else 0. */
  daysLate: z.number().int(),
  approvedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  approvedAt: z.string().nullable(),
});
export type BoardRow = z.infer<typeof BoardRowSchema>;

export const BoardFiguresSchema = z.object({
  /** Tính đầy đủ: reports submitted (or later) out of those expected. */
  completeness: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    /** 0–1; null when nothing is expected. */
    share: z.number().nullable(),
  }),
  /** Tính kịp thời: submitted reports that came in on time. */
  timeliness: z.object({
    submitted: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    /** Not submitted although the deadline has passed. */
    overdue: z.number().int(),
    share: z.number().nullable(),
  }),
  byStatus: z.record(z.enum(BOARD_STATUSES), z.number().int()),
});
export type BoardFigures = z.infer<typeof BoardFiguresSchema>;

/** A data element summed over the submitted, approved and locked reports below the unit. */
export const BoardTotalSchema = z.object({
  element: z.string(),
  name: Bilingual,
  valueType: z.string(),
  value: z.number(),
  reports: z.number().int(),
});
export type BoardTotal = z.infer<typeof BoardTotalSchema>;

export const BoardSchema = z.object({
  unit: BoardUnitSchema,
  period: z.string(),
  depth: z.enum(BOARD_DEPTHS),
  /** The day whose unit tree the board shows (today, or the cut-off end of a past period). */
  asOf: z.string(),
  /** Today in Vietnam, against which "overdue" is judged. */
  today: z.string(),
  rows: z.array(BoardRowSchema),
  figures: BoardFiguresSchema,
  totals: z.array(BoardTotalSchema),
});
export type Board = z.infer<typeof BoardSchema>;

/** Thông báo: what a notification is about. */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'overdue_escalated',
  'submitted',
  'returned',
  'approved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationParamsSchema = z.object({
  /** Null for a report nobody has opened yet. */
  reportId: z.number().int().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  period: z.string(),
  formCode: z.string().optional(),
  deadline: z.string().optional(),
  /** Working days left (due_soon) or late (overdue). */
  days: z.number().int().optional(),
  reason: z.string().optional(),
  actorName: z.string().optional(),
});
export type NotificationParams = z.infer<typeof NotificationParamsSchema>;

export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  params: NotificationParamsSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const NotificationListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(30),
    unreadOnly: z.enum(['0', '1']).optional(),
  })
  .strict();
