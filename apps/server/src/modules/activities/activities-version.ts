import { metaCounter } from '../../db/meta-counter';

/**
 * One counter for everything the public portal shows about activities: activities, their sessions,
 * registrations (places left) and resources. Every write bumps it in its own transaction, so a kept portal
 * answer holds exactly while the counter stands (db/meta-counter.ts says why a meta row and not a sequence).
 */
const counter = metaCounter('activities.version');

/**
 * Bump the activities version. Call it inside the transaction of every write to activities, sessions,
 * registrations, attendance or digital resources; the portal's cached answers are keyed by it.
 */
export const bumpActivitiesVersion = counter.bump;

/** The current activities version of `db` (read at most every 250 ms under steady reads). */
export const activitiesVersion = counter.read;
