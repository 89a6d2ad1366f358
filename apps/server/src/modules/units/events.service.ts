import type { EventListQuery, RestructuringEvent, RestructuringEventDetail } from '@suotdoi/shared';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type EventRow, findEventEdges, findEvents } from './lineage.repo';
import { notFound } from './unit-checks';

const view = ({ createdAt: _created, ...event }: EventRow): RestructuringEvent => event;

/**
 * Sự kiện sắp xếp: restructuring events by date (newest first), kind or a unit they touched, limited to events
 * that touched a unit the actor may read.
 */
export async function listEvents(
  actor: Actor,
  query: EventListQuery,
  deps: ServiceDeps,
): Promise<RestructuringEvent[]> {
  if (query.unitId !== undefined) await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const rows = await findEvents(deps.db, { ...query, scope: scopedUnitIds(actor, 'unit.read') });
  return rows.map(view);
}

/** One event with its lineage edges; only the edges touching the actor's units, NOT_FOUND if none does. */
export async function getEvent(
  actor: Actor,
  id: number,
  deps: ServiceDeps,
): Promise<RestructuringEventDetail> {
  const scope = scopedUnitIds(actor, 'unit.read');
  const [event] = await findEvents(deps.db, { ids: [id], scope, limit: 1 });
  if (!event) notFound('restructuring event', id);
  return { ...event, edges: await findEventEdges(deps.db, id, scope) };
}
