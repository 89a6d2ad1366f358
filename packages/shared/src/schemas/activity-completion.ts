import { z } from 'zod';
import { ActivitySchema } from './activities';
import { AutoValuesSyncSchema } from './reporting';

/**
 * Kết thúc hoạt động: closing an activity's attendance (issue 7). Its attendance then adds to the institution's
 * report for the period of its last session as automatic values.
 */

/** The version of the activity the person saw (409 CONFLICT otherwise). */
export const CompleteActivitySchema = z.object({ version: z.number().int() }).strict();
export type CompleteActivity = z.infer<typeof CompleteActivitySchema>;

/** The completed activity, and what its completion did to the attendance and the report. */
export const ActivityCompletionSchema = ActivitySchema.extend({
  /**
   * The confirmed registrations counted as attendance because nothing else was recorded (one figure of source
   * `registration`); null when check-ins or headcounts were recorded, or nobody was confirmed.
   */
  countedFromRegistrations: z.number().int().nullable(),
  /** What reached the institution's report: `synced: false` with a reason when the figures wait. */
  report: AutoValuesSyncSchema,
});
export type ActivityCompletion = z.infer<typeof ActivityCompletionSchema>;
