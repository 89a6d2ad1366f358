import { loadavg } from 'node:os';
import { type LoadResult, load, loadMix, type MixResult, ms } from './lib';
import { BENCH_DAY, type NewsSeeded } from './portal-news-seed';

/**
 * The portal's news reads (issue 8), measured on the server and database of the portal bench after its activity
 * listing: `GET /api/public/articles` (a third of the users the first page, a third one province, a third a
 * search without diacritics, at once, as for the activities), then each alone: `GET /portal/news`,
 * `GET /portal/days/world_book_day?provinceId=…` and `GET /portal/feed.atom`. None has a goal of its own; each is
 * held to the activity listing's (DESIGN.md §5), beside `GET /api/health` measured just before at the same
 * concurrency. Article reads are not kept (public-articles.ts): every request is computed.
 *
 * A measurement runs about SECONDS (sized from its warm-up's rate; at least MIN_REQUESTS, at most `maxRequests`),
 * so a slow page does not hold the bench for minutes and a fast one still gets thousands of requests.
 */

const SECONDS = 6;
const MIN_REQUESTS = 500;
const WARM_UP = 150;

export interface NewsRun {
  users: number;
  /** The machine's load average (1 min) when this run started: other work shares these cores. */
  loadAverage: number;
  health: LoadResult;
  api: MixResult;
  pages: Record<'news' | 'day' | 'feed', LoadResult>;
}

export interface NewsResult {
  seeded: NewsSeeded;
  /** The first request of each (cold code paths), with the size of its answer. */
  first: Record<string, { ms: number; bytes: number; note: string }>;
  runs: NewsRun[];
}

/** Checks each answer says what it should (a page of articles, a feed of 30 entries), timing the first. */
async function firstOf(name: string, url: string): Promise<{ ms: number; bytes: number; note: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  const took = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  let note: string;
  if (name.startsWith('api')) {
    const body = JSON.parse(text) as { total: number; items: unknown[] };
    note = `${body.total} match, ${body.items.length} in the page`;
  } else if (name === 'feed') {
    note = `${text.split('<entry>').length - 1} entries`;
  } else {
    note = `${text.split('"card news-card').length - 1} articles`;
  }
  return { ms: took, bytes: Buffer.byteLength(text), note };
}

export async function benchNews(
  base: string,
  seeded: NewsSeeded,
  users: number[],
  maxRequests: number,
  say: (line: string) => void,
): Promise<NewsResult> {
  const api = `${base}/api/public/articles`;
  const apiUrls = {
    apiFirst: api,
    apiProvince: `${api}?provinceId=${seeded.province.id}`,
    apiSearch: `${api}?q=thu%20vien`,
  };
  const pageUrls = {
    news: `${base}/portal/news`,
    day: `${base}/portal/days/${BENCH_DAY}?provinceId=${seeded.dayProvince.id}`,
    feed: `${base}/portal/feed.atom`,
  };
  const first: NewsResult['first'] = {};
  for (const [name, url] of Object.entries({ ...apiUrls, ...pageUrls })) {
    first[name] = await firstOf(name, url);
    say(
      `first ${name}: ${ms(first[name].ms)}, ${(first[name].bytes / 1024).toFixed(0)} KiB, ${first[name].note}`,
    );
  }
  // Warm-up (connections, JIT) and the rate each measurement is sized from.
  const size = (rps: number) => Math.max(MIN_REQUESTS, Math.min(maxRequests, Math.round(rps * SECONDS)));
  const apiRequests = size((await loadMix(apiUrls, 10, WARM_UP)).rps);
  const pageRequests: Record<string, number> = {};
  for (const [name, url] of Object.entries(pageUrls)) {
    pageRequests[name] = size((await load(url, WARM_UP, 10)).rps);
  }
  const runs: NewsRun[] = [];
  for (const n of users) {
    const loadAverage = loadavg()[0]!;
    const health = await load(`${base}/api/health`, maxRequests, n);
    const apiRun = await loadMix(apiUrls, n, apiRequests);
    const pages = {} as NewsRun['pages'];
    for (const [name, url] of Object.entries(pageUrls) as [keyof NewsRun['pages'], string][]) {
      pages[name] = await load(url, pageRequests[name]!, n);
    }
    say(
      `${n} users: health ${health.rps.toFixed(0)} req/s; articles API ${apiRun.rps.toFixed(0)} req/s, ` +
        `p95 ${ms(apiRun.p95)}; ${Object.entries(pages)
          .map(([name, p]) => `${name} ${p.rps.toFixed(0)} req/s, p95 ${ms(p.p95)}`)
          .join('; ')}`,
    );
    runs.push({ users: n, loadAverage, health, api: apiRun, pages });
  }
  return { seeded, first, runs };
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** The report's lines for one engine, and each read held to the activity listing's goal. */
export function describeNews(
  engine: string,
  r: NewsResult,
  goal: { rps: number; p95: number },
): { lines: string[]; goals: string[] } {
  const s = r.seeded;
  const f = r.first;
  const lines = [
    `${engine}: ${s.articles.toLocaleString('en')} published articles (${s.visible.toLocaleString('en')} inside ` +
      `their window, ${s.featured} featured, ${s.forDays} for a national day, ${s.forBenchDay} for ${BENCH_DAY}); ` +
      `bodies ${s.body.min}–${s.body.max} bytes, mean ${s.body.mean}; province asked: ${s.province.name} ` +
      `(${s.province.articles} visible); on the day's page: ${s.dayProvince.name} (${s.dayProvince.articles})`,
    `${engine}: first request: ${Object.entries(f)
      .map(([name, v]) => `${name} ${ms(v.ms)} (${(v.bytes / 1024).toFixed(0)} KiB, ${v.note})`)
      .join('; ')}`,
  ];
  const goals: string[] = [];
  const held = (what: string, users: number, rps: number, p95: number) =>
    `${engine} ${what}, ${users} users: ${rps.toFixed(0)} req/s ≥ ${goal.rps}: ${verdict(rps >= goal.rps)}; ` +
    `p95 ${ms(p95)} < ${goal.p95} ms: ${verdict(p95 < goal.p95)}`;
  for (const m of r.runs) {
    const ratio = (rps: number) => (rps / m.health.rps).toFixed(2);
    const parts = Object.entries(m.api.parts)
      .map(([name, p]) => `${name} p50 ${ms(p.p50)} p95 ${ms(p.p95)}`)
      .join(', ');
    lines.push(
      `${engine}: ${m.users} users (load average ${m.loadAverage.toFixed(1)}): reference GET /api/health, ${m.health.requests} requests: ` +
        `${m.health.rps.toFixed(0)} req/s, p50 ${ms(m.health.p50)}, p95 ${ms(m.health.p95)}`,
      `${engine}: ${m.users} users: articles API, ${m.api.requests} requests: ${m.api.rps.toFixed(0)} req/s, ` +
        `p95 ${ms(m.api.p95)} (${parts}); ratio to health ${ratio(m.api.rps)}`,
      ...Object.entries(m.pages).map(
        ([name, p]) =>
          `${engine}: ${m.users} users: ${name}, ${p.requests} requests: ${p.rps.toFixed(0)} req/s, ` +
          `p50 ${ms(p.p50)}, p95 ${ms(p.p95)}; ratio to health ${ratio(p.rps)}`,
      ),
    );
    goals.push(held('articles API', m.users, m.api.rps, m.api.p95));
    for (const [name, p] of Object.entries(m.pages)) goals.push(held(name, m.users, p.rps, p.p95));
  }
  return { lines, goals };
}
