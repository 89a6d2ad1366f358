import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z
  .object({
    /** Entries for this unit and its subtree. */
    unitId: IdSchema.optional(),
    username: z.string().max(100).optional(),
    entity: z.string().max(60).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** The export takes the same filters as the list, without paging. */
export const AuditExportQuerySchema = AuditQuerySchema.omit({ page: true, pageSize: true });
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const AuditPageSchema = pageOf(AuditEntrySchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;
