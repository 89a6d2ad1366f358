import path from 'node:path';
import type { PlanSummary } from '@suotdoi/shared';
import type { TestApp } from '../../test/test-app';
import type { Client } from '../../test/test-users';
import { getJson } from '../units/units-test-support';
import { loadBuiltInPlans } from './load-plans';

/** Helpers shared by the plans integration tests (not a test file itself). */

/** A small plan set of our own (a program and a Cát Hải district plan), independent of the real data/. */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, 'fixtures/data');

/** The smallest plan file the schema takes, with `extra` on top (targets, another title …). */
export function barePlanFile(key: string, extra: Record<string, unknown> = {}) {
  return {
    key,
    kind: 'plan',
    symbol: null,
    title: 'T',
    issuer: null,
    issuerName: '',
    date: '2023-01-01',
    scope: null,
    ...extra,
  };
}

export async function loadFixturePlans(t: TestApp) {
  return loadBuiltInPlans(t.database, () => {}, { dir: FIXTURE_DIR });
}

export async function planIdByKey(client: Client, key: string): Promise<number> {
  const plan = (await getJson<PlanSummary[]>(client, '/api/plans')).find((p) => p.key === key);
  if (!plan) throw new Error(`no plan ${key}`);
  return plan.id;
}

/** A multipart/form-data body with text fields and files. */
export function multipart(
  fields: Record<string, string>,
  files: { name: string; bytes: Buffer; field?: string }[] = [],
) {
  const boundary = `----suotdoi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'files'}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A tiny valid-looking PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
