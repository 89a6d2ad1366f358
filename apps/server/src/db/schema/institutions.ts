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
  },
  (t) => [
    index('institutions_category_idx').on(t.category),
    index('institutions_province_idx').on(t.provinceId),
  ],
);
