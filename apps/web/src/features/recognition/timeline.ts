import type { Recognition } from '@suotdoi/shared';

/** The steps a nomination went through, for the detail drawer's timeline. No React. */

export type TimelineKey = 'nominated' | 'reviewed' | 'granted' | 'declined' | 'decision';

export interface TimelineStep {
  key: TimelineKey;
  /** Taken (false: still to come). */
  done: boolean;
  /** A calendar date (the nomination, the decision) or an instant (the review, the recording of a decision). */
  on: string | null;
  /** When `on` is an instant rather than a date. */
  isInstant: boolean;
  by: string | null;
  /** The review's note, the decision number, the decline's reason. */
  note: string | null;
}

/**
 * Nominated, then reviewed, then granted or declined. A nomination declined before any review shows no review
 * step; one still open shows the steps to come, undone.
 */
export function timelineSteps(r: Recognition): TimelineStep[] {
  const steps: TimelineStep[] = [
    {
      key: 'nominated',
      done: true,
      on: r.nominatedOn,
      isInstant: false,
      by: r.nominatedBy?.name ?? null,
      note: null,
    },
  ];
  if (r.reviewedAt || r.status === 'nominated' || r.status === 'reviewed')
    steps.push({
      key: 'reviewed',
      done: r.reviewedAt !== null,
      on: r.reviewedAt,
      isInstant: true,
      by: r.reviewedBy?.name ?? null,
      note: r.reviewNote,
    });
  if (r.status === 'granted')
    steps.push({
      key: 'granted',
      done: true,
      on: r.decisionDate ?? r.decidedAt,
      isInstant: !r.decisionDate,
      by: r.decidedBy?.name ?? null,
      note: r.decisionNumber,
    });
  else if (r.status === 'declined')
    steps.push({
      key: 'declined',
      done: true,
      on: r.decidedAt,
      isInstant: true,
      by: r.decidedBy?.name ?? null,
      note: r.declineReason,
    });
  else steps.push({ key: 'decision', done: false, on: null, isInstant: false, by: null, note: null });
  return steps;
}
