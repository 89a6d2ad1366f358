import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { bytea } from './columns';
import { plans } from './plans';
import { units } from './units';

/** Mẫu văn bản: a unit's boilerplate for its official reports (issuing body, number, recipients, signer). */
export const documentTemplates = pgTable('document_templates', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  parentBody: text('parent_body').notNull().default(''),
  issuingBody: text('issuing_body').notNull().default(''),
  symbolPattern: text('symbol_pattern').notNull().default(''),
  place: text('place').notNull().default(''),
  recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
  copyTo: jsonb('copy_to').$type<string[]>().notNull().default([]),
  signerAuthority: text('signer_authority').notNull().default(''),
  signerTitle: text('signer_title').notNull().default(''),
  signerName: text('signer_name').notNull().default(''),
  opening: text('opening').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * Báo cáo đã ban hành: a generated report frozen when published. The model (every sentence and number) and the
 * files are kept as they were, with the SHA-256 of the model, so the same bytes come back after the data moved.
 */
export const publishedReports = pgTable(
  'published_reports',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    lang: text('lang').notNull().default('vi'),
    title: text('title').notNull(),
    model: jsonb('model').$type<unknown>().notNull(),
    contentHash: text('content_hash').notNull(),
    docx: bytea('docx').notNull(),
    xlsx: bytea('xlsx').notNull(),
    /** The unit's province (shard key, like every fact row). */
    provinceId: integer('province_id').references(() => units.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [
    index('published_reports_unit_idx').on(t.unitId, t.year),
    check('published_reports_kind_ck', sql`${t.kind} in ('annual','midterm','final')`),
  ],
);
