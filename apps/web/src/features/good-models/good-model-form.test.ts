import { GoodModelInputSchema, GoodModelUpdateSchema } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  changedGoodModelFields,
  emptyGoodModelForm,
  figureIndexOf,
  formPathOf,
  type GoodModelFormValues,
  toGoodModelForm,
  toGoodModelInput,
  toGoodModelUpdate,
} from './good-model-form';
import { goodModel } from './test-support';

const filled = (over: Partial<GoodModelFormValues> = {}): GoodModelFormValues => ({
  ...emptyGoodModelForm({ unitId: 3101, contactName: 'Nguyễn Thị Lan' }),
  title: '  Tủ sách dòng họ ',
  topic: 'reading_culture',
  categories: ['library_commune'],
  summary: 'Mỗi dòng họ một tủ sách.',
  description: 'Đoạn một.  \r\n\r\n\r\n\r\nĐoạn hai,\r\ndòng hai.\n',
  figures: [
    { indicator: 'readers_per_1000', year: 2025 },
    { indicator: 'readers_per_1000', year: 2024 },
  ],
  photos: [goodModel().photos[0]!],
  contactPhone: ' ',
  contactEmail: 'lan@thuvien.vn ',
  ...over,
});

describe('emptyGoodModelForm', () => {
  it('starts in the given unit with the writer as the contact, nothing else chosen', () => {
    const values = emptyGoodModelForm({ unitId: 31, contactName: 'Lan' });
    expect(values).toMatchObject({ unitId: 31, contactName: 'Lan', topic: null, figures: [], photos: [] });
  });
});

describe('toGoodModelInput', () => {
  it('maps every field to the contract, trimmed, with the status of the button pressed', () => {
    const input = toGoodModelInput(filled(), 'published');
    expect(input).toEqual({
      unitId: 3101,
      title: 'Tủ sách dòng họ',
      topic: 'reading_culture',
      categories: ['library_commune'],
      summary: 'Mỗi dòng họ một tủ sách.',
      description: 'Đoạn một.\n\nĐoạn hai,\ndòng hai.',
      figures: [
        { indicator: 'readers_per_1000', year: 2025 },
        { indicator: 'readers_per_1000', year: 2024 },
      ],
      photoIds: ['0b6f3c9e-3a51-4f5e-9d5b-6c1f1a2b3c4d'],
      contactName: 'Nguyễn Thị Lan',
      contactPhone: null,
      contactEmail: 'lan@thuvien.vn',
      status: 'published',
    });
  });

  it('gives an input the shared contract accepts, paragraphs kept', () => {
    const parsed = GoodModelInputSchema.parse(toGoodModelInput(filled(), 'draft'));
    expect(parsed.description).toBe('Đoạn một.\n\nĐoạn hai,\ndòng hai.');
    expect(parsed.status).toBe('draft');
  });

  it('keeps the photos in the order chosen: the first is the cover', () => {
    const [a] = goodModel().photos;
    const b = { ...a!, id: '1b6f3c9e-3a51-4f5e-9d5b-6c1f1a2b3c4d', name: 'b.jpg' };
    expect(toGoodModelInput(filled({ photos: [b, a!] }), 'draft').photoIds).toEqual([b.id, a!.id]);
  });
});

describe('toGoodModelForm', () => {
  it('reads a saved model back into the form, the frozen figures as picks', () => {
    const values = toGoodModelForm(goodModel());
    expect(values).toMatchObject({
      unitId: 3101,
      title: 'Tủ sách dòng họ',
      figures: [{ indicator: 'readers_per_1000', year: 2025 }],
      contactPhone: '0912 345 678',
      contactEmail: '',
    });
    expect(values.photos.map((p) => p.name)).toEqual(['tu-sach.jpg']);
  });

  it('round-trips: an untouched form changes nothing', () => {
    const model = goodModel();
    expect(changedGoodModelFields(toGoodModelForm(model), toGoodModelForm(model))).toEqual([]);
  });
});

describe('toGoodModelUpdate', () => {
  it('sends only what changed, with the version read', () => {
    const model = goodModel();
    const values = { ...toGoodModelForm(model), title: 'Tủ sách dòng họ Đinh', contactEmail: 'lan@tv.vn' };
    const update = toGoodModelUpdate(values, 'published', model);
    expect(update).toEqual({ version: 3, title: 'Tủ sách dòng họ Đinh', contactEmail: 'lan@tv.vn' });
    expect(GoodModelUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('sends the figures only when the picks changed (then the server reads them again)', () => {
    const model = goodModel();
    const same = toGoodModelUpdate(toGoodModelForm(model), 'published', model);
    expect(same).toEqual({ version: 3 });
    const more = toGoodModelUpdate(
      {
        ...toGoodModelForm(model),
        figures: [...toGoodModelForm(model).figures, { indicator: 'x', year: 2024 }],
      },
      'published',
      model,
    );
    expect(more.figures).toEqual([
      { indicator: 'readers_per_1000', year: 2025 },
      { indicator: 'x', year: 2024 },
    ]);
  });

  it('sends the status when the button pressed changes it', () => {
    const model = goodModel({ status: 'draft', publishedAt: null });
    expect(toGoodModelUpdate(toGoodModelForm(model), 'published', model)).toEqual({
      version: 3,
      status: 'published',
    });
  });

  it('clears a phone number with null', () => {
    const model = goodModel();
    expect(toGoodModelUpdate({ ...toGoodModelForm(model), contactPhone: '' }, 'published', model)).toEqual({
      version: 3,
      contactPhone: null,
    });
  });
});

describe('formPathOf', () => {
  it('puts a server field error on its form field', () => {
    expect(formPathOf('body.title')).toBe('title');
    expect(formPathOf('body.figures.2.indicator')).toBe('figures');
    expect(formPathOf('body.photoIds.0')).toBe('photos');
    expect(formPathOf('body.unitId')).toBe('unitId');
    expect(formPathOf('contactEmail')).toBe('contactEmail');
  });

  it('has no field for a path the form does not show', () => {
    expect(formPathOf('body.version')).toBeUndefined();
    expect(formPathOf('')).toBeUndefined();
  });
});

describe('figureIndexOf', () => {
  it('names the refused pick by its position', () => {
    expect(figureIndexOf('body.figures.2.indicator')).toBe(2);
    expect(figureIndexOf('figures.0')).toBe(0);
    expect(figureIndexOf('body.photoIds.2')).toBeUndefined();
  });
});
