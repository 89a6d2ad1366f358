import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppError } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { PLANS_DATA_DIR, readPlanSources } from './load-plans';
import { FIXTURE_DIR, barePlanFile as plan } from './plans-test-support';

/** A scratch data/ folder with an empty plans/ in it. */
function scratchDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plans-'));
  mkdirSync(path.join(dir, 'plans'));
  return dir;
}

describe('readPlanSources', () => {
  it('reads the real data/ and the fixtures without a problem', () => {
    const real = readPlanSources(PLANS_DATA_DIR);
    expect(real.plans.map((p) => p.file.key)).toContain('program-1520');
    expect(real.indicators.length).toBeGreaterThan(0);
    const fixture = readPlanSources(FIXTURE_DIR);
    expect(fixture.plans.map((p) => p.name)).toEqual(['fixture-cat-hai.json', 'fixture-program.json']);
  });

  it('hashes the same files the same way, and a changed file differently', () => {
    expect(readPlanSources(FIXTURE_DIR).hash).toBe(readPlanSources(FIXTURE_DIR).hash);
    const dir = scratchDataDir();
    writeFileSync(path.join(dir, 'plans', 'a.json'), JSON.stringify(plan('a-plan')));
    const before = readPlanSources(dir).hash;
    writeFileSync(path.join(dir, 'plans', 'a.json'), JSON.stringify(plan('a-plan', { title: 'Khác' })));
    expect(readPlanSources(dir).hash).not.toBe(before);
  });

  it('lists every bad file at once, with its name and field, and loads none', () => {
    const dir = scratchDataDir();
    writeFileSync(path.join(dir, 'plans', 'a.json'), JSON.stringify(plan('same-key')));
    writeFileSync(path.join(dir, 'plans', 'b.json'), JSON.stringify(plan('same-key')));
    writeFileSync(path.join(dir, 'plans', 'c.json'), '{ not json');
    writeFileSync(path.join(dir, 'plans', 'd.json'), JSON.stringify(plan('d-plan', { kind: 'memo' })));
    let error: AppError | undefined;
    try {
      readPlanSources(dir);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('IMPORT_INVALID');
    const problems = (error!.details as { problems: { sheet: string; field: string }[] }).problems;
    expect(problems.map((p) => `${p.sheet} ${p.field}`)).toEqual([
      'plans/b.json key',
      'plans/c.json (file)',
      'plans/d.json kind',
    ]);
    expect(error!.message).toContain('plans/d.json kind');
  });
});
