import type { ActivityInput, PublicActivity } from '@suotdoi/shared';
import { expect } from 'vitest';
import type { DbOrTx } from '../../db/client';
import { activities, activitySessions } from '../../db/schema';
import { bumpActivitiesVersion } from '../activities/activities-version';
import { searchTextOf } from '../activities/activity-rules';

/** Helpers shared by the portal's tests (not a test file itself). */

/**
 * What every portal page must hold to be usable without sight, mouse or script: a language, one main, a label
 * for every control, unique ids, and no script or inline style (the CSP would block them anyway).
 */
export function expectAccessiblePage(page: string) {
  expect(page).toMatch(/^<!doctype html>\n<html lang="(vi|en)">/);
  expect(page.match(/<main\b/g)?.length).toBe(1);
  expect(page).toMatch(/<title>[^<]+<\/title>/);
  expect(page).toContain('<meta name="viewport"');
  expect(page).toContain('class="skip" href="#main"');
  expect(page).not.toMatch(/<script\b/i);
  expect(page).not.toMatch(/\sstyle=/i);
  expect(page).not.toMatch(/\son[a-z]+=/i);
  const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  const labelled = new Set([...page.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  for (const control of page.matchAll(/<(input|select|textarea)\b[^>]*>/g)) {
    const tag = control[0];
    if (/type="(hidden|submit)"/.test(tag)) continue;
    const id = /\sid="([^"]+)"/.exec(tag)?.[1];
    expect(id, `a control without an id: ${tag}`).toBeDefined();
    expect(labelled.has(id!), `no label for #${id}`).toBe(true);
  }
  for (const img of page.matchAll(/<img\b[^>]*>/g)) expect(img[0]).toMatch(/\salt="/);
}

/** A published activity as the public service answers it, with `over` on top. */
export function publicActivity(over: Partial<PublicActivity> = {}): PublicActivity {
  return {
    id: 7,
    type: 'reading_session',
    title: 'Ngày hội đọc sách',
    description: 'Đọc to và kể chuyện.',
    audiences: ['children', 'everyone'],
    observance: { code: 'reading_culture_day', name: 'Ngày Sách và Văn hóa đọc Việt Nam' },
    startsAt: '2027-04-21T01:00:00Z',
    endsAt: '2027-04-21T03:00:00Z',
    sessions: [{ id: 1, startsAt: '2027-04-21T01:00:00Z', endsAt: '2027-04-21T03:00:00Z' }],
    place: 'Sân thư viện',
    onlineUrl: null,
    institution: {
      id: 3,
      name: 'Thư viện xã An Bình',
      address: 'Thôn 2',
      communeName: 'Xã An Bình',
      provinceName: 'Tỉnh Ninh Bình',
    },
    capacity: 30,
    cancelReason: null,
    placesLeft: 12,
    registration: 'open',
    status: 'published',
    ...over,
  };
}

/**
 * A one-session activity written by SQL with what the portal filters on (province, commune, folded text), so
 * that the portal's tests do not depend on how staff create activities.
 */
export async function insertPublicActivity(
  db: DbOrTx,
  a: Pick<ActivityInput, 'title' | 'startsAt' | 'endsAt'> &
    Partial<Omit<ActivityInput, 'institutionId' | 'status' | 'recurrence'>> & {
      institution: { id: number; name: string; provinceId: number; communeId: number };
      status?: 'published' | 'cancelled' | 'completed' | 'draft';
      cancelReason?: string;
    },
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activities)
      .values({
        institutionId: a.institution.id,
        provinceId: a.institution.provinceId,
        communeId: a.institution.communeId,
        type: a.type ?? 'reading_session',
        title: a.title,
        description: a.description ?? null,
        audiences: a.audiences ?? ['everyone'],
        observanceCode: a.observanceCode ?? null,
        startsAt: new Date(a.startsAt),
        endsAt: new Date(a.endsAt),
        place: a.place ?? null,
        onlineUrl: a.onlineUrl ?? null,
        capacity: a.capacity ?? null,
        requiresRegistration: a.requiresRegistration ?? true,
        status: a.status ?? 'published',
        cancelReason: a.cancelReason ?? null,
        searchText: searchTextOf({
          title: a.title,
          description: a.description ?? null,
          place: a.place ?? null,
          institutionName: a.institution.name,
        }),
      })
      .returning({ id: activities.id });
    await tx
      .insert(activitySessions)
      .values({ activityId: row!.id, startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt) });
    await bumpActivitiesVersion(tx);
    return row!.id;
  });
}
