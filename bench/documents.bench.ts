import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentModel, type PlanFile, todayInVietnam } from '@suotdoi/shared';
import type pg from 'pg';
import type { Database } from '../apps/server/src/db/client';
import { prepareDatabase } from '../apps/server/src/db/prepare';
import { rebuildAnalytics } from '../apps/server/src/modules/analytics/rebuild';
import { createSession, SESSION_COOKIE } from '../apps/server/src/modules/auth/session-store';
import { PLANS_DATA_DIR } from '../apps/server/src/modules/plans/load-plans';
import { onEachEngine, percentile } from './lib';
import { type GenerateSummary, generateNationalDataset } from './national/generate';
import { YEARS } from './national/profile';
import { type ServerProcess, startServer } from './national/server-process';

/**
 * DESIGN.md §5: "official annual report for a province with 5,000 institutions < 3 s". The national dataset
 * (bench/national/generate.ts) on a fresh database per engine, the real server in its own process, and
 * `GET /api/reports/annual` for the province with the most institutions, in its data year (the dataset's last):
 * the DOCX, the XLSX annexes and the document tree alone. The reference, in the same run and timed the same way,
 * is the three dashboard reads the report is built from: the plan's scorecard, the deadline board of the whole
 * subtree and the figures of the children. One first (cold) request to each, the DOCX first, then rounds of one
 * request to each, one at a time, so that the report and its reference see the same machine.
 *
 * `BENCH_SCALE` shrinks the dataset (default 1), `BENCH_ENGINE=pglite|postgres` runs one engine,
 * `BENCH_DOCUMENTS_REQUESTS` sets the rounds (default 10), `BENCH_DOCUMENTS_PROVINCE` picks the province by code
 * (default: the one with the most institutions), `BENCH_DOCUMENTS_CPU_PROF=<dir>` writes a CPU profile of the
 * server (node --cpu-prof) there.
 */

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REQUESTS = Number(process.env.BENCH_DOCUMENTS_REQUESTS ?? 10);
const PROVINCE = process.env.BENCH_DOCUMENTS_PROVINCE;
const CPU_PROF = process.env.BENCH_DOCUMENTS_CPU_PROF;
const YEAR = YEARS[YEARS.length - 1]!;
const GOAL_MS = 3000;
const GOAL_INSTITUTIONS = 5000;
/** The plan copied (targets, tasks, national days) for a province that has none: Ninh Bình's, 34 targets. */
const TEMPLATE_PLAN = 'ninh-binh-2023.json';

const log = (line: string) => console.log(`[documents bench] ${line}`);

interface Setup {
  countryId: number;
  province: { id: number; code: string; name: string; typedName: string };
  /** Institutions in the province's subtree on today's structure. */
  institutions: number;
  /** Every province's institutions, for the log. */
  ranking: { code: string; name: string; institutions: number }[];
  /** The province's own plan with targets, if it has one already (the built-in plans). */
  plan: { id: number; key: string; targets: number } | null;
  token: string;
  csrf: string;
}

interface Timed {
  firstMs: number;
  p50: number;
  p95: number;
  max: number;
  bytes: number;
}

interface EngineResult {
  engine: string;
  code: string;
  dataset: GenerateSummary;
  setup: Setup;
  plan: { id: number; key: string; targets: number; created: boolean };
  docx: Timed;
  xlsx: Timed;
  json: Timed;
  model: { blocks: number; annexRows: Record<string, number>; figures: number; charts: number };
  reference: { scorecard: Timed; board: Timed; figures: Timed };
  /** Server RSS after start and its peak after each endpoint (VmHWM only grows: each step's own rise shows). */
  memory: { atStart: number; peaks: [string, number][] } | null;
}

/** The province measured, its institutions, the plan it has, and a signed-in system admin. */
async function prepareRun(database: Database): Promise<Setup> {
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await database.pool.query<T>(text, values)).rows;
  const today = todayInVietnam(new Date());
  const country = (
    await query<{ id: number }>(`select id from units where kind = 'country' and valid_to is null limit 1`)
  )[0];
  if (!country) throw new Error('no country');
  // Institutions below each province on today's structure (communes, then their institutions; the province's
  // own library, museums … hang from the province itself).
  const ranking = await query<{
    id: number;
    code: string;
    name: string;
    typedName: string;
    institutions: number;
  }>(
    `with recursive down(id, root) as (
       select id, id from units where kind = 'province' and valid_to is null
       union all
       select p.unit_id, d.root from unit_parents p join down d on p.parent_id = d.id
       where p.valid_from <= $1::date and (p.valid_to is null or p.valid_to > $1::date))
     select r.id, r.code, r.name, trim(coalesce(r.type_name || ' ', '') || r.name) as "typedName",
       count(*) filter (where u.kind = 'institution' and u.valid_from <= $1::date
         and (u.valid_to is null or u.valid_to > $1::date))::int as institutions
     from down join units u on u.id = down.id join units r on r.id = down.root
     group by r.id, r.code, r.name, r.type_name order by institutions desc, r.code`,
    [today],
  );
  const province = PROVINCE ? ranking.find((r) => r.code === PROVINCE) : ranking[0];
  if (!province) throw new Error(`no province ${PROVINCE ?? ''}`);
  const plans = await query<{ id: number; key: string; targets: number }>(
    `select p.id, p.key, count(t.id)::int as targets from plans p join targets t on t.plan_id = p.id
     where p.scope_unit_id = $1 and p.kind in ('program', 'plan') and p.status in ('active', 'completed')
     group by p.id order by p.date desc, p.id desc limit 1`,
    [province.id],
  );
  const [user] = await query<{ id: string }>(`insert into users (username, display_name, password_hash)
    values ('bench.documents', 'Bench documents', 'unusable') returning id`);
  await database.pool.query(
    `insert into role_assignments (user_id, role, unit_id) values ($1, 'system_admin', $2)`,
    [user!.id, country.id],
  );
  const session = await createSession(database.db, user!.id, {}, new Date());
  return {
    countryId: country.id,
    province: { id: province.id, code: province.code, name: province.name, typedName: province.typedName },
    institutions: province.institutions,
    ranking: ranking.map((r) => ({ code: r.code, name: r.name, institutions: r.institutions })),
    plan: plans[0] ?? null,
    token: session.token,
    csrf: session.csrfToken,
  };
}

/**
 * A plan for a province that has none, imported over HTTP as any user would: the built-in Ninh Bình plan (its
 * 34 targets, 49 tasks and national days) re-issued by the province's People's Committee for the province, its
 * tasks' agencies mapped to the province's agencies of today (else named in words only).
 */
async function importPlanFor(
  server: ServerProcess,
  setup: Setup,
  headers: Record<string, string>,
): Promise<{ id: number; key: string; targets: number }> {
  const source = JSON.parse(
    readFileSync(path.join(PLANS_DATA_DIR, 'plans', TEMPLATE_PLAN), 'utf8'),
  ) as PlanFile;
  const from = source.scope?.code ?? '37';
  const to = setup.province.code;
  const renamedAbbr: Record<string, string> = {
    SVHTT: 'SVHTTDL',
    STTTT: 'SKHCN',
    SLDTBXH: 'SNV',
    DPTTH: 'BPTTH',
    BAO: 'BPTTH',
  };
  const fromName = 'Ninh Bình';
  const rename = (text: string) => text.replaceAll(fromName, setup.province.name);
  const build = (keepUnits: boolean): PlanFile => ({
    ...source,
    key: `bench-${to}-2023`,
    title: rename(source.title),
    issuer: { code: `${to}.UBND`, kind: 'agency' },
    issuerName: rename(source.issuerName),
    scope: { code: to, kind: 'province' },
    sections: source.sections.map((s) => ({ ...s, text: rename(s.text) })),
    tasks: source.tasks.map((t) => {
      const party = (p: (typeof t.lead)[number]) => {
        if (!keepUnits || !p.unit?.code.startsWith(`${from}.`)) return { text: p.text };
        const abbr = p.unit.code.slice(from.length + 1);
        return { text: p.text, unit: { code: `${to}.${renamedAbbr[abbr] ?? abbr}`, kind: p.unit.kind } };
      };
      return { ...t, lead: t.lead.map(party), coordinating: t.coordinating.map(party) };
    }),
  });
  const post = async (file: PlanFile, dryRun: boolean) => {
    const res = await fetch(`${server.url}/api/plans/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': setup.csrf },
      body: JSON.stringify(file),
    });
    const body = (await res.json()) as {
      planId: number | null;
      targets: number;
      problems: { field: string; reason: string; value?: unknown }[];
    };
    if (!res.ok) throw new Error(`plan import: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  };
  let file = build(true);
  const check = await post(file, true);
  if (check.problems.length > 0) {
    log(
      `the plan's agencies refused (${JSON.stringify(check.problems.slice(0, 3))}): tasks name them in words`,
    );
    file = build(false);
    const again = await post(file, true);
    if (again.problems.length > 0)
      throw new Error(`plan import: ${JSON.stringify(again.problems.slice(0, 5))}`);
  }
  const result = await post(file, false);
  if (result.planId === null) throw new Error('plan import: no plan id');
  return { id: result.planId, key: `bench-${to}-2023`, targets: result.targets };
}

/** One GET: its time and its body. */
async function fetchOnce(url: string, headers: Record<string, string>) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  const elapsed = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${body.toString('utf8').slice(0, 300)}`);
  return { ms: elapsed, body };
}

function summarise(first: { ms: number; body: Buffer }, times: number[]): Timed & { body: Buffer } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    firstMs: first.ms,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
    bytes: first.body.length,
    body: first.body,
  };
}

const strip = ({ body: _body, ...timed }: Timed & { body: Buffer }): Timed => timed;

async function benchEngine(
  engine: string,
  database: Database,
  serverEnv: Record<string, string>,
): Promise<EngineResult> {
  const say = (line: string) => log(`${engine}: ${line}`);
  let dataset: GenerateSummary;
  let setup: Setup;
  try {
    await prepareDatabase(database);
    dataset = await generateNationalDataset(database, { scale: SCALE, seed: 1, log: say });
    say(`dataset generated in ${dataset.seconds.toFixed(1)} s`);
    const r0 = performance.now();
    const rebuilt = await rebuildAnalytics(database.db, { log: say });
    const rebuildMs = performance.now() - r0;
    say(`rebuild: ${(rebuildMs / 1000).toFixed(1)} s (${rebuilt.facts} facts)`);
    // What ensureAnalyticsBuilt records after its own rebuild, so the server's start does not rebuild again.
    await database.pool.query(
      `insert into meta (key, value) values ('analytics.built', $1::jsonb) on conflict (key) do nothing`,
      [JSON.stringify({ ms: Math.round(rebuildMs) })],
    );
    setup = await prepareRun(database);
  } finally {
    await database.close();
  }
  const p = setup.province;
  say(
    `institutions per province today: ${setup.ranking
      .slice(0, 6)
      .map((r) => `${r.name} (${r.code}) ${r.institutions.toLocaleString('en')}`)
      .join(', ')}, …`,
  );
  say(
    `measured: ${p.typedName} (code ${p.code}), ${setup.institutions.toLocaleString('en')} institutions` +
      (setup.institutions < GOAL_INSTITUTIONS ? ` — FEWER than the goal's ${GOAL_INSTITUTIONS}` : ''),
  );

  say('starting the server');
  const cpuDir = CPU_PROF ? path.resolve(CPU_PROF, engine.toLowerCase()) : undefined;
  const server = await startServer(serverEnv, {
    nodeArgs: cpuDir ? ['--cpu-prof', '--cpu-prof-dir', cpuDir] : [],
  });
  try {
    const headers = { cookie: `${SESSION_COOKIE}=${setup.token}` };
    const memoryAtStart = server.memory();
    const peaks: [string, number][] = [];
    const mark = (what: string) => {
      const m = server.memory();
      if (m) peaks.push([what, m.peakMb]);
    };
    let plan: EngineResult['plan'];
    if (setup.plan) plan = { ...setup.plan, created: false };
    else {
      plan = { ...(await importPlanFor(server, setup, headers)), created: true };
      say(`no plan with targets for ${p.name}: imported ${plan.key} over HTTP (${plan.targets} targets)`);
    }
    const report = (format: string) =>
      `${server.url}/api/reports/annual?unitId=${p.id}&year=${YEAR}&planId=${plan.id}&format=${format}`;
    const urls = {
      docx: report('docx'),
      xlsx: report('xlsx'),
      json: report('json'),
      scorecard: `${server.url}/api/analytics/scorecard?planId=${plan.id}&unitId=${p.id}&year=${YEAR}`,
      board: `${server.url}/api/reporting/board?unitId=${p.id}&period=${YEAR}&depth=all`,
      figures: `${server.url}/api/analytics/figures?unitId=${p.id}&years=${YEAR}&scope=children`,
    };
    type Name = keyof typeof urls;
    const names = Object.keys(urls) as Name[];
    // The first requests, the report first on a server that has answered nothing yet (its first is the cold
    // one), then the dashboard reads; the server's peak memory after each.
    const firsts = {} as Record<Name, { ms: number; body: Buffer }>;
    for (const name of names) {
      firsts[name] = await fetchOnce(urls[name], headers);
      mark(name);
    }
    if (firsts.docx.body.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('the DOCX is not a zip');
    // Then rounds of one request to each, one at a time: the report and its reference see the same machine
    // (others' work on these shared cores comes and goes within a run).
    say(`${REQUESTS} rounds of ${names.join(', ')}, one request at a time`);
    const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Name, number[]>;
    for (let i = 0; i < REQUESTS; i++)
      for (const name of names) times[name].push((await fetchOnce(urls[name], headers)).ms);
    const t = Object.fromEntries(names.map((n) => [n, summarise(firsts[n], times[n])])) as Record<
      Name,
      Timed & { body: Buffer }
    >;
    const model = JSON.parse(t.json.body.toString('utf8')) as DocumentModel;
    mark('rounds');
    return {
      engine,
      code: server.code,
      dataset,
      setup,
      plan,
      docx: strip(t.docx),
      xlsx: strip(t.xlsx),
      json: strip(t.json),
      model: {
        blocks: model.body.length,
        annexRows: Object.fromEntries(model.annexes.map((a) => [a.name, a.rows.length])),
        figures: model.figures.length,
        charts: model.body.filter((b) => b.type === 'chart').length,
      },
      reference: { scorecard: strip(t.scorecard), board: strip(t.board), figures: strip(t.figures) },
      memory: memoryAtStart ? { atStart: memoryAtStart.rssMb, peaks } : null,
    };
  } finally {
    await server.stop();
  }
}

const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
const msText = (v: number) => `${v.toFixed(1)} ms`;
const timed = (t: Timed, unit: (v: number) => string = s) =>
  `first ${unit(t.firstMs)}, p50 ${unit(t.p50)}, p95 ${unit(t.p95)}`;

function describe(r: EngineResult): { lines: string[]; goal: string } {
  const d = r.dataset;
  const ref = r.reference;
  const refSum = ref.scorecard.p50 + ref.board.p50 + ref.figures.p50;
  const ratio = r.docx.p50 / refSum;
  const lines = [
    `${r.engine}: dataset ${d.institutions.toLocaleString('en')} institutions, ${d.reports.toLocaleString('en')} ` +
      `reports, ${d.values.toLocaleString('en')} values (scale ${d.scale}), generated in ${d.seconds.toFixed(1)} s; ` +
      `server code ${r.code}`,
    `${r.engine}: ${r.setup.province.typedName} (code ${r.setup.province.code}), ` +
      `${r.setup.institutions.toLocaleString('en')} institutions today (the most of the ${r.setup.ranking.length} ` +
      `provinces: ${r.setup.ranking[0]!.institutions.toLocaleString('en')}); plan ${r.plan.key} ` +
      `(${r.plan.targets} targets${r.plan.created ? ', imported over HTTP for the bench' : ', built in'}); year ${YEAR}`,
    `${r.engine}: annual report DOCX ${timed(r.docx)}, ${r.docx.bytes.toLocaleString('en')} bytes ` +
      `(${r.model.charts} charts)`,
    `${r.engine}: XLSX annexes ${timed(r.xlsx)}, ${r.xlsx.bytes.toLocaleString('en')} bytes ` +
      `(${Object.entries(r.model.annexRows)
        .map(([name, n]) => `${name}: ${n.toLocaleString('en')} rows`)
        .join('; ')})`,
    `${r.engine}: the tree alone (format=json) ${timed(r.json)}, ${r.json.bytes.toLocaleString('en')} bytes ` +
      `(${r.model.blocks} body blocks, ${r.model.figures.toLocaleString('en')} figures)`,
    `${r.engine}: reference, the dashboard reads: scorecard ${timed(ref.scorecard, msText)}; board depth=all ` +
      `${timed(ref.board, msText)} (${ref.board.bytes.toLocaleString('en')} bytes); figures of the children ` +
      `${timed(ref.figures, msText)}; sum of the p50 ${msText(refSum)}`,
    `${r.engine}: ratio DOCX p50 / reference p50 sum = ${ratio.toFixed(1)}` +
      ` (XLSX ${(r.xlsx.p50 / refSum).toFixed(1)}, tree ${(r.json.p50 / refSum).toFixed(1)}); ` +
      `p50 and p95 of ${REQUESTS} rounds of one request to each of the six, one at a time, after the first requests`,
    r.memory
      ? `${r.engine}: server RSS ${r.memory.atStart.toFixed(0)} MiB after start; peak RSS after ` +
        r.memory.peaks.map(([what, mb]) => `${what} ${mb.toFixed(0)}`).join(', ') +
        ' MiB' +
        (r.engine === 'PGlite' ? ' (PGlite included)' : ' (the PostgreSQL server not counted)')
      : `${r.engine}: server RSS unavailable`,
  ];
  const met = r.docx.p50 < GOAL_MS && r.setup.institutions >= GOAL_INSTITUTIONS;
  const goal =
    `${r.engine} annual report DOCX of ${r.setup.province.name} (${r.setup.institutions.toLocaleString('en')} ` +
    `institutions): p50 ${s(r.docx.p50)}, first ${s(r.docx.firstMs)} < 3 s: ` +
    (r.setup.institutions < GOAL_INSTITUTIONS
      ? `not measurable here (fewer than ${GOAL_INSTITUTIONS} institutions)`
      : met && r.docx.firstMs < GOAL_MS
        ? 'met'
        : met
          ? 'met when warm, NOT met cold'
          : 'NOT met');
  return { lines, goal };
}

export async function documentsBench(): Promise<string[]> {
  const out = ['## Official documents (issue 6)'];
  const goals: string[] = [];
  const add = (r: EngineResult) => {
    const d = describe(r);
    out.push(...d.lines);
    goals.push(d.goal);
  };
  out.push(...(await onEachEngine('documents', benchEngine, add)));
  out.push('DESIGN.md §5 goal:', ...goals.map((g) => `  ${g}`));
  return out;
}

if (process.argv[1]?.endsWith('documents.bench.ts')) {
  const started = performance.now();
  const lines = await documentsBench();
  console.log(`\n${lines.join('\n')}`);
  console.log(`\n(${((performance.now() - started) / 60_000).toFixed(1)} min)`);
  process.exit(0);
}
