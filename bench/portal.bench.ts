import { loadavg } from 'node:os';
import { foldDiacritics, todayInVietnam } from '@suotdoi/shared';
import type { Database } from '../apps/server/src/db/client';
import { prepareDatabase } from '../apps/server/src/db/prepare';
import { fromWallTime } from '../apps/server/src/modules/activities/recurrence';
import {
  type LoadResult,
  load,
  loadMix,
  type MixResult,
  ms,
  onEachEngine,
  percentile,
  seededRandom,
} from './lib';
import { startServer } from './national/server-process';
import { benchNews, describeNews, type NewsResult } from './portal-news';
import { seedArticles } from './portal-news-seed';

/**
 * DESIGN.md §5: "public activity listing ≥ 1,000 requests/s on 2 cores, p95 < 50 ms". Each engine gets a fresh
 * database (a scratch PostgreSQL database, dropped after; PGlite in a temporary DATA_DIR) with the country's
 * units, ACTIVITIES published upcoming activities (about a third of them weekly classes of 4–8 sessions) of 340
 * institutions spread over the 34 provinces, written through SQL; then the real server in its own process
 * (bench/national/server-process.ts) answers `GET /api/public/activities` to USERS anonymous users: a third ask
 * the first page, a third one province, a third a search without diacritics ("thu vien"), all at once. The
 * reference, in the same run and at the same concurrency, is `GET /api/health`, which does no work: the floor of
 * this server, these 2 cores and this load generator. Also measured: the first request of each listing (computed,
 * not kept yet), and sequential requests each for a page nobody asked before (every one computed: what a
 * listing costs right after a write).
 *
 * Then, on the same database and server, the news of issue 8 (bench/portal-news.ts): ARTICLES published
 * articles (bench/portal-news-seed.ts) read through `GET /api/public/articles`, `/portal/news`, a national day's
 * page and the Atom feed, each held to the activity listing's goal (they have none of their own).
 *
 * `BENCH_ENGINE=pglite|postgres` runs one engine, `BENCH_PORTAL_REQUESTS` sets the requests per measurement
 * (default 6,000), `BENCH_PORTAL_ACTIVITIES` the activities (default 2,000), `BENCH_PORTAL_ARTICLES` the
 * articles (default 2,000; 0 skips the news). Run alone:
 * `npx tsx bench/portal.bench.ts`.
 */

const REQUESTS = Number(process.env.BENCH_PORTAL_REQUESTS ?? 6000);
const ACTIVITIES = Number(process.env.BENCH_PORTAL_ACTIVITIES ?? 2000);
const ARTICLES = Number(process.env.BENCH_PORTAL_ARTICLES ?? 2000);
const INSTITUTIONS_PER_PROVINCE = 10;
const USERS = [10, 50];
const MISSES = 200;
const GOAL_RPS = 1000;
const GOAL_P95_MS = 50;

const log = (line: string) => console.log(`[portal bench] ${line}`);

const KINDS = [
  { category: 'library_commune', name: 'Thư viện xã' },
  { category: 'cultural_centre_commune', name: 'Trung tâm Văn hóa xã' },
  { category: 'community_learning_centre', name: 'Trung tâm học tập cộng đồng' },
  { category: 'museum_public', name: 'Bảo tàng' },
] as const;

const TOPICS = [
  { type: 'reading_session', title: 'Ngày hội đọc sách', observance: 'reading_culture_day' },
  { type: 'event', title: 'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam', observance: 'reading_culture_day' },
  { type: 'class', title: 'Lớp tin học cho người cao tuổi', observance: null },
  { type: 'club', title: 'Câu lạc bộ tiếng Anh thiếu nhi', observance: null },
  { type: 'exhibition', title: 'Triển lãm ảnh di sản văn hóa', observance: 'cultural_heritage_day' },
  { type: 'talk', title: 'Tọa đàm chuyển đổi số trong thư viện', observance: 'digital_transformation_day' },
  { type: 'mobile_library_trip', title: 'Thư viện lưu động về thôn bản', observance: null },
  { type: 'book_rotation', title: 'Luân chuyển sách cho điểm bưu điện văn hóa xã', observance: null },
  { type: 'competition', title: 'Cuộc thi Đại sứ văn hóa đọc', observance: 'reading_culture_day' },
  {
    type: 'digital_exhibition',
    title: 'Trưng bày trực tuyến hiện vật',
    observance: 'international_museum_day',
  },
] as const;

const AUDIENCES = ['children', 'pupils', 'students', 'elderly', 'ethnic_minorities', 'everyone'] as const;

interface Seeded {
  activities: number;
  sessions: number;
  institutions: number;
  /** The province asked by a third of the users, with how many activities it has. */
  province: { id: number; name: string; activities: number };
}

/**
 * Institutions (10 per province, under its communes) and published activities starting over the next 90 days,
 * written straight into the tables as the API would write them (folded search text, province and commune).
 */
async function seed(database: Database): Promise<Seeded> {
  const q = <T extends object>(text: string, values: unknown[] = []) =>
    database.pool.query(text, values).then((r) => r.rows as T[]);
  const today = todayInVietnam();
  const communes = await q<{ id: number; name: string; provinceId: number; provinceName: string }>(
    `select c.id, c.name, p.parent_id as "provinceId", pu.name as "provinceName"
     from units c join unit_parents p on p.unit_id = c.id and p.valid_from <= $1 and (p.valid_to is null or p.valid_to > $1)
     join units pu on pu.id = p.parent_id and pu.kind = 'province'
     where c.kind = 'commune' and c.valid_from <= $1 and (c.valid_to is null or c.valid_to > $1)
     order by c.id`,
    [today],
  );
  const byProvince = new Map<number, typeof communes>();
  for (const c of communes) byProvince.set(c.provinceId, [...(byProvince.get(c.provinceId) ?? []), c]);
  const rnd = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const institutions: {
    code: string;
    name: string;
    category: string;
    communeId: number;
    provinceId: number;
  }[] = [];
  for (const [provinceId, list] of byProvince) {
    for (let i = 0; i < INSTITUTIONS_PER_PROVINCE; i++) {
      const commune = pick(list);
      const kind = pick(KINDS);
      institutions.push({
        code: `BENCH-PORTAL-${provinceId}-${i}`,
        name: `${kind.name} ${commune.name}`,
        category: kind.category,
        communeId: commune.id,
        provinceId,
      });
    }
  }
  const ids = await q<{ id: number }>(
    `insert into units (kind, code, name, search_name, valid_from, source)
     select 'institution', code, name, search, '2025-07-01', 'bench'
     from unnest($1::text[], $2::text[], $3::text[]) as x(code, name, search) returning id`,
    [
      institutions.map((i) => i.code),
      institutions.map((i) => i.name),
      institutions.map((i) => foldDiacritics(i.name)),
    ],
  );
  await q(
    `insert into unit_parents (unit_id, parent_id, valid_from)
     select * , '2025-07-01'::date from unnest($1::int[], $2::int[])`,
    [ids.map((r) => r.id), institutions.map((i) => i.communeId)],
  );
  await q(
    `insert into institutions (unit_id, category, province_id, address, opening_hours)
     select id, category, province, 'Trung tâm xã', '7:30–11:30, 13:30–17:00' from unnest($1::int[], $2::text[], $3::int[])
       as x(id, category, province)`,
    [ids.map((r) => r.id), institutions.map((i) => i.category), institutions.map((i) => i.provinceId)],
  );

  const now = Date.now();
  const rows: Record<string, unknown[]> = {
    institution: [],
    province: [],
    commune: [],
    type: [],
    title: [],
    description: [],
    audiences: [],
    observance: [],
    starts: [],
    ends: [],
    recurrence: [],
    place: [],
    capacity: [],
    search: [],
  };
  const sessions: { activity: number; starts: string; ends: string }[] = [];
  for (let n = 0; n < ACTIVITIES; n++) {
    const i = Math.floor(rnd() * institutions.length);
    const institution = institutions[i]!;
    const topic = pick(TOPICS);
    const day = new Date(now + (1 + Math.floor(rnd() * 90)) * 86_400_000);
    const hour = 7 + Math.floor(rnd() * 10);
    const wall = new Date(`${todayInVietnam(day)}T${String(hour).padStart(2, '0')}:00:00Z`);
    const count =
      topic.type === 'class' || topic.type === 'club' || rnd() < 0.2 ? 4 + Math.floor(rnd() * 5) : 1;
    const starts: Date[] = Array.from({ length: count }, (_, k) =>
      fromWallTime(new Date(wall.getTime() + k * 7 * 86_400_000)),
    );
    const length = (2 + Math.floor(rnd() * 3)) * 3_600_000;
    const title = `${topic.title} (${n + 1})`;
    const description = `${topic.title} do ${institution.name} tổ chức, mời mọi người tham gia.`;
    const place = `Hội trường ${institution.name}`;
    rows.institution!.push(ids[i]!.id);
    rows.province!.push(institution.provinceId);
    rows.commune!.push(institution.communeId);
    rows.type!.push(topic.type);
    rows.title!.push(title);
    rows.description!.push(description);
    rows.audiences!.push(JSON.stringify([pick(AUDIENCES)]));
    rows.observance!.push(topic.observance);
    rows.starts!.push(starts[0]!.toISOString());
    rows.ends!.push(new Date(starts[count - 1]!.getTime() + length).toISOString());
    rows.recurrence!.push(count > 1 ? JSON.stringify({ freq: 'weekly', interval: 1, count }) : null);
    rows.place!.push(place);
    rows.capacity!.push(rnd() < 0.3 ? null : 20 + Math.floor(rnd() * 200));
    rows.search!.push(foldDiacritics([title, description, place, institution.name].join(' ')));
    for (const s of starts) {
      sessions.push({
        activity: n,
        starts: s.toISOString(),
        ends: new Date(s.getTime() + length).toISOString(),
      });
    }
  }
  const activityIds = await q<{ id: number }>(
    `insert into activities (institution_id, province_id, commune_id, type, title, description, audiences,
       observance_code, starts_at, ends_at, recurrence, place, capacity, status, search_text)
     select i, p, c, t, ti, d, a::jsonb, o, s, e, r::jsonb, pl, ca, 'published', se
     from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[], $13::int[], $14::text[])
       with ordinality as x(i, p, c, t, ti, d, a, o, s, e, r, pl, ca, se, n)
     order by n returning id`,
    Object.values(rows),
  );
  await q(
    `insert into activity_sessions (activity_id, starts_at, ends_at)
     select * from unnest($1::int[], $2::timestamptz[], $3::timestamptz[])`,
    [
      sessions.map((s) => activityIds[s.activity]!.id),
      sessions.map((s) => s.starts),
      sessions.map((s) => s.ends),
    ],
  );
  const [busiest] = await q<{ id: number; name: string; activities: number }>(
    `select a.province_id as id, u.name, count(*)::int as activities from activities a
     join units u on u.id = a.province_id group by a.province_id, u.name order by count(*) desc, a.province_id limit 1`,
  );
  return {
    activities: activityIds.length,
    sessions: sessions.length,
    institutions: ids.length,
    province: busiest!,
  };
}

interface Mix {
  users: number;
  health: LoadResult;
  /** The three listings asked at once, each by a third of the users. */
  listing: MixResult;
}

interface EngineResult {
  engine: string;
  code: string;
  seeded: Seeded;
  first: Record<string, number>;
  /** Sequential requests for pages never asked before: each computed. */
  misses: { p50: number; p95: number };
  runs: Mix[];
  /** After the activity listing's runs (before the news). */
  memory: { rssMb: number; peakMb: number } | null;
  news: (NewsResult & { memory: EngineResult['memory'] }) | null;
}

async function timed(url: string): Promise<{ ms: number; total: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = (await res.json()) as { total: number };
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - t0, total: body.total };
}

async function benchEngine(
  engine: string,
  database: Database,
  env: Record<string, string>,
): Promise<EngineResult> {
  const say = (line: string) => log(`${engine}: ${line}`);
  let seeded: Seeded;
  let articles: Awaited<ReturnType<typeof seedArticles>> | null = null;
  try {
    await prepareDatabase(database);
    const t0 = performance.now();
    seeded = await seed(database);
    say(
      `seeded ${seeded.activities} activities (${seeded.sessions} sessions) of ${seeded.institutions} institutions ` +
        `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (ARTICLES > 0) {
      const t1 = performance.now();
      articles = await seedArticles(database, ARTICLES);
      say(
        `seeded ${articles.articles} articles (${articles.visible} visible) in ` +
          `${((performance.now() - t1) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await database.close();
  }
  say('starting the server');
  const server = await startServer(env);
  try {
    const base = `${server.url}/api/public/activities`;
    const urls = {
      first: base,
      province: `${base}?provinceId=${seeded.province.id}`,
      search: `${base}?q=thu%20vien`,
    };
    const first: Record<string, number> = {};
    for (const [name, url] of Object.entries(urls)) {
      const r = await timed(url);
      first[name] = r.ms;
      say(`first ${name}: ${ms(r.ms)} (${r.total} match)`);
    }
    const missTimes: number[] = [];
    for (let page = 2; page < 2 + MISSES; page++) {
      missTimes.push((await timed(`${base}?pageSize=10&page=${page}`)).ms);
    }
    missTimes.sort((a, b) => a - b);
    const misses = { p50: percentile(missTimes, 50), p95: percentile(missTimes, 95) };
    say(`pages never asked before, one at a time: p50 ${ms(misses.p50)}, p95 ${ms(misses.p95)}`);
    // Warm-up: connections and JIT.
    await load(`${server.url}/api/health`, 500, 10);
    await loadMix(urls, 10, REQUESTS);
    const runs: Mix[] = [];
    for (const users of USERS) {
      const health = await load(`${server.url}/api/health`, REQUESTS, users);
      const listing = await loadMix(urls, users, REQUESTS);
      say(
        `${users} users: listing ${listing.rps.toFixed(0)} req/s, p95 ${ms(listing.p95)}; ` +
          `health ${health.rps.toFixed(0)} req/s, p95 ${ms(health.p95)}`,
      );
      runs.push({ users, health, listing });
    }
    const memory = server.memory();
    const news = articles ? await benchNews(server.url, articles, USERS, REQUESTS, say) : null;
    return {
      engine,
      code: server.code,
      seeded,
      first,
      misses,
      runs,
      memory,
      news: news && { ...news, memory: server.memory() },
    };
  } finally {
    await server.stop();
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function describe(r: EngineResult): { lines: string[]; goals: string[]; newsGoals: string[] } {
  const lines = [
    `${r.engine}: ${r.seeded.activities.toLocaleString('en')} published activities ` +
      `(${r.seeded.sessions.toLocaleString('en')} sessions) of ${r.seeded.institutions} institutions; ` +
      `server code ${r.code}; province asked: ${r.seeded.province.name} (${r.seeded.province.activities} activities)`,
    `${r.engine}: first request (computed): first page ${ms(r.first.first!)}, province ${ms(r.first.province!)}, ` +
      `"thu vien" ${ms(r.first.search!)}; ${MISSES} pages never asked before, one at a time: ` +
      `p50 ${ms(r.misses.p50)}, p95 ${ms(r.misses.p95)}`,
    ...r.runs.map((m) => {
      const parts = Object.entries(m.listing.parts)
        .map(([name, p]) => `${name} p50 ${ms(p.p50)} p95 ${ms(p.p95)}`)
        .join(', ');
      return (
        `${r.engine}: ${m.users} users, ${m.listing.requests} listing requests: ${m.listing.rps.toFixed(0)} req/s, ` +
        `p95 ${ms(m.listing.p95)} (${parts}); reference GET /api/health, ${m.health.requests} requests: ` +
        `${m.health.rps.toFixed(0)} req/s, p95 ${ms(m.health.p95)}; ratio listing/health req/s ` +
        `${(m.listing.rps / m.health.rps).toFixed(2)}`
      );
    }),
    r.memory
      ? `${r.engine}: server RSS ${r.memory.rssMb.toFixed(0)} MiB at the end, peak ${r.memory.peakMb.toFixed(0)} MiB`
      : `${r.engine}: server RSS unavailable`,
  ];
  const news = r.news && describeNews(r.engine, r.news, { rps: GOAL_RPS, p95: GOAL_P95_MS });
  if (r.news && news) {
    lines.push(
      ...news.lines,
      r.news.memory
        ? `${r.engine}: server RSS ${r.news.memory.rssMb.toFixed(0)} MiB after the news, peak ${r.news.memory.peakMb.toFixed(0)} MiB`
        : `${r.engine}: server RSS unavailable`,
    );
  }
  const goals = r.runs.map(
    (m) =>
      `${r.engine} listing, ${m.users} users: ${m.listing.rps.toFixed(0)} req/s ≥ ${GOAL_RPS}: ` +
      `${verdict(m.listing.rps >= GOAL_RPS)}; p95 ${ms(m.listing.p95)} < ${GOAL_P95_MS} ms: ` +
      verdict(m.listing.p95 < GOAL_P95_MS),
  );
  return { lines, goals, newsGoals: news?.goals ?? [] };
}

export async function portalBench(): Promise<string[]> {
  const out = ['## Public portal (issue 7)'];
  const goals: string[] = [];
  const newsGoals: string[] = [];
  // The machines are shared: what else ran says how far the absolute numbers can be trusted.
  const busy = () => loadavg()[0]!.toFixed(1);
  out.push(`load average (1 min) at the start: ${busy()}`);
  const add = (r: EngineResult) => {
    const d = describe(r);
    out.push(...d.lines);
    goals.push(...d.goals);
    newsGoals.push(...d.newsGoals);
  };
  out.push(...(await onEachEngine('portal', benchEngine, add)));
  out.push(`load average (1 min) at the end: ${busy()}`);
  out.push('DESIGN.md §5 goals:', ...goals.map((g) => `  ${g}`));
  if (newsGoals.length > 0) {
    out.push(
      "News (issue 8), no goal of their own, held to the activity listing's:",
      ...newsGoals.map((g) => `  ${g}`),
    );
  }
  return out;
}

if (process.argv[1]?.endsWith('portal.bench.ts')) {
  const lines = await portalBench();
  console.log(`\n${lines.join('\n')}`);
  process.exit(0);
}
