import type pg from 'pg';
import type { Database } from '../apps/server/src/db/client';
import { prepareDatabase } from '../apps/server/src/db/prepare';
import { rebuildAnalytics } from '../apps/server/src/modules/analytics/rebuild';
import { createSession, SESSION_COOKIE } from '../apps/server/src/modules/auth/session-store';
import { type LoadResult, load, ms, onEachEngine } from './lib';
import { type GenerateSummary, generateNationalDataset } from './national/generate';
import { measureReference, type OlapResults, type ScorecardSpec } from './national/measure-reference';
import {
  compareFigures,
  type FiguresBody,
  getJson,
  loadWhileApproving,
  measureFreshness,
} from './national/measure-server';
import { startServer } from './national/server-process';

/**
 * DESIGN.md §5 at national scale (bench/national/generate.ts): the rollup rebuild, the province scorecard and
 * the national table under 50 concurrent users over HTTP, the freshness of a figure after one approval, and the
 * server's memory, on PostgreSQL and on PGlite, each beside DuckDB answering the same questions from the raw
 * facts in the same run. `BENCH_SCALE` shrinks the dataset (default 1 = national), `BENCH_ENGINE` picks one
 * engine, `BENCH_ANALYTICS_REQUESTS` sets the requests per endpoint (default 1,000).
 */

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REQUESTS = Number(process.env.BENCH_ANALYTICS_REQUESTS ?? 1000);
const USERS = 50;
const YEAR = 2026;
/** The plan of the scorecard: Ninh Bình's (34 targets), on today's Ninh Bình. */
const PLAN_KEY = 'ninh-binh-2023';
const PROVINCE_CODE = '37';

const log = (line: string) => console.log(`[analytics bench] ${line}`);

interface Setup {
  countryId: number;
  provinceId: number;
  scorecard: ScorecardSpec;
  token: string;
  csrf: string;
  toApprove: { id: number; version: number; provinceId: number }[];
  /** Approved one every APPROVAL_EVERY_MS while the national table is under load. */
  toStream: { id: number; version: number }[];
}

const APPROVAL_EVERY_MS = 500;

interface EngineResult {
  engine: string;
  /** The commit the server ran (see server-process.ts). */
  code: string;
  dataset: GenerateSummary;
  rebuildSeconds: number;
  rebuildRows: { facts: number; rollups: number; population: number };
  scorecard: LoadResult & { firstMs: number; rows: number; withData: number; alone: LoadResult };
  national: LoadResult & { firstMs: number; figures: number; units: number; alone: LoadResult };
  /** The national table again while approvals stream in, so that kept answers keep going stale. */
  nationalWhileApproving: LoadResult & { approvals: number };
  /** The floor: a signed-in request that does no work (GET /api/health with the session cookie). */
  floor: LoadResult;
  freshness: { approvedMs: number; seenMs: number | null }[];
  memory: { atStart: number; afterScorecard: number; afterNational: number; peak: number } | null;
  reference: OlapResults;
  mismatches: string[];
}

/** What the server is asked and who asks: the system admin, the plan, the provinces, reports to approve. */
async function prepareRun(database: Database): Promise<Setup> {
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const rows = await database.pool.query<T>(text, values);
    if (!rows.rows[0]) throw new Error(`nothing for ${text}`);
    return rows.rows[0];
  };
  const country = await one<{ id: number }>(
    `select id from units where kind = 'country' and valid_to is null limit 1`,
  );
  const province = await one<{ id: number }>(
    `select id from units where kind = 'province' and code = $1 and valid_to is null`,
    [PROVINCE_CODE],
  );
  const plan = await one<{ id: number; first: number; indicators: string[] }>(
    `select p.id, least(extract(year from p.date)::int, min(t.year), coalesce(min(t.baseline_year), 9999)) as first,
       array_agg(distinct t.indicator_code) as indicators
     from plans p join targets t on t.plan_id = p.id where p.key = $1 group by p.id`,
    [PLAN_KEY],
  );
  const user = await one<{ id: string }>(`insert into users (username, display_name, password_hash)
    values ('bench.analytics', 'Bench analytics', 'unusable') returning id`);
  await database.pool.query(
    `insert into role_assignments (user_id, role, unit_id) values ($1, 'system_admin', $2)`,
    [user.id, country.id],
  );
  const session = await createSession(database.db, user.id, {}, new Date());
  // Submitted institution reports of 2026 in five provinces: approved one by one for the freshness.
  const reports = await database.pool.query<{ id: number; version: number; provinceId: number }>(`
    select id, version, "provinceId" from (
      select distinct on (r.province_id) r.id, r.version, r.province_id as "provinceId"
      from reports r join institutions i on i.unit_id = r.unit_id
      where r.period = '${YEAR}' and r.status = 'submitted' order by r.province_id, r.id) x
    order by id limit 5`);
  const stream = await database.pool.query<{ id: number; version: number }>(
    `select r.id, r.version from reports r join institutions i on i.unit_id = r.unit_id
     where r.period = '${YEAR}' and r.status = 'submitted' and r.id <> all($1::int[]) order by r.id desc limit 200`,
    [reports.rows.map((r) => r.id)],
  );
  const years = Array.from({ length: YEAR - plan.first + 1 }, (_, i) => plan.first + i);
  return {
    countryId: country.id,
    provinceId: province.id,
    scorecard: { planId: plan.id, provinceId: province.id, years, indicators: plan.indicators },
    token: session.token,
    csrf: session.csrfToken,
    toApprove: reports.rows,
    toStream: stream.rows,
  };
}

async function benchEngine(engine: string, database: Database, serverEnv: Record<string, string>) {
  const say = (line: string) => log(`${engine}: ${line}`);
  let setup: Setup;
  let dataset: GenerateSummary;
  let reference: OlapResults;
  let rebuildSeconds: number;
  let rebuildRows: EngineResult['rebuildRows'];
  try {
    await prepareDatabase(database);
    dataset = await generateNationalDataset(database, { scale: SCALE, seed: 1, log: say });
    say(`dataset generated in ${dataset.seconds.toFixed(1)} s`);
    const r0 = performance.now();
    const rebuilt = await rebuildAnalytics(database.db, { log: say });
    rebuildSeconds = (performance.now() - r0) / 1000;
    rebuildRows = { facts: rebuilt.facts, rollups: rebuilt.rollups, population: rebuilt.population };
    say(`rebuild: ${rebuildSeconds.toFixed(1)} s (${rebuilt.facts} facts, ${rebuilt.rollups} rollup rows)`);
    // What ensureAnalyticsBuilt (rebuild.ts) records after its own rebuild: the server's first start then does
    // not rebuild a second time.
    await database.pool.query(
      `insert into meta (key, value) values ('analytics.built', $1::jsonb) on conflict (key) do nothing`,
      [JSON.stringify({ ms: Math.round(rebuildSeconds * 1000) })],
    );
    setup = await prepareRun(database);
    reference = await measureReference(database.pool, engine, setup.scorecard, YEAR, USERS, say);
  } finally {
    await database.close();
  }

  say('starting the server');
  const server = await startServer(serverEnv);
  try {
    const headers = { cookie: `${SESSION_COOKIE}=${setup.token}` };
    const session = { headers, csrf: setup.csrf };
    const scorecardUrl = `${server.url}/api/analytics/scorecard?planId=${setup.scorecard.planId}&unitId=${setup.provinceId}&year=${YEAR}`;
    const nationalUrl = `${server.url}/api/analytics/figures?unitId=${setup.countryId}&years=${YEAR}&scope=children`;
    const firstScorecard = await getJson<{ actual: number | null }[]>(scorecardUrl, headers);
    const firstNational = await getJson<FiguresBody>(nationalUrl, headers);
    // The history check: the province's figures of every plan year on today's structure (old Ninh Bình, Hà
    // Nam and Nam Định added up for 2023–2024) against the reference's lineage mapping.
    const history = await getJson<FiguresBody>(
      `${server.url}/api/analytics/figures?unitId=${setup.provinceId}&years=${setup.scorecard.years.join(',')}` +
        `&indicators=${setup.scorecard.indicators.join(',')}`,
      headers,
    );
    const mismatches = [
      ...compareFigures(firstNational.body, reference.nationalByProvince, [YEAR]),
      ...compareFigures(history.body, reference.provinceByYear, setup.scorecard.years),
    ];
    const memoryAtStart = server.memory();
    say(`first requests: scorecard ${ms(firstScorecard.ms)}, national ${ms(firstNational.ms)}; warming up`);
    await load(scorecardUrl, USERS, USERS, headers);
    await load(nationalUrl, USERS, USERS, headers);
    // One user at a time: the service time of each endpoint, without queueing behind the 49 others.
    const scorecardAlone = await load(scorecardUrl, 100, 1, headers);
    const nationalAlone = await load(nationalUrl, 100, 1, headers);
    say(`floor: signed-in /api/health, ${REQUESTS * 2} requests, ${USERS} concurrent`);
    const floor = await load(`${server.url}/api/health`, REQUESTS * 2, USERS, headers);
    say(`scorecard: ${REQUESTS} requests, ${USERS} concurrent`);
    const scorecard = await load(scorecardUrl, REQUESTS, USERS, headers);
    const afterScorecard = server.memory();
    say(`national table: ${REQUESTS} requests, ${USERS} concurrent`);
    const national = await load(nationalUrl, REQUESTS, USERS, headers);
    const afterNational = server.memory();
    say(`national table while approving a report every ${APPROVAL_EVERY_MS} ms`);
    const whileApproving = await loadWhileApproving(server.url, nationalUrl, session, setup.toStream, {
      requests: REQUESTS,
      users: USERS,
      everyMs: APPROVAL_EVERY_MS,
    });
    say('freshness: approving reports');
    const freshness = await measureFreshness(server.url, session, setup.toApprove, YEAR);
    const final = server.memory();
    return {
      engine,
      code: server.code,
      dataset,
      rebuildSeconds,
      rebuildRows,
      scorecard: {
        ...scorecard,
        firstMs: firstScorecard.ms,
        rows: firstScorecard.body.length,
        withData: firstScorecard.body.filter((r) => r.actual !== null).length,
        alone: scorecardAlone,
      },
      national: {
        ...national,
        firstMs: firstNational.ms,
        figures: firstNational.body.figures.length,
        units: firstNational.body.units.length,
        alone: nationalAlone,
      },
      nationalWhileApproving: whileApproving,
      floor,
      freshness,
      memory:
        memoryAtStart && afterScorecard && afterNational && final
          ? {
              atStart: memoryAtStart.rssMb,
              afterScorecard: afterScorecard.rssMb,
              afterNational: afterNational.rssMb,
              peak: final.peakMb,
            }
          : null,
      reference,
      mismatches,
    } satisfies EngineResult;
  } finally {
    await server.stop();
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function describe(r: EngineResult): { lines: string[]; goals: string[] } {
  const d = r.dataset;
  const ref = r.reference;
  const ratio = (ours: number, theirs: number) => (theirs > 0 ? (ours / theirs).toFixed(2) : 'n/a');
  const fresh = r.freshness.map((f) => f.seenMs).filter((v): v is number => v !== null);
  const freshMax = fresh.length === r.freshness.length && fresh.length > 0 ? Math.max(...fresh) : null;
  const lines = [
    `${r.engine}: dataset ${d.provinces} provinces, ${d.communes.toLocaleString('en')} communes, ` +
      `${d.institutions.toLocaleString('en')} institutions, ${d.reports.toLocaleString('en')} reports, ` +
      `${d.values.toLocaleString('en')} values (scale ${d.scale}), generated in ${d.seconds.toFixed(1)} s; ` +
      `server code ${r.code}`,
    `${r.engine}: rollup rebuild ${r.rebuildSeconds.toFixed(1)} s (${r.rebuildRows.facts.toLocaleString('en')} facts, ` +
      `${r.rebuildRows.rollups.toLocaleString('en')} rollup rows); ${ref.name} computing the same from the raw ` +
      `facts ${ref.everythingSeconds.toFixed(2)} s (ratio ${ratio(r.rebuildSeconds, ref.everythingSeconds)})`,
    `${r.engine}: scorecard (${r.scorecard.rows} targets, ${r.scorecard.withData} with data), ${USERS} users, ` +
      `${r.scorecard.requests} requests: p50 ${ms(r.scorecard.p50)}, p95 ${ms(r.scorecard.p95)}, ` +
      `${r.scorecard.rps.toFixed(0)} req/s (first request ${ms(r.scorecard.firstMs)}, one user alone ` +
      `p50 ${ms(r.scorecard.alone.p50)}); ${ref.name}: ` +
      `${ref.queries} queries p50 ${ms(ref.scorecard.p50)}, p95 ${ms(ref.scorecard.p95)}, alone p50 ` +
      `${ms(ref.scorecard.alone.p50)}; ratio ours/reference p95 ${ratio(r.scorecard.p95, ref.scorecard.p95)}, ` +
      `alone ${ratio(r.scorecard.alone.p50, ref.scorecard.alone.p50)}`,
    `${r.engine}: national table (${r.national.units} provinces × indicators, ${r.national.figures} figures), ` +
      `${USERS} users, ${r.national.requests} requests: p50 ${ms(r.national.p50)}, p95 ${ms(r.national.p95)}, ` +
      `${r.national.rps.toFixed(0)} req/s (first request ${ms(r.national.firstMs)}, one user alone ` +
      `p50 ${ms(r.national.alone.p50)}); ${ref.name}: ` +
      `${ref.queries} queries, ${ref.national.users} at once, p50 ${ms(ref.national.p50)}, ` +
      `p95 ${ms(ref.national.p95)}, alone p50 ` +
      `${ms(ref.national.alone.p50)}; ratio ours/reference p95 ${ratio(r.national.p95, ref.national.p95)}, ` +
      `alone ${ratio(r.national.alone.p50, ref.national.alone.p50)}`,
    `${r.engine}: national table while approving a report every ${APPROVAL_EVERY_MS} ms ` +
      `(${r.nationalWhileApproving.approvals} approvals), ${USERS} users, ${r.nationalWhileApproving.requests} requests: ` +
      `p50 ${ms(r.nationalWhileApproving.p50)}, p95 ${ms(r.nationalWhileApproving.p95)}, ` +
      `${r.nationalWhileApproving.rps.toFixed(0)} req/s`,
    `${r.engine}: floor, signed-in GET /api/health (session lookup only), ${USERS} users, ` +
      `${r.floor.requests} requests: p50 ${ms(r.floor.p50)}, p95 ${ms(r.floor.p95)}, ${r.floor.rps.toFixed(0)} req/s`,
    `${r.engine}: national table and the scorecard province's history checked against ${ref.name}: ` +
      (r.mismatches.length === 0
        ? 'every province × indicator × year agrees'
        : `${r.mismatches.length} differ, e.g. ${r.mismatches.slice(0, 3).join('; ')}`),
    `${r.engine}: freshness, ${r.freshness.length} approvals over HTTP: approve ` +
      r.freshness.map((f) => ms(f.approvedMs)).join(', ') +
      '; province figures changed after ' +
      r.freshness.map((f) => (f.seenMs === null ? 'never (10 s)' : ms(f.seenMs))).join(', '),
    r.memory
      ? `${r.engine}: server RSS ${r.memory.atStart.toFixed(0)} MiB after start, ` +
        `${r.memory.afterScorecard.toFixed(0)} MiB after the scorecard load, ` +
        `${r.memory.afterNational.toFixed(0)} MiB after the national table, peak ${r.memory.peak.toFixed(0)} MiB` +
        (r.engine === 'PostgreSQL' ? ' (the PostgreSQL server process is not counted)' : ' (PGlite included)')
      : `${r.engine}: server RSS unavailable (no /proc)`,
  ];
  if (ref.note) lines.push(`${r.engine}: ${ref.note}`);
  const goals = [
    `${r.engine} scorecard p95 ${ms(r.scorecard.p95)} < 50 ms: ${verdict(r.scorecard.p95 < 50)}`,
    `${r.engine} national table p95 ${ms(r.national.p95)} < 200 ms: ${verdict(r.national.p95 < 200)}; ` +
      `while approvals stream p95 ${ms(r.nationalWhileApproving.p95)}: ${verdict(r.nationalWhileApproving.p95 < 200)}`,
    `${r.engine} freshness ${freshMax === null ? 'never' : ms(freshMax)} (worst of ${r.freshness.length}) < 1 s: ` +
      verdict(freshMax !== null && freshMax < 1000),
    r.memory
      ? `${r.engine} server RSS ${r.memory.peak.toFixed(0)} MiB (peak) < 500 MB: ${verdict(r.memory.peak * 1.048576 < 500)}`
      : `${r.engine} server RSS: not measured`,
  ];
  return { lines, goals };
}

export async function analyticsBench(): Promise<string[]> {
  const out = ['## Analytics (issue 5)'];
  const goals: string[] = [];
  const add = (r: EngineResult) => {
    const d = describe(r);
    out.push(...d.lines);
    goals.push(...d.goals);
  };
  out.push(...(await onEachEngine('analytics', benchEngine, add)));
  out.push('DESIGN.md §5 goals:', ...goals.map((g) => `  ${g}`));
  return out;
}

if (process.argv[1]?.endsWith('analytics.bench.ts')) {
  const lines = await analyticsBench();
  console.log(`\n${lines.join('\n')}`);
  process.exit(0);
}
