import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/format';
import {
  type ArticleActions,
  articleActions,
  articleDisplayState,
  hasStep,
  historyAction,
  isReturned,
  publishWindowText,
} from './article-workflow';
import { article, tIn } from './test-support';

const writer = { canWrite: true, canPublish: false };
const editor = { canWrite: true, canPublish: true };
const reader = { canWrite: false, canPublish: false };

const shown = (a: ArticleActions) => (Object.keys(a) as (keyof ArticleActions)[]).filter((k) => a[k]).sort();

describe('articleActions', () => {
  it('lets a writer only write and save a new article', () => {
    expect(shown(articleActions(null, writer))).toEqual(['edit']);
    expect(shown(articleActions(null, reader))).toEqual([]);
  });

  it('gives a writer edit, submit and delete on a draft, and an editor publish as well', () => {
    expect(shown(articleActions('draft', writer))).toEqual(['edit', 'remove', 'submit']);
    expect(shown(articleActions('draft', editor))).toEqual(['edit', 'publish', 'remove', 'submit']);
  });

  it('leaves a writer read-only once the article is in review or published', () => {
    expect(shown(articleActions('in_review', writer))).toEqual([]);
    expect(shown(articleActions('published', writer))).toEqual([]);
  });

  it('gives an editor publish and return in review, unpublish when published, never delete', () => {
    expect(shown(articleActions('in_review', editor))).toEqual(['edit', 'publish', 'sendBack']);
    expect(shown(articleActions('published', editor))).toEqual(['edit', 'unpublish']);
  });

  it('shows nothing to a reader in any status', () => {
    for (const status of ['draft', 'in_review', 'published'] as const) {
      expect(shown(articleActions(status, reader))).toEqual([]);
      expect(hasStep(articleActions(status, reader))).toBe(false);
    }
  });
});

describe('articleDisplayState', () => {
  const now = new Date('2027-04-25T00:00:00Z');

  it('keeps draft and in review as they are, whatever the window', () => {
    expect(articleDisplayState(article({ status: 'draft', publishFrom: null }), now)).toBe('draft');
    expect(articleDisplayState(article({ status: 'in_review' }), now)).toBe('in_review');
  });

  it('says "scheduled" before the window opens and "expired" from its end on', () => {
    expect(articleDisplayState(article({ publishFrom: '2027-04-26T00:00:00Z' }), now)).toBe('scheduled');
    expect(articleDisplayState(article({ publishUntil: '2027-04-25T00:00:00Z' }), now)).toBe('expired');
    expect(
      articleDisplayState(article({ publishFrom: null, publishUntil: '2027-04-30T00:00:00Z' }), now),
    ).toBe('published');
  });

  it('reads in words in both languages', () => {
    const state = articleDisplayState(article({ publishFrom: '2027-05-01T00:00:00Z' }), now);
    expect(tIn('vi')(`articles.states.${state}`)).toBe('Hẹn giờ đăng');
    expect(tIn('en')('articles.states.expired')).toBe('Expired');
  });
});

describe('isReturned', () => {
  it('marks a draft with the editor note, and nothing else', () => {
    expect(isReturned(article({ status: 'draft', reviewNote: 'Thêm ảnh' }))).toBe(true);
    expect(isReturned(article({ status: 'draft', reviewNote: null }))).toBe(false);
    expect(isReturned(article({ status: 'in_review', reviewNote: 'cũ' }))).toBe(false);
  });
});

describe('publishWindowText', () => {
  const t = tIn('vi') as unknown as Parameters<typeof publishWindowText>[1];
  it('says the window in dd/mm/yyyy HH:mm, Vietnam time', () => {
    expect(
      publishWindowText(
        { publishFrom: '2027-04-23T01:00:00Z', publishUntil: '2027-04-30T10:00:00Z' },
        t,
        formatDateTime,
      ),
    ).toBe('23/04/2027 08:00 – 30/04/2027 17:00');
    expect(publishWindowText({ publishFrom: null, publishUntil: null }, t, formatDateTime)).toBe(
      'Từ lúc đăng, không hạn',
    );
  });
});

describe('historyAction', () => {
  it('drops the audit prefix', () => {
    expect(historyAction('article.return')).toBe('return');
    expect(historyAction('something.else')).toBe('something.else');
  });
});
