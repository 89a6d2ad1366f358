import type { ReportDetail } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { multipart, PDF } from '../plans/plans-test-support';
import { openReport, step, useReportingWorld } from './reporting-test-support';

const t = useTestApp({ clock: () => new Date('2026-11-05T03:00:00Z') });
const w = useReportingWorld(t);

function upload(client: typeof w.staff, reportId: number, files: { name: string; bytes: Buffer }[]) {
  const body = multipart({}, files);
  return client.request({
    method: 'POST',
    url: `/api/reports/${reportId}/attachments`,
    headers: body.headers,
    payload: body.payload,
  });
}

describe('report attachments', () => {
  it('keeps a PDF with the report and gives back the same bytes', async () => {
    const report = await openReport(w.staff, w.library);
    const res = await upload(w.staff, report.id, [{ name: 'Biên bản.pdf', bytes: PDF }]);
    expect(res.statusCode).toBe(200);
    const detail: ReportDetail = res.json();
    expect(detail.attachments).toEqual([
      expect.objectContaining({ name: 'Biên bản.pdf', mime: 'application/pdf' }),
    ]);
    const file = await w.commune.request({
      method: 'GET',
      url: `/api/report-attachments/${detail.attachments[0]!.id}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(
      (
        await w.outsider.request({
          method: 'GET',
          url: `/api/report-attachments/${detail.attachments[0]!.id}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a renamed executable and a type the form does not allow, storing nothing', async () => {
    const report = await openReport(w.staff, w.library);
    const before = report.attachments.length;
    const res = await upload(w.staff, report.id, [
      { name: 'virus.pdf', bytes: Buffer.from('MZ\x90\x00') },
      { name: 'notes.txt', bytes: Buffer.from('hello') },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'files.0', reason: 'file_content_mismatch' }),
      expect.objectContaining({ field: 'files.1', reason: 'file_type_not_allowed' }),
    ]);
    const after = (await w.staff.request({ method: 'GET', url: `/api/reports/${report.id}` })).json();
    expect(after.attachments).toHaveLength(before);
  });

  it('removes a file only while the report can be edited', async () => {
    let report = await openReport(w.museumStaff, w.museum);
    report = (
      await upload(w.museumStaff, report.id, [
        { name: 'a.pdf', bytes: PDF },
        { name: 'b.pdf', bytes: PDF },
      ])
    ).json();
    const [first, second] = report.attachments;
    const removed = await w.museumStaff.request({
      method: 'DELETE',
      url: `/api/report-attachments/${first!.id}`,
    });
    expect(removed.statusCode).toBe(204);
    await w.museumStaff.request({
      method: 'PUT',
      url: `/api/reports/${report.id}/values`,
      payload: {
        version: report.version + 2,
        values: [{ element: 'MUSEUM_EDU_PROGRAMME', value: 1, base: { value: null, comment: null } }],
      },
    });
    report = (await w.museumStaff.request({ method: 'GET', url: `/api/reports/${report.id}` })).json();
    expect((await step(w.museumStaff, report, 'submit')).statusCode).toBe(200);
    const late = await w.museumStaff.request({
      method: 'DELETE',
      url: `/api/report-attachments/${second!.id}`,
    });
    expect(late.json().error.code).toBe('REPORT_LOCKED');
  });
});
