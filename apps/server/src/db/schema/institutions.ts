import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { units } from './units';

/** Cơ quan: a department, People's Committee, mass organisation or ministry; a unit of kind `agency`. */
export const agencies = pgTable(
  'agencies',
  {
    unitId: integer('unit_id')
      .primaryKey()
      .references(() => units.id),
    agencyType: text('agency_type').notNull(),
    /** Sector code, e.g. culture, education, science, home-affairs: lets plans name "the education sector". */
    sector: text('sector'),
  },
  (t) => [
    check(
      'agencies_type_ck',
      sql`${t.agencyType} in ('ministry','people_committee','department','mass_organisation','press','armed_forces','other')`,
    ),
  ],
);

/** Thiết chế: a library, museum, cultural centre… ; a unit of kind `institution`. */
export const institutions = pgTable(
  'institutions',
  {
    unitId: integer('unit_id')
      .primaryKey()
      .references(() => units.id),
    category: text('category').notNull(),
    managingAgencyId: integer('managing_agency_id').references(() => units.id),
    /** Denormalised current province: dashboards filter by it (a path join took 8 s in PGlite). */
    provinceId: integer('province_id').references(() => units.id),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    openingHours: text('opening_hours'),
    services: jsonb('services').$type<string[]>().notNull().default([]),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * The name's Vietnamese collation key (modules/institutions/sort-key.ts), compared with COLLATE "C".
     * PGlite has no Vietnamese ICU collation (its "vi" falls back to the root order: "ân" before "az"), so the
     * order Intl.Collator('vi') gives is precomputed here; lists then sort and page in SQL on both engines.
     */
    nameSortKey: text('name_sort_key').notNull().default(''),
  },
  (t) => [
    index('institutions_category_idx').on(t.category),
    index('institutions_province_idx').on(t.provinceId),
    index('institutions_name_sort_idx').on(sql`${t.nameSortKey} collate "C"`),
  ],
);
