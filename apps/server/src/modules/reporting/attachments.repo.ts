import type { ReportAttachment } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** A report's evidence files. SQL only. */

export async function listAttachments(db: DbOrTx, reportId: number): Promise<ReportAttachment[]> {
  const rows = await db.execute<ReportAttachment>(sql`
    select id, name, mime, size, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
    from report_attachments where report_id = ${reportId} order by id`);
  return rows.rows;
}

export async function insertAttachment(
  db: DbOrTx,
  a: { reportId: number; name: string; mime: string; bytes: Buffer; sha256: string; createdBy: string },
) {
  const rows = await db.execute<{ id: number }>(sql`
    insert into report_attachments (report_id, name, mime, size, sha256, content, created_by)
    values (${a.reportId}, ${a.name}, ${a.mime}, ${a.bytes.length}, ${a.sha256}, ${a.bytes}, ${a.createdBy}::uuid)
    returning id`);
  return rows.rows[0]!.id;
}

export async function findAttachment(db: DbOrTx, id: number) {
  const rows = await db.execute<{
    id: number;
    reportId: number;
    name: string;
    mime: string;
    content: Buffer;
  }>(sql`
    select id, report_id as "reportId", name, mime, content from report_attachments where id = ${id}`);
  return rows.rows[0];
}

export async function deleteAttachmentRow(db: DbOrTx, id: number) {
  await db.execute(sql`delete from report_attachments where id = ${id}`);
}
