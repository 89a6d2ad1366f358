import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { bytea } from './columns';
import { units } from './units';

/**
 * Ảnh (issue 8): images of articles and good models, kept in the database so a backup holds them. Served publicly
 * at /media/{id}: the id is random, and the pages they are made for are public.
 */
export const images = pgTable(
  'images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('images_unit_idx').on(t.unitId)],
);

/** Mô hình hay: what a unit did that worked; `province_id` is its province when written (filters). */
export const goodModels = pgTable(
  'good_models',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    provinceId: integer('province_id').references(() => units.id),
    title: text('title').notNull(),
    topic: text('topic').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    /** The results shown, frozen from the unit's figures when saved (schemas/good-models.ts GoodModelFigure). */
    figures: jsonb('figures').$type<unknown[]>().notNull().default([]),
    photoIds: jsonb('photo_ids').$type<string[]>().notNull().default([]),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Folded title, summary, description and unit name: "thu vien" finds "Thư viện". */
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('good_models_unit_idx').on(t.unitId),
    index('good_models_status_idx').on(t.status, t.topic),
    check('good_models_status_ck', sql`${t.status} in ('draft','published')`),
  ],
);

/** Nhân rộng: a unit says it adopted a model (once per unit). */
export const goodModelAdoptions = pgTable(
  'good_model_adoptions',
  {
    id: serial('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => goodModels.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    adoptedOn: date('adopted_on').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('good_model_adoptions_unit_uq').on(t.modelId, t.unitId)],
);

/** Tin bài: an article of the portal; the body is sanitised HTML (never stored unsanitised). */
export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    provinceId: integer('province_id').references(() => units.id),
    title: text('title').notNull(),
    summary: text('summary'),
    body: text('body').notNull(),
    author: text('author').notNull(),
    coverImageId: uuid('cover_image_id').references(() => images.id),
    topic: text('topic'),
    observanceCode: text('observance_code'),
    featured: boolean('featured').notNull().default(false),
    publishFrom: timestamp('publish_from', { withTimezone: true }),
    publishUntil: timestamp('publish_until', { withTimezone: true }),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    /** Folded title, summary and text of the body: "sach" finds "sách". */
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('articles_unit_idx').on(t.unitId),
    index('articles_public_idx').on(t.status, t.publishedAt),
    // The portal's order, featured first then the latest published (public-articles.repo.ts): read backwards
    // from the end of status = 'published', a page is the index's first rows, with no sort of every match.
    index('articles_public_order_idx').on(t.status, t.featured, t.publishedAt, t.id),
    index('articles_observance_idx').on(t.observanceCode, t.provinceId),
    check('articles_status_ck', sql`${t.status} in ('draft','in_review','published')`),
    check(
      'articles_window_ck',
      sql`${t.publishUntil} is null or ${t.publishFrom} is null or ${t.publishUntil} > ${t.publishFrom}`,
    ),
  ],
);
