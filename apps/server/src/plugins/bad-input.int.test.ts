import { describe, expect, it } from 'vitest';
import { useAdminApp } from '../modules/units/units-test-support';

/** What every route shares: how malformed input is refused, in which language, and the OpenAPI document. */
describe('bad input on any route', () => {
  const { t, admin } = useAdminApp();

  const post = (payload: string, headers: Record<string, string> = {}) =>
    admin.request({
      method: 'POST',
      url: '/api/institutions',
      payload,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('answers malformed JSON with 400 and a Vietnamese message by default', async () => {
    const res = await post('{"code": "TV-01", ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu gửi lên không hợp lệ.',
    });
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await post('{', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().error.message).toBe('The data sent is not valid.');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(1_100_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('names each wrong field: unknown fields and wrong types', async () => {
    const res = await post(
      JSON.stringify({ code: 'TV-01', name: 42, category: 'library_commune', parentId: 1, colour: 'red' }),
    );
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.details as { field: string }[]).map((d) => d.field);
    expect(fields).toContain('body.name');
    expect(fields.some((f) => f === 'body' || f.includes('colour'))).toBe(true);
  });

  it('gives unknown API paths a 404 error body, not the web app', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('serves the OpenAPI document with every module’s routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/health',
      '/api/units',
      '/api/institutions',
      '/api/users',
      '/api/audit',
      '/api/auth/login',
    ]) {
      expect(paths).toContain(p);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
