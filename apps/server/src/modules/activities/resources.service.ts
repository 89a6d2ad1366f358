import {
  AppError,
  type DigitalResource,
  type DigitalResourceInput,
  type DigitalResourceUpdate,
  foldDiacritics,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findInstitutionPlace } from './activities.repo';
import { bumpActivitiesVersion } from './activities-version';
import {
  deleteResource as deleteResourceRow,
  findResource,
  findResources,
  insertResource,
  type ResourceValues,
  updateResource as updateResourceRow,
} from './resources.repo';

/** Tài nguyên số of an institution: staff with activity.manage on it keep the list; every write is audited. */

/** The institution, which must be one (not a commune) and reachable for `permission`. */
async function institutionFor(
  db: DbOrTx,
  actor: Actor,
  institutionId: number,
  permission: 'unit.read' | 'activity.manage',
  now: Date,
) {
  await assertUnitAccess(db, actor, permission, institutionId);
  const place = await findInstitutionPlace(db, institutionId, todayInVietnam(now));
  if (place?.kind !== 'institution')
    throw new AppError('NOT_FOUND', `institution ${institutionId} not found`);
  return place;
}

/** The resource, which must belong to the institution of the URL. */
async function resourceOf(db: DbOrTx, institutionId: number, id: number) {
  const found = await findResource(db, id);
  if (!found || found.institutionId !== institutionId)
    throw new AppError('NOT_FOUND', `resource ${id} not found`);
  return found;
}

const valuesOf = (
  input: DigitalResourceInput,
  place: { name: string; provinceId: number | null },
): ResourceValues => ({
  kind: input.kind,
  title: input.title,
  url: input.url,
  description: input.description ?? null,
  audiences: input.audiences,
  provinceId: place.provinceId,
  searchText: foldDiacritics([input.title, input.description, place.name].filter(Boolean).join(' ')),
});

export async function listResources(
  actor: Actor,
  institutionId: number,
  deps: ServiceDeps,
): Promise<DigitalResource[]> {
  await institutionFor(deps.db, actor, institutionId, 'unit.read', deps.clock());
  return findResources(deps.db, { institutionId });
}

/** Thêm tài nguyên số (activity.manage on the institution). */
export async function createResource(
  actor: Actor,
  institutionId: number,
  input: DigitalResourceInput,
  deps: ServiceDeps,
): Promise<DigitalResource> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const place = await institutionFor(tx, actor, institutionId, 'activity.manage', now);
    const id = await insertResource(tx, institutionId, valuesOf(input, place), now);
    const created = (await findResource(tx, id))!;
    await recordAudit(tx, actor, {
      action: 'resource.create',
      entity: 'digital_resource',
      entityId: id,
      unitId: institutionId,
      after: created,
    });
    await bumpActivitiesVersion(tx);
    return created;
  });
}

/** Sửa tài nguyên số: the fields given change, the rest stay. */
export async function updateResource(
  actor: Actor,
  institutionId: number,
  id: number,
  patch: DigitalResourceUpdate,
  deps: ServiceDeps,
): Promise<DigitalResource> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const place = await institutionFor(tx, actor, institutionId, 'activity.manage', now);
    const before = await resourceOf(tx, institutionId, id);
    const next: DigitalResourceInput = {
      kind: patch.kind ?? before.kind,
      title: patch.title ?? before.title,
      url: patch.url ?? before.url,
      description: patch.description !== undefined ? patch.description : before.description,
      audiences: patch.audiences ?? before.audiences,
    };
    await updateResourceRow(tx, id, valuesOf(next, place), now);
    const after = (await findResource(tx, id))!;
    await recordAudit(tx, actor, {
      action: 'resource.update',
      entity: 'digital_resource',
      entityId: id,
      unitId: institutionId,
      before,
      after,
    });
    await bumpActivitiesVersion(tx);
    return after;
  });
}

/** Xóa tài nguyên số. */
export async function deleteResource(
  actor: Actor,
  institutionId: number,
  id: number,
  deps: ServiceDeps,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await institutionFor(tx, actor, institutionId, 'activity.manage', now);
    const before = await resourceOf(tx, institutionId, id);
    await deleteResourceRow(tx, id);
    await recordAudit(tx, actor, {
      action: 'resource.delete',
      entity: 'digital_resource',
      entityId: id,
      unitId: institutionId,
      before,
    });
    await bumpActivitiesVersion(tx);
  });
}
