import { loadBuiltInPlans } from '../modules/plans/load-plans';
import { loadBuiltInForms } from '../modules/reporting/load-forms';
import { loadReferenceUnits } from '../modules/units/reference/load-reference';
import type { Database } from './client';
import { migrateDatabase } from './migrate';

export type Log = (line: string) => void;

/**
 * Brings any database to a ready state: schema migrated, reference data (the country's units, agencies)
 * loaded, then the built-in plans, indicators and national days, report forms and holidays of data/ (reference data too, in every mode). Idempotent: a loaded database is left as it is. Demo data and accounts are separate (bootstrap.ts).
 */
export async function prepareDatabase(database: Database, log: Log = () => {}): Promise<void> {
  await migrateDatabase(database);
  log('schema migrated');
  await loadReferenceUnits(database, log);
  await loadBuiltInPlans(database, log);
  await loadBuiltInForms(database, log);
}
