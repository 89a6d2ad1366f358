import { todayInVietnam } from '@suotdoi/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { meta } from '../../../db/schema';
import { recordAudit } from '../../audit/audit.record';
import { storedRow } from '../institution-rules';
import { findInstitutionCodes, insertInstitutions, lockInstitutionCodes } from '../institutions.repo';
import { findDemoProvinces } from './demo.repo';
import { planDemoProvince, readDemoTemplates } from './plan-demo';

/** The meta row that says the demo institutions were loaded; present means "never again". */
export const DEMO_META_KEY = 'demo.institutions';

/**
 * Loads the demo institutions of data/demo/institutions.json once (demo mode only; bootstrap.ts): plausible
 * libraries, museums and cultural centres of the five seed plans' provinces in today's structure, all marked
 * is_demo and source 'demo'. Returns how many were loaded: 0 when they already were, and also 0 (without
 * marking anything) when the reference data has none of the provinces yet, so a later start loads them.
 */
export async function loadDemoInstitutions(
  database: Database,
  log: (line: string) => void,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const templates = readDemoTemplates();
  const day = todayInVietnam(clock());
  return database.db.transaction(async (tx) => {
    // The code lock also keeps two processes starting on one database from loading twice.
    await lockInstitutionCodes(tx);
    const [done] = await tx.select().from(meta).where(eq(meta.key, DEMO_META_KEY));
    if (done) return 0;
    const provinces = await findDemoProvinces(tx, templates.provinces, day);
    if (provinces.length === 0) {
      log('demo: none of the demo provinces is in the units yet; demo institutions not loaded');
      return 0;
    }
    const planned = provinces.flatMap((p) =>
      planDemoProvince(templates, p).map((row) => ({ row, provinceId: p.id })),
    );
    // A code someone already uses (a real institution created before demo data) is left alone.
    const taken = new Set(
      (
        await findInstitutionCodes(
          tx,
          planned.map((p) => p.row.code),
        )
      ).map((h) => h.code),
    );
    const rows = planned.filter((p) => !taken.has(p.row.code));
    await insertInstitutions(
      tx,
      rows.map(({ row, provinceId }) => ({
        ...storedRow(row, provinceId),
        parentId: row.parentId,
        isDemo: true,
      })),
      { source: 'demo', now: clock() },
    );
    const summary = {
      count: rows.length,
      provinces: provinces.map((p) => p.name),
      withoutCultureDepartment: provinces.filter((p) => !p.agencyBySector.has('culture')).map((p) => p.name),
    };
    await tx.insert(meta).values({ key: DEMO_META_KEY, value: { ...summary, loadedOn: day } });
    await recordAudit(tx, null, { action: 'load_demo', entity: 'institution', after: summary });
    if (summary.withoutCultureDepartment.length > 0) {
      log(`demo: no Department of Culture found for ${summary.withoutCultureDepartment.join(', ')}`);
    }
    return rows.length;
  });
}
