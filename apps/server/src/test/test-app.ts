import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { openTestDatabase } from './test-db';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.resolve('.tmp/test-data'),
    pgliteDir: 'memory://',
    demo: false,
    cookieSecure: false,
    trustProxy: false,
    logLevel: 'silent',
    webDist: path.resolve('.tmp/no-web'),
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The real application on a private, prepared database; drive it with `app.inject`. */
export async function createTestApp(
  options: { clock?: () => Date; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({
    config: testConfig(options.config),
    database,
    clock: options.clock,
    logger: false,
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * The app of one describe block: opened before its tests, closed after them. Call it in the block's body; the
 * object is filled in by its beforeAll, so read it inside hooks and tests. Hooks registered after this call
 * run once the app is open, and their afterAll before it closes (after hooks run in reverse).
 */
export function useTestApp(options?: Parameters<typeof createTestApp>[0]): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await createTestApp(options));
  });
  afterAll(() => t.close());
  return t;
}
