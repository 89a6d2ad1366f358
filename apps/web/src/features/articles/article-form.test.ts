import { describe, expect, it } from 'vitest';
import {
  changedArticleFields,
  emptyArticleForm,
  formPathOf,
  instantToWall,
  isWindowBackwards,
  normalizeBody,
  toArticleForm,
  toArticleInput,
  toArticleUpdate,
  wallToInstant,
} from './article-form';
import { article } from './test-support';

const cover = {
  id: '3f2a7c1e-9a0b-4c5d-8e6f-112233445566',
  url: '/media/3f2a7c1e-9a0b-4c5d-8e6f-112233445566',
  name: 'bia.jpg',
  mime: 'image/jpeg',
  size: 1200,
};

describe('wallToInstant and instantToWall', () => {
  it('reads a date and time typed in the form as Vietnam time (+07:00)', () => {
    expect(wallToInstant('2027-04-23T08:00')).toBe('2027-04-23T08:00:00+07:00');
    expect(wallToInstant(null)).toBeNull();
    expect(wallToInstant('23/04/2027 08:00')).toBeNull();
  });

  it('shows a stored instant as its wall-clock time in Vietnam, whatever its offset', () => {
    expect(instantToWall('2027-04-23T01:00:00.000Z')).toBe('2027-04-23T08:00');
    // 18:30 UTC is already the next day in Vietnam.
    expect(instantToWall('2027-04-22T18:30:00Z')).toBe('2027-04-23T01:30');
    expect(instantToWall(null)).toBeNull();
  });
});

describe('toArticleInput', () => {
  it('trims the text, empties to null, sends the cover id and the window as instants with +07:00', () => {
    const input = toArticleInput({
      ...emptyArticleForm({ unitId: 501 }),
      title: '  Ngày Sách 2027 ',
      summary: '   ',
      author: '',
      cover,
      topic: 'reading_culture',
      observanceCode: 'reading_culture_day',
      featured: true,
      publishFrom: '2027-04-21T07:30',
      publishUntil: '2027-05-01T00:00',
      body: '<h2>Chương trình</h2><ul><li><p>Trưng bày</p></li></ul>',
    });
    expect(input).toEqual({
      unitId: 501,
      title: 'Ngày Sách 2027',
      summary: null,
      author: null,
      coverImageId: cover.id,
      topic: 'reading_culture',
      observanceCode: 'reading_culture_day',
      featured: true,
      publishFrom: '2027-04-21T07:30:00+07:00',
      publishUntil: '2027-05-01T00:00:00+07:00',
      body: '<h2>Chương trình</h2><ul><li><p>Trưng bày</p></li></ul>',
    });
  });

  it('sends an empty editor ("<p></p>") as no body, and no window as nulls', () => {
    const input = toArticleInput({ ...emptyArticleForm({ unitId: 1 }), title: 'x', body: '<p></p>' });
    expect(input.body).toBe('');
    expect(input.publishFrom).toBeNull();
    expect(input.publishUntil).toBeNull();
    expect(normalizeBody('<p>a</p>')).toBe('<p>a</p>');
  });
});

describe('toArticleForm', () => {
  it('turns the stored article back into the values the editor shows', () => {
    const form = toArticleForm(article({ cover, summary: null, publishUntil: '2027-05-01T10:00:00.000Z' }));
    expect(form).toMatchObject({
      unitId: 501,
      summary: '',
      cover,
      publishFrom: '2027-04-23T08:00',
      publishUntil: '2027-05-01T17:00',
      body: '<h2>Chương trình</h2><p>Trưng bày sách.</p>',
    });
  });

  it('gives back the same input for an article read and not touched (nothing to save)', () => {
    const a = article({ cover, publishUntil: '2027-05-01T10:00:00+00:00' });
    expect(changedArticleFields(toArticleForm(a), toArticleForm(a))).toEqual([]);
    expect(toArticleUpdate(toArticleForm(a), a)).toEqual({ version: 4 });
  });
});

describe('toArticleUpdate', () => {
  it('sends only the changed fields with the version read', () => {
    const a = article();
    const values = { ...toArticleForm(a), title: 'Tiêu đề mới', featured: true, publishFrom: null };
    expect(toArticleUpdate(values, a)).toEqual({
      version: 4,
      title: 'Tiêu đề mới',
      featured: true,
      publishFrom: null,
    });
  });

  it('sends a removed cover as null and a new body as written', () => {
    const a = article({ cover });
    const values = { ...toArticleForm(a), cover: null, body: '<p>Mới</p>' };
    expect(toArticleUpdate(values, a)).toEqual({ version: 4, coverImageId: null, body: '<p>Mới</p>' });
  });
});

describe('isWindowBackwards', () => {
  it('refuses a window that closes at or before it opens, and allows an open end', () => {
    expect(isWindowBackwards('2027-04-23T08:00', '2027-04-23T08:00')).toBe(true);
    expect(isWindowBackwards('2027-04-23T08:00', '2027-04-22T23:00')).toBe(true);
    expect(isWindowBackwards('2027-04-23T08:00', '2027-04-23T08:05')).toBe(false);
    expect(isWindowBackwards(null, '2027-04-23T08:00')).toBe(false);
    expect(isWindowBackwards('2027-04-23T08:00', null)).toBe(false);
  });
});

describe('formPathOf', () => {
  it('puts a server field error on its field', () => {
    expect(formPathOf('body.coverImageId')).toBe('cover');
    expect(formPathOf('body.publishUntil')).toBe('publishUntil');
    expect(formPathOf('title')).toBe('title');
    expect(formPathOf('body.body')).toBe('body');
    expect(formPathOf('body.version')).toBeUndefined();
  });
});
