import { roleGrants, type SessionUser } from '@suotdoi/shared';
import type { UnitChoice } from '../../lib/permissions';

/**
 * What a person may do with good models, as the page shows it (the server decides; this only hides buttons).
 * No React.
 */

type Roles = Pick<SessionUser, 'roles'> | null | undefined;

/** The units the person writes for: those their content.write roles are on. */
export function writerUnits(user: Roles): UnitChoice[] {
  const seen = new Map<number, UnitChoice>();
  for (const r of user?.roles ?? []) {
    if (roleGrants(r.role, 'content.write') && !seen.has(r.unitId))
      seen.set(r.unitId, { unitId: r.unitId, unitName: r.unitName, unitCode: r.unitCode });
  }
  return [...seen.values()];
}

/** Editing, publishing and deleting: content.write on the model's unit or one above it (`lineage`). */
export function canWriteModel(user: Roles, lineage: readonly number[]): boolean {
  return !!user?.roles.some(
    (r) => roleGrants(r.role, 'content.write') && (r.role === 'system_admin' || lineage.includes(r.unitId)),
  );
}

/**
 * "Chúng tôi đã áp dụng": a published model, and a unit of the person's to say it for that is not the model's own
 * (a system administrator may say it for any unit).
 */
export function canAdopt(user: Roles, model: { status: string; unit: { id: number } }): boolean {
  if (model.status !== 'published' || !user) return false;
  return user.roles.some(
    (r) => roleGrants(r.role, 'content.write') && (r.role === 'system_admin' || r.unitId !== model.unit.id),
  );
}

/** Taking back an adoption: the person writes for the adopting unit itself (their own unit's), or is an admin. */
export function canRemoveAdoption(user: Roles, adoptingUnitId: number): boolean {
  return !!user?.roles.some(
    (r) => roleGrants(r.role, 'content.write') && (r.role === 'system_admin' || r.unitId === adoptingUnitId),
  );
}

/** The units offered when saying "we adopted it": the writer's units other than the model's own. */
export function adoptionUnits(user: Roles, modelUnitId: number): UnitChoice[] {
  return writerUnits(user).filter((u) => u.unitId !== modelUnitId);
}
