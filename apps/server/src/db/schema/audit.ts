import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Nhật ký: who did what to which record, with the record before and after. Every write adds one. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The unit the record belongs to, so the audit view filters by unit subtree. */
    unitId: integer('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_entries_at_idx').on(t.at),
    index('audit_entries_unit_idx').on(t.unitId, t.at),
    index('audit_entries_user_idx').on(t.userId, t.at),
    index('audit_entries_entity_idx').on(t.entity, t.entityId),
  ],
);
