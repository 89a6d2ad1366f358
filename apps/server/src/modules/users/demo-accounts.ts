import { todayInVietnam } from '@suotdoi/shared';
import { eq } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { meta } from '../../db/schema';
import { recordAudit } from '../audit/audit.record';
import type { Role, RoleAssignment } from '../auth/actor';
import { findChildAgency, findCurrentUnit, findFirstChild, type UnitRef } from '../auth/auth.repo';
import { hashPassword, randomPassword } from '../auth/passwords';
import { COUNTRY } from '../auth/setup';
import { auditSnapshot } from './user-view';
import { insertUserIfAbsent, replaceRoles } from './users.repo';

export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  unit: string;
}

/** Marks in `meta` that the demo accounts were made, so a restart never makes them (or new passwords) again. */
export const DEMO_ACCOUNTS_KEY = 'demo_accounts';

/** Today's Ninh Bình (merged with Hà Nam and Nam Định on 1/7/2025): the demo province, where the plans' data is. */
const DEMO_PROVINCE_CODE = '37';

interface DemoSpec {
  username: string;
  displayName: string;
  role: Role;
  unit: UnitRef | undefined;
}

/** The demo cast, each on the unit their role needs; units are found by kind and code, as loaded today. */
async function demoSpecs(db: DbOrTx, day: string): Promise<DemoSpec[]> {
  const country = await findCurrentUnit(db, COUNTRY.kind, COUNTRY.code, day);
  const province = await findCurrentUnit(db, 'province', DEMO_PROVINCE_CODE, day);
  const commune = province && (await findFirstChild(db, province.id, 'commune', day));
  const institution = commune && (await findFirstChild(db, commune.id, 'institution', day));
  // The agency officer stands for the other sectors with tasks in the plans; Education has the most of them.
  const agency =
    province &&
    ((await findChildAgency(db, province.id, 'education', day)) ??
      (await findFirstChild(db, province.id, 'agency', day)));
  return [
    { username: 'demo.admin', displayName: 'Quản trị (demo)', role: 'system_admin', unit: country },
    {
      username: 'demo.province',
      displayName: 'Cán bộ Sở VHTTDL (demo)',
      role: 'province_officer',
      unit: province,
    },
    {
      username: 'demo.commune',
      displayName: 'Cán bộ văn hóa xã (demo)',
      role: 'commune_officer',
      unit: commune,
    },
    {
      username: 'demo.staff',
      displayName: 'Nhân viên thiết chế (demo)',
      role: 'institution_staff',
      unit: institution ?? commune,
    },
    // An agency of the province when the reference data has one, else the province itself.
    {
      username: 'demo.agency',
      displayName: 'Cán bộ ngành (demo)',
      role: 'agency_officer',
      unit: agency ?? province,
    },
    { username: 'demo.viewer', displayName: 'Người xem (demo)', role: 'viewer', unit: province },
  ];
}

/**
 * Demo mode only: creates the demo accounts once, each with a random password returned here to be printed once
 * (never a fixed one: a demo reachable on a network would otherwise be open to anyone who read the docs).
 * Accounts whose unit is not loaded are skipped; without the country nothing is made and the next start tries
 * again. Accounts are flagged is_demo.
 */
export async function createDemoAccounts(
  database: Database,
  clock: () => Date = () => new Date(),
): Promise<DemoLogin[]> {
  const { db } = database;
  const [done] = await db.select().from(meta).where(eq(meta.key, DEMO_ACCOUNTS_KEY));
  if (done) return [];
  const now = clock();
  const specs = (await demoSpecs(db, todayInVietnam(now))).filter(
    (s): s is DemoSpec & { unit: UnitRef } => s.unit !== undefined,
  );
  if (!specs.some((s) => s.role === 'system_admin')) return [];
  const prepared = await Promise.all(
    specs.map(async (s) => {
      const password = randomPassword();
      return { ...s, password, passwordHash: await hashPassword(password) };
    }),
  );
  return db.transaction(async (tx) => {
    const logins: DemoLogin[] = [];
    for (const s of prepared) {
      const row = await insertUserIfAbsent(tx, {
        username: s.username,
        displayName: s.displayName,
        passwordHash: s.passwordHash,
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      });
      if (!row) continue; // made by hand earlier: left as it is
      const roles: RoleAssignment[] = [{ role: s.role, unitId: s.unit.id }];
      await replaceRoles(tx, row.id, roles);
      await recordAudit(tx, null, {
        action: 'create',
        entity: 'user',
        entityId: row.id,
        unitId: s.unit.id,
        after: { ...auditSnapshot(row, roles), source: 'demo' },
      });
      logins.push({ username: s.username, password: s.password, role: s.role, unit: s.unit.name });
    }
    await tx
      .insert(meta)
      .values({
        key: DEMO_ACCOUNTS_KEY,
        value: { createdAt: now.toISOString(), usernames: logins.map((l) => l.username) },
      })
      .onConflictDoNothing();
    return logins;
  });
}
