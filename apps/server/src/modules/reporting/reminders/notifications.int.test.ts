import type { NotificationList, ReportDetail } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { getJson } from '../../units/units-test-support';
import { openReport, saveValues, step, useReportingWorld } from '../reporting-test-support';

const t = useTestApp({ clock: () => new Date('2026-11-05T03:00:00Z') });
const w = useReportingWorld(t);

const MUSEUM_VALUES = { MUSEUM_EDU_PROGRAMME: 1, MUSEUM_VISITS_TOTAL: 900, MUSEUM_LEARNING_VISITS: 300 };

describe('workflow notifications', () => {
  it('tells the approvers of a submission and the unit’s people of a return and an approval', async () => {
    let museum = await openReport(w.museumStaff, w.museum);
    museum = (await saveValues(w.museumStaff, museum, MUSEUM_VALUES)).json();
    museum = (await step(w.museumStaff, museum, 'submit')).json();
    let toCommune = await getJson<NotificationList>(w.commune, '/api/notifications');
    expect(toCommune.items.map((n) => n.kind)).toEqual(['submitted']);
    expect(toCommune.items[0]!.params).toMatchObject({
      reportId: museum.id,
      unitId: w.museum,
      unitName: 'Bảo tàng A1',
      period: '2026',
      deadline: '2026-11-11',
    });

    museum = (await step(w.commune, museum, 'return', { reason: 'Thiếu số lượt khách' })).json();
    museum = (await saveValues(w.museumStaff, museum, { MUSEUM_VISITS_TOTAL: 950 })).json();
    museum = (await step(w.museumStaff, museum, 'submit')).json();
    const approved: ReportDetail = (await step(w.commune, museum, 'approve')).json();
    expect(approved.status).toBe('approved');

    const toStaff = await getJson<NotificationList>(w.museumStaff, '/api/notifications');
    expect(toStaff.items.map((n) => n.kind).sort()).toEqual(['approved', 'returned']);
    expect(toStaff.items.find((n) => n.kind === 'returned')!.params.reason).toBe('Thiếu số lượt khách');
    toCommune = await getJson<NotificationList>(w.commune, '/api/notifications');
    // Two submissions, two notifications; the approver is not told of their own steps.
    expect(toCommune.items.map((n) => n.kind)).toEqual(['submitted', 'submitted']);
    expect(toCommune.unread).toBe(2);
  });
});

describe('the notifications routes', () => {
  it('mark one of my notifications read, and refuse another person’s', async () => {
    const list = await getJson<NotificationList>(w.commune, '/api/notifications');
    const first = list.items[0]!;
    const other = await w.museumStaff.request({ method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(other.statusCode).toBe(404);
    const res = await w.commune.request({ method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(res.statusCode).toBe(204);
    const after = await getJson<NotificationList>(w.commune, '/api/notifications');
    expect(after.unread).toBe(list.unread - 1);
    expect(after.items.find((n) => n.id === first.id)!.readAt).not.toBeNull();
    const unreadOnly = await getJson<NotificationList>(w.commune, '/api/notifications?unreadOnly=1');
    expect(unreadOnly.items.map((n) => n.id)).not.toContain(first.id);
  });

  it('mark all read, only with the CSRF token', async () => {
    const forged = await w.commune.request({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const res = await w.commune.request({ method: 'POST', url: '/api/notifications/read-all' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 1 });
    expect((await getJson<NotificationList>(w.commune, '/api/notifications')).unread).toBe(0);
    // The museum's staff still has theirs unread.
    expect((await getJson<NotificationList>(w.museumStaff, '/api/notifications')).unread).toBe(2);
  });

  it('answer 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});
