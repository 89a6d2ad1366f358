import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';

describe('GET /api/health', () => {
  const t = useTestApp();

  it('says ok and names the engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('answers while a multi-second query holds the database', async () => {
    // The heavy query runs in the database (PGlite's worker thread, or PostgreSQL); health must not wait for it.
    let heavyDone = false;
    const heavy = t.database.pool
      .query('select count(*) from generate_series(1, 8000000) a, lateral (select md5(a::text)) b')
      .then(() => {
        heavyDone = true;
      });
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const elapsed = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(heavyDone).toBe(false);
    await heavy;
    expect(heavyDone).toBe(true);
    console.log(`health answered in ${elapsed.toFixed(1)} ms while the heavy query ran`);
  });
});
