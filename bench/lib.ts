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
