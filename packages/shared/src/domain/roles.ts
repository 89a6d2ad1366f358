/**
 * Vai trò: what a person may do, always on a unit subtree. One table for the server, which decides, and the web
 * app, which only hides what a person cannot do.
 */
export const ROLES = [
  'system_admin',
  'province_officer',
  'commune_officer',
  'institution_staff',
  'agency_officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do inside its subtree. Reading is implied by any role. */
export const PERMISSIONS = [
  'unit.read',
  'unit.restructure',
  'institution.write',
  'user.manage',
  'audit.read',
  'dataQuality.manage',
  /** Kế hoạch: edit a plan, its targets and tasks, import plans (on the plan's scope unit). */
  'plan.write',
  /** Report progress on a task whose lead or coordinating unit lies in the subtree. */
  'task.update',
  /** Báo cáo: fill in and submit the reports of units in the subtree. */
  'report.enter',
  /** Approve or return the reports of units whose parent lies in the subtree. */
  'report.approve',
  /** Reopen an approved or locked report in the subtree, with a reason. */
  'report.unlock',
  /** Change forms (cut-off window, deadlines, rules) and the holiday table: national settings. */
  'form.manage',
  /** Đo lường: switch a unit's read-only public scorecard on or off. */
  'analytics.publish',
  /** Upload the province boundaries (GeoJSON) the choropleth draws: a national setting. */
  'map.manage',
  /** Công bố: edit the unit's report template and publish (freeze) its official reports. */
  'document.publish',
  /** Hoạt động: run the institutions' activities in the subtree: create, copy, cancel, check in, see registrants. */
  'activity.manage',
  /** Khen thưởng: nominate a collective or an individual of the subtree. */
  'recognition.nominate',
  /** Review, grant (decision number and date) or decline the nominations of the subtree. */
  'recognition.decide',
  /** Truyền thông: write articles and good models of the subtree, upload their images, mark an adoption. */
  'content.write',
  /** Biên tập: publish, return or unpublish the articles of the subtree. */
  'content.publish',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  province_officer: [
    'unit.read',
    'unit.restructure',
    'institution.write',
    'user.manage',
    'audit.read',
    'plan.write',
    'task.update',
    'report.enter',
    'report.approve',
    'report.unlock',
    'analytics.publish',
    'document.publish',
    'activity.manage',
    'recognition.nominate',
    'recognition.decide',
    'content.write',
    'content.publish',
  ],
  commune_officer: [
    'unit.read',
    'institution.write',
    'audit.read',
    'task.update',
    'report.enter',
    'report.approve',
    'document.publish',
    'activity.manage',
    'recognition.nominate',
    'content.write',
    'content.publish',
  ],
  institution_staff: [
    'unit.read',
    'institution.write',
    'task.update',
    'report.enter',
    'document.publish',
    'activity.manage',
    'recognition.nominate',
    'content.write',
  ],
  agency_officer: ['unit.read', 'task.update'],
  viewer: ['unit.read'],
};

/** Anyone holding roles: the server's actor, the web app's session user. */
export interface RoleHolder {
  roles: readonly { role: Role }[];
}

/** An unknown role (say, a newer server's seen by an older page) grants nothing. */
export function roleGrants(role: Role, permission: Permission): boolean {
  return GRANTS[role]?.includes(permission) ?? false;
}

export function isSystemAdmin(holder: RoleHolder | null | undefined): boolean {
  return !!holder?.roles.some((r) => r.role === 'system_admin');
}

/** Roles a person may hand out: never more than they hold themselves, so system_admin only by an admin. */
export function canGrantRole(holder: RoleHolder | null | undefined, role: Role): boolean {
  return isSystemAdmin(holder) || role !== 'system_admin';
}
