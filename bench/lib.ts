import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../apps/server/src/db/client';
/** Small measuring tools for the benchmarks: percentiles and a bounded, concurrent HTTP load loop. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  rps: number;
}

/** `total` GETs of `url` from `concurrency` loops on loopback; the count bounds it, nothing runs forever. */
export async function load(
  url: string,
  total: number,
  concurrency: number,
  headers: Record<string, string> = {},
) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: total,
    seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: total / seconds,
  };
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;

/** A small deterministic generator (mulberry32), so both engines get the same rows. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Several URLs loaded at once, `users` split among them, about `total` requests in all. */
export interface MixResult {
  /** Over the whole mix. */
  rps: number;
  /** The worst of the parts. */
  p95: number;
  seconds: number;
  requests: number;
  parts: Record<string, LoadResult>;
}

export async function loadMix(
  urls: Record<string, string>,
  users: number,
  total: number,
): Promise<MixResult> {
  const names = Object.keys(urls);
  const t0 = performance.now();
  const parts = Object.fromEntries(
    await Promise.all(
      names.map(async (name, i) => {
        const share = Math.floor(users / names.length) + (i < users % names.length ? 1 : 0);
        return [name, await load(urls[name]!, Math.round((total * share) / users), share)] as const;
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const requests = Object.values(parts).reduce((sum, p) => sum + p.requests, 0);
  return {
    rps: requests / seconds,
    p95: Math.max(...Object.values(parts).map((p) => p.p95)),
    seconds,
    requests,
    parts,
  };
}

/** The PostgreSQL the benches create their scratch databases on. */
export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Runs `fn` on a fresh PostgreSQL database, dropped afterwards; null when no PostgreSQL answers here (the
 * PGlite figures then stand alone).
 */
export async function withScratchPostgres<T>(fn: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `suotdoi_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  try {
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    return await fn(u.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** What one engine's bench gets: its name, a fresh database, and the environment its server process needs. */
export type EngineRun<T> = (
  engine: 'PostgreSQL' | 'PGlite',
  database: Database,
  env: Record<string, string>,
) => Promise<T>;

/**
 * Runs a bench on a scratch PostgreSQL database and on PGlite in a temporary DATA_DIR (`BENCH_ENGINE=pglite|
 * postgres` keeps one), adding each result with `add`; answers the lines saying what was skipped.
 */
export async function onEachEngine<T>(
  name: string,
  run: EngineRun<T>,
  add: (r: T) => void,
): Promise<string[]> {
  const only = process.env.BENCH_ENGINE;
  const skipped: string[] = [];
  if (only !== 'pglite') {
    const result = await withScratchPostgres(async (url) =>
      run('PostgreSQL', await openDatabase({ databaseUrl: url }), { DATABASE_URL: url }),
    );
    if (result) add(result);
    else skipped.push('PostgreSQL: not reachable, skipped');
  }
  if (only !== 'postgres') {
    const dir = mkdtempSync(path.join(tmpdir(), `suotdoi-${name}-`));
    try {
      const database = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
      add(await run('PGlite', database, { DATA_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return skipped;
}
