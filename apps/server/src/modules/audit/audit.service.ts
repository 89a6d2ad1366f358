import type { AuditEntry, AuditExportQuery, AuditPage, AuditQuery, Lang } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type AuditFilter, type AuditRow, countAuditEntries, findAuditEntries } from './audit.repo';
import { buildAuditWorkbook } from './audit-xlsx';

/** An export holds at most this many entries (newest first); beyond it the sheet says it was cut. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Midnight of an ISO date in Vietnam (UTC+7 all year: no daylight saving), as an instant. */
function vnMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reader sees entries filed under units in their 'audit.read' subtrees (a system admin sees all, including
 * entries with no unit). A unit filter outside the reader's reach answers NOT_FOUND, like the unit itself.
 * from/to are whole days in Vietnam, both included.
 */
async function filterFor(db: DbOrTx, actor: Actor, query: AuditExportQuery): Promise<AuditFilter> {
  if (query.unitId !== undefined) await assertUnitAccess(db, actor, 'audit.read', query.unitId);
  return {
    scope: scopedUnitIds(actor, 'audit.read'),
    subtree: query.unitId !== undefined ? subtreeUnitIds(query.unitId) : undefined,
    username: query.username?.trim() || undefined,
    entity: query.entity?.trim() || undefined,
    from: query.from ? vnMidnight(query.from) : undefined,
    to: query.to ? vnMidnight(nextDay(query.to)) : undefined,
  };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    userId: row.userId,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    unitId: row.unitId,
    unitName: row.unitName,
    before: row.before,
    after: row.after,
    ip: row.ip,
  };
}

/** Nhật ký: one page of the audit trail the actor may read, newest first. */
export async function listAudit(actor: Actor, query: AuditQuery, deps: ServiceDeps): Promise<AuditPage> {
  const filter = await filterFor(deps.db, actor, query);
  const [rows, total] = await Promise.all([
    findAuditEntries(deps.db, filter, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    countAuditEntries(deps.db, filter),
  ]);
  return { items: rows.map(toEntry), total };
}

/** The same entries as listAudit, all pages, as an .xlsx workbook with column titles in `input.lang`. */
export async function exportAudit(
  actor: Actor,
  input: AuditExportQuery & { lang: Lang },
  deps: ServiceDeps,
): Promise<Buffer> {
  const filter = await filterFor(deps.db, actor, input);
  const rows = await findAuditEntries(deps.db, filter, { offset: 0, limit: AUDIT_EXPORT_LIMIT + 1 });
  const truncated = rows.length > AUDIT_EXPORT_LIMIT;
  return buildAuditWorkbook(rows.slice(0, AUDIT_EXPORT_LIMIT).map(toEntry), input.lang, { truncated });
}
