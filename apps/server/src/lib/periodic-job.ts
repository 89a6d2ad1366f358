/**
 * Runs `job` in the server process every `intervalMinutes`, the first run a minute after start: the timer does
 * not keep the process alive, a run never overlaps the previous one, a failure is logged and the next run
 * tries again, and the returned stop function waits for a run under way. Reminders, activity completion and
 * the registrations' retention purge all run this way.
 */
export function startPeriodicJob(options: {
  name: string;
  intervalMinutes: number;
  job: () => Promise<void>;
  log: (line: string) => void;
}): () => Promise<void> {
  if (options.intervalMinutes <= 0) return async () => {};
  let current: Promise<void> | null = null;
  let stopped = false;
  const run = async () => {
    try {
      await options.job();
    } catch (error) {
      options.log(`${options.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const tick = () => {
    if (current || stopped) return;
    current = run().finally(() => {
      current = null;
    });
  };
  const first = setTimeout(tick, 60_000);
  const every = setInterval(tick, options.intervalMinutes * 60_000);
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await current;
  };
}
