import type { DocumentTemplateInput } from '@suotdoi/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { documentTemplates } from '../../db/schema';

/** Mẫu văn bản rows: SQL only. */

export type TemplateRow = typeof documentTemplates.$inferSelect;

export async function findTemplateRow(db: DbOrTx, unitId: number): Promise<TemplateRow | undefined> {
  return (await db.select().from(documentTemplates).where(eq(documentTemplates.unitId, unitId)))[0];
}

export async function upsertTemplateRow(
  tx: DbOrTx,
  unitId: number,
  input: DocumentTemplateInput,
  userId: string,
  at: Date,
): Promise<TemplateRow> {
  const values = { ...input, updatedAt: at, updatedBy: userId };
  const [row] = await tx
    .insert(documentTemplates)
    .values({ unitId, ...values })
    .onConflictDoUpdate({ target: documentTemplates.unitId, set: values })
    .returning();
  return row!;
}
