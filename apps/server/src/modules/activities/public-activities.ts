/**
 * Cổng thông tin: what anyone may read without signing in. The portal's HTML (modules/portal) and the JSON
 * routes (public.routes.ts) both call these; answers are kept until the next write (portal-cache.ts).
 */

export { activitiesIcal, activityIcal } from './activity-ical';
export {
  getPublicInstitution,
  listPlaces,
  listPublicInstitutions,
  listPublicResources,
} from './public-directory';
export { filterOf, type PortalActivityQuery, type PortalDeps } from './public-filter';
export {
  getPublicActivity,
  getPublicActivityJson,
  listPublicActivities,
  listPublicActivitiesJson,
  toPublicActivity,
} from './public-listing';
