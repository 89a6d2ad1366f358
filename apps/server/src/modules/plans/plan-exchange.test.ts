import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  INSTITUTION_CATEGORIES,
  PLAN_KINDS,
  PLAN_STATUSES,
  type PlanFile,
  SECTION_KEYS,
  TASK_AREAS,
} from '@suotdoi/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLANS_DATA_DIR } from './load-plans';
import { canonicalPlanFile, toPlanFile, toStoredPlan } from './plan-file-mapping';
import {
  decodeText,
  encodeText,
  fromSheets,
  readPlanWorkbook,
  toSheets,
  writePlanWorkbook,
} from './plan-workbook';
import { barePlanFile } from './plans-test-support';

/** Text with what breaks naive formats: quotes, braces, commas, line breaks, Vietnamese letters, spaces. */
const char = fc.constantFrom(...'aăâbđeêioôơuưyAĐ "\'{}[],.;:-–%()\n09 '.split(''));
const text = (maxLength = 20) => fc.string({ unit: char, maxLength });
const nonEmpty = (maxLength = 20) => fc.string({ unit: char, minLength: 1, maxLength });
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const year = fc.integer({ min: 2020, max: 2040 });
const number = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((v) => (Object.is(v, -0) ? 0 : v));
const unitRef = fc.record(
  {
    code: nonEmpty(12),
    kind: fc.constantFrom('country', 'province', 'district', 'commune', 'agency', 'institution' as const),
    on: isoDate,
  },
  { requiredKeys: ['code', 'kind'] },
);
const source = fc.record({ file: text(), quote: text(40) });
const party = fc.record({ text: nonEmpty(), unit: unitRef }, { requiredKeys: ['text'] });

const target = fc.record(
  {
    indicator: nonEmpty(12),
    category: fc.constantFrom(null, ...INSTITUTION_CATEGORIES),
    categories: fc.uniqueArray(fc.constantFrom(...INSTITUTION_CATEGORIES), { minLength: 2, maxLength: 3 }),
    from: year,
    year,
    value: number,
    min: number,
    max: number,
    baseline: fc.record({ year, value: fc.option(number, { nil: null }) }),
    note: text(),
    source,
  },
  { requiredKeys: ['indicator', 'category', 'year'] },
);
const task = fc.record(
  {
    code: text(8),
    area: fc.constantFrom(...TASK_AREAS),
    content: nonEmpty(40),
    product: fc.option(text(), { nil: null }),
    lead: fc.array(party, { maxLength: 2 }),
    coordinating: fc.array(party, { maxLength: 3 }),
    from: text(10),
    to: fc.option(text(10), { nil: null }),
    recurrence: fc.constantFrom('once', 'yearly', 'continuous' as const),
    dates: fc.array(isoDate, { maxLength: 2 }),
    observances: fc.array(nonEmpty(10), { maxLength: 2 }),
    note: text(),
    source,
  },
  { requiredKeys: ['area', 'content', 'product', 'lead', 'coordinating', 'from', 'to', 'recurrence'] },
);
const planFile: fc.Arbitrary<PlanFile> = fc
  .record(
    {
      key: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/),
      kind: fc.constantFrom(...PLAN_KINDS),
      symbol: fc.option(text(15), { nil: null }),
      title: nonEmpty(40),
      issuer: fc.option(unitRef, { nil: null }),
      issuerName: text(),
      date: isoDate,
      datePrecision: fc.constantFrom('day', 'month', 'year' as const),
      scope: fc.option(unitRef, { nil: null }),
      status: fc.constantFrom(...PLAN_STATUSES),
      implements: fc.array(fc.record({ key: text(), symbol: text(), title: text() }, { requiredKeys: [] }), {
        maxLength: 2,
      }),
      sections: fc.array(
        fc.record({ key: fc.constantFrom(...SECTION_KEYS), title: text(), text: text(60) }),
        {
          maxLength: 3,
        },
      ),
      observances: fc.array(nonEmpty(10), { maxLength: 2 }),
      targets: fc.array(target, { maxLength: 4 }),
      tasks: fc.array(task, { maxLength: 3 }),
      notes: fc.array(text(), { maxLength: 2 }),
      source: fc.record({ file: text(), note: text() }, { requiredKeys: ['file'] }),
    },
    { requiredKeys: ['key', 'kind', 'symbol', 'title', 'issuer', 'issuerName', 'date', 'scope'] },
  )
  .map(canonicalPlanFile);

const builtIn = (): PlanFile[] =>
  readdirSync(path.join(PLANS_DATA_DIR, 'plans'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => canonicalPlanFile(JSON.parse(readFileSync(path.join(PLANS_DATA_DIR, 'plans', n), 'utf8'))));

describe('the plan file and its stored rows', () => {
  it('reads back every plan file it stores, unchanged', () => {
    fc.assert(
      fc.property(planFile, (file) => {
        expect(canonicalPlanFile(toPlanFile(toStoredPlan(file)))).toEqual(file);
      }),
    );
  });

  it('reads back every built-in plan unchanged', () => {
    for (const file of builtIn()) expect(canonicalPlanFile(toPlanFile(toStoredPlan(file)))).toEqual(file);
  });
});

describe('the plan workbook', () => {
  it('keeps empty text, quoted text and absent text apart', () => {
    for (const v of ['', '"', '"quoted"', 'plain', ' spaced ', null])
      expect(decodeText(encodeText(v))).toBe(v);
  });

  it('reads back every plan from its sheets, unchanged (pure half)', () => {
    fc.assert(
      fc.property(planFile, (file) => {
        const { raw, problems } = fromSheets(toSheets(file));
        expect(problems).toEqual([]);
        expect(canonicalPlanFile(raw)).toEqual(file);
      }),
    );
  });

  it('keeps a code that starts with a quote (CI once drew the indicator \'""\')', () => {
    const file = builtIn()[0]!;
    const odd = { ...file, targets: [{ ...file.targets[0]!, indicator: '""' }] };
    const { raw, problems } = fromSheets(toSheets(odd));
    expect(problems).toEqual([]);
    expect((raw.targets as { indicator: string }[])[0]!.indicator).toBe('""');
  });

  it('reads back every plan from a real .xlsx file, unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(planFile, async (file) => {
        const sheets = await readPlanWorkbook(await writePlanWorkbook(file));
        const { raw, problems } = fromSheets(sheets!);
        expect(problems).toEqual([]);
        expect(canonicalPlanFile(raw)).toEqual(file);
      }),
      { numRuns: 25 },
    );
  });

  it('reads back every built-in plan from its .xlsx file, unchanged', async () => {
    for (const file of builtIn()) {
      const { raw } = fromSheets((await readPlanWorkbook(await writePlanWorkbook(file)))!);
      expect(canonicalPlanFile(raw)).toEqual(file);
    }
  });

  it('skips blank rows and keeps each row’s number as Excel shows it', () => {
    const sheets = toSheets(
      canonicalPlanFile(
        barePlanFile('x-1', {
          targets: [
            { indicator: 'A', year: 2025, value: 1 },
            { indicator: 'B', year: 2030, value: 2 },
          ],
        }),
      ),
    );
    sheets.targets.splice(2, 0, [null, null], []);
    const read = fromSheets(sheets);
    expect(read.rows.targets).toEqual([2, 5]);
    expect((read.raw.targets as { indicator: string }[]).map((x) => x.indicator)).toEqual(['A', 'B']);
  });

  it('names the sheet, row and column of a cell it cannot read', () => {
    const sheets = toSheets(
      canonicalPlanFile(
        barePlanFile('x-1', {
          targets: [{ indicator: 'A', year: 2025, value: 1 }],
        }),
      ),
    );
    sheets.targets[1]![5] = 'mười';
    expect(fromSheets(sheets).problems).toEqual([
      { sheet: 'targets', row: 2, field: 'value', reason: 'not_a_number', value: 'mười' },
    ]);
  });
});
