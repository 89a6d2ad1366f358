import { z } from 'zod';
import { ATTENDANCE_SOURCES, AttendanceCountsSchema, StaffRegistrationSchema } from './activities';

/**
 * Điểm danh as staff read it: every attendance figure with its source, the session, who recorded it and when.
 * A check-in names the registration by its code only: names and contacts are read through the (audited)
 * registration list.
 */
export const AttendanceEntrySchema = z.object({
  id: z.number().int(),
  source: z.enum(ATTENDANCE_SOURCES),
  sessionId: z.number().int().nullable(),
  sessionStartsAt: z.string().nullable(),
  count: z.number().int(),
  note: z.string().nullable(),
  /** The check-in code, for source check_in. */
  registrationCode: z.string().nullable(),
  /** The staff member who recorded it (null: recorded by the system, e.g. at completion). */
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  recordedAt: z.string(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

export const AttendanceListSchema = z.object({
  entries: z.array(AttendanceEntrySchema),
  counts: AttendanceCountsSchema,
});
export type AttendanceList = z.infer<typeof AttendanceListSchema>;

/** A headcount answers with what it recorded and the activity's counts after it. */
export const HeadcountResultSchema = z.object({
  entry: AttendanceEntrySchema,
  counts: AttendanceCountsSchema,
});
export type HeadcountResult = z.infer<typeof HeadcountResultSchema>;

export const StaffRegistrationListSchema = z.array(StaffRegistrationSchema);
