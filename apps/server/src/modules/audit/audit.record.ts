import type { DbOrTx } from '../../db/client';
import { auditEntries } from '../../db/schema';
import { markPopulationStaleFor } from '../analytics/population-freshness';
import type { Actor } from '../auth/actor';

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
  /** Without an actor (a failed login, a start-up step): who it concerns, e.g. the username tried. */
  username?: string;
  /** Without an actor: where the request came from. */
  ip?: string;
}

/** Every write calls this inside its own transaction, so a rolled-back change leaves no audit entry. */
export async function recordAudit(tx: DbOrTx, actor: Actor | null, input: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    userId: actor?.userId ?? null,
    username: actor?.username ?? input.username ?? 'system',
    action: input.action,
    entity: input.entity,
    entityId: input.entityId == null ? null : String(input.entityId),
    unitId: input.unitId ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    ip: actor?.ip ?? input.ip ?? null,
  });
  // Who is expected to report changed: the analytics recount it on their next read.
  await markPopulationStaleFor(tx, input.entity);
}
