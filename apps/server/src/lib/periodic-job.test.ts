import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

describe('startPeriodicJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a minute after start and then every interval, never two runs at once', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const stop = startPeriodicJob({
      name: 'test',
      intervalMinutes: 2,
      log: () => {},
      job: () => {
        runs += 1;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
    // The first run is still going at the first interval: no second run starts beside it.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(2);
    release();
    await stop();
  });

  it('logs a failed run and tries again at the next interval', async () => {
    const lines: string[] = [];
    let runs = 0;
    const stop = startPeriodicJob({
      name: 'purge',
      intervalMinutes: 5,
      log: (l) => lines.push(l),
      job: async () => {
        runs += 1;
        throw new Error('database gone');
      },
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(runs).toBe(2);
    expect(lines[0]).toBe('purge failed: database gone');
    await stop();
  });

  it('does nothing with an interval of zero', async () => {
    const job = vi.fn(async () => {});
    const stop = startPeriodicJob({ name: 'off', intervalMinutes: 0, log: () => {}, job });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(job).not.toHaveBeenCalled();
    await stop();
  });
});
