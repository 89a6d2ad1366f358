import { load } from '../lib';

/** The HTTP side of the analytics bench: reading figures, approving reports, checking answers. */

export interface Session {
  headers: Record<string, string>;
  csrf: string;
}

export interface FiguresBody {
  figures: {
    unitId: number;
    indicator: string;
    year: number;
    reported: number;
    value: number;
    actual: number | null;
  }[];
  units: unknown[];
}

export async function getJson<T>(
  url: string,
  headers: Record<string, string>,
): Promise<{ body: T; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = (await res.json()) as T;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { body, ms: performance.now() - t0 };
}

/** POST /api/reports/:id/approve with the version read, as the signed-in user (CSRF token included). */
export async function approveReport(url: string, session: Session, id: number, version: number) {
  const res = await fetch(`${url}/api/reports/${id}/approve`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json', 'x-csrf-token': session.csrf },
    body: JSON.stringify({ version }),
  });
  if (!res.ok) throw new Error(`approve ${id}: ${res.status} ${(await res.text()).slice(0, 300)}`);
}

/** `requests` GETs of `target` by `users` while one of `reports` is approved every `everyMs` somewhere. */
export async function loadWhileApproving(
  url: string,
  target: string,
  session: Session,
  reports: readonly { id: number; version: number }[],
  options: { requests: number; users: number; everyMs: number },
) {
  let running = true;
  let approvals = 0;
  const stream = (async () => {
    for (const r of reports) {
      if (!running) break;
      await approveReport(url, session, r.id, r.version);
      approvals++;
      await new Promise((resolve) => setTimeout(resolve, options.everyMs));
    }
  })();
  const result = await load(target, options.requests, options.users, session.headers);
  running = false;
  await stream;
  return { ...result, approvals };
}

/**
 * Freshness: approve over HTTP, then read the province's figures of the year until the approval shows (the
 * facts and rollups move in the approval's transaction, so the first read after it should see it).
 */
export async function measureFreshness(
  url: string,
  session: Session,
  reports: readonly { id: number; version: number; provinceId: number }[],
  year: number,
) {
  const results: { approvedMs: number; seenMs: number | null }[] = [];
  for (const report of reports) {
    const figuresUrl = `${url}/api/analytics/figures?unitId=${report.provinceId}&years=${year}`;
    const reported = async () =>
      (await getJson<FiguresBody>(figuresUrl, session.headers)).body.figures.reduce(
        (n, f) => n + f.reported,
        0,
      );
    const before = await reported();
    const t0 = performance.now();
    await approveReport(url, session, report.id, report.version);
    const approvedMs = performance.now() - t0;
    let seenMs: number | null = null;
    while (performance.now() - t0 < 10_000) {
      if ((await reported()) !== before) {
        seenMs = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    results.push({ approvedMs, seenMs });
  }
  return results;
}

/**
 * Our figures against the reference's, unit by unit, indicator by indicator and year by year (reported
 * institutions and summed values): the two must agree, or one of them is wrong.
 */
export function compareFigures(
  ours: FiguresBody,
  reference: Map<string, { reported: number; value: number }>,
  years: readonly number[],
): string[] {
  const problems: string[] = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  for (const f of ours.figures.filter((x) => years.includes(x.year))) {
    const ref = reference.get(`${f.unitId}|${f.indicator}|${f.year}`) ?? { reported: 0, value: 0 };
    if (!close(f.reported, ref.reported) || !close(f.value, ref.value)) {
      problems.push(
        `unit ${f.unitId} ${f.indicator} ${f.year}: ours reported ${f.reported} value ${f.value}, ` +
          `reference reported ${ref.reported} value ${ref.value}`,
      );
    }
  }
  return problems;
}
