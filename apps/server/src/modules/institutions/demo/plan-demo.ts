import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InstitutionCategorySchema, type IsoDate } from '@suotdoi/shared';
import { z } from 'zod';
import type { InstitutionState } from '../institution-rules';

/** The reviewable name templates of the demo institutions. */
export const DEMO_FILE = path.resolve(import.meta.dirname, '../../../../../../data/demo/institutions.json');

const TemplateSchema = z.object({
  code: z.string().regex(/^[A-Z]+$/),
  category: InstitutionCategorySchema,
  names: z.array(z.string()).min(1),
  sector: z.string().nullable().optional(),
  services: z.array(z.string()).default([]),
  hours: z.string().optional(),
});

export const DemoTemplatesSchema = z.object({
  seed: z.number().int(),
  provinces: z.array(z.string()).min(1),
  communeEvery: z.number().int().min(1),
  province: z.array(TemplateSchema),
  commune: z.array(TemplateSchema),
  village: TemplateSchema.extend({
    perCommune: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    villages: z.array(z.string()).min(1),
  }),
  extras: z.array(
    TemplateSchema.extend({ count: z.number().int().min(1), atCommune: z.boolean().optional() }),
  ),
  people: z.array(z.string()).min(1),
  streets: z.array(z.string()).min(1),
});
export type DemoTemplates = z.infer<typeof DemoTemplatesSchema>;

export function readDemoTemplates(file = DEMO_FILE): DemoTemplates {
  return DemoTemplatesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export type DemoArea = {
  id: number;
  code: string;
  name: string;
  typeName: string | null;
  validFrom: IsoDate;
};

export interface DemoProvince extends DemoArea {
  /** Its communes valid today, in code order. */
  communes: DemoArea[];
  /** Its agencies by sector ("culture" = the Department of Culture); absent when not loaded. */
  agencyBySector: Map<string, number>;
}

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same demo data on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed per province, so that adding a province to the file does not change the others' data. */
const seedFor = (seed: number, code: string) =>
  [...code].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), seed);

/** "tỉnh Ninh Bình", "thành phố Hải Phòng", "xã Gia Viễn", "phường Hoa Lư", "đặc khu Cát Hải". */
const phrase = (area: DemoArea, fallback: string) =>
  `${(area.typeName ?? fallback).toLowerCase()} ${area.name}`;

/**
 * The demo institutions of one province, in today's structure: a provincial library, museum and cultural
 * centre; for every `communeEvery`-th commune a library or reading room, a cultural centre and a few village
 * cultural houses; and the extras (schools, university, armed forces, community learning centres). Pure.
 */
export function planDemoProvince(templates: DemoTemplates, province: DemoProvince) {
  const random = prng(seedFor(templates.seed, province.code));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  /** Draws without repeating until the pool is used up (no two "Trường THPT Nguyễn Trãi" in one province). */
  const drawer = <T>(items: readonly T[]) => {
    let pool: T[] = [];
    return () => {
      if (pool.length === 0) pool = [...items];
      return pool.splice(Math.floor(random() * pool.length), 1)[0]!;
    };
  };
  const person = drawer(templates.people);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const provincePhrase = phrase(province, 'Tỉnh');
  const sampled = province.communes.filter((_, i) => i % templates.communeEvery === 0);
  const out: (InstitutionState & { parentId: number })[] = [];

  const add = (
    template: z.infer<typeof TemplateSchema>,
    code: string,
    parent: DemoArea,
    fill: Record<string, string>,
  ) => {
    const communePhrase = parent === province ? '' : phrase(parent, 'Xã');
    const values: Record<string, string> = {
      province: provincePhrase,
      provinceName: province.name,
      commune: communePhrase,
      communeName: parent.name,
      person: person(),
      ...fill,
    };
    const name = pick(template.names).replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
    const street = pick(templates.streets);
    const where = [communePhrase, provincePhrase].filter(Boolean).join(', ');
    out.push({
      code,
      name,
      category: template.category,
      parentId: parent.id,
      managingAgencyId: template.sector ? (province.agencyBySector.get(template.sector) ?? null) : null,
      address: `Số ${int(1, 250)} đường ${street}, ${where}`,
      phone: null,
      email: `demo.${code.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`,
      website: null,
      openingHours: template.hours ?? null,
      services: template.services,
      // Today's structure began on 1/7/2025; an institution cannot predate its parent's validity.
      validFrom: [parent.validFrom, province.validFrom].sort()[1]!,
      validTo: null,
    });
  };

  for (const t of templates.province) add(t, `DEMO-${province.code}-${t.code}`, province, {});
  for (const commune of sampled) {
    for (const t of templates.commune) add(t, `DEMO-${commune.code}-${t.code}`, commune, {});
    const villages = int(templates.village.perCommune[0], templates.village.perCommune[1]);
    const names = [...templates.village.villages];
    for (let n = 1; n <= villages; n++) {
      const village = names.splice(Math.floor(random() * names.length), 1)[0] ?? String(n);
      add(templates.village, `DEMO-${commune.code}-${templates.village.code}${n}`, commune, { village });
    }
  }
  for (const t of templates.extras) {
    const commune = drawer(sampled);
    for (let n = 1; n <= t.count; n++) {
      const parent = t.atCommune && sampled.length > 0 ? commune() : province;
      add(t, `DEMO-${province.code}-${t.code}${n}`, parent, {});
    }
  }
  return out;
}
