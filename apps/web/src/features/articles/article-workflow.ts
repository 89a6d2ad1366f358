import type { Article, ArticleStatus } from '@suotdoi/shared';

/**
 * What the editorial workflow lets a person do with an article in its status, and how its status reads once the
 * publish window is taken into account. The server decides (per unit); this shapes the buttons. No React.
 */

export interface ArticlePermissions {
  /** content.write: write drafts, submit them, delete them. */
  canWrite: boolean;
  /** content.publish: edit while in review or published, publish, return, unpublish. */
  canPublish: boolean;
}

export interface ArticleActions {
  /** The fields may be changed and saved. */
  edit: boolean;
  submit: boolean;
  publish: boolean;
  /** Back to the writer with a note. */
  sendBack: boolean;
  unpublish: boolean;
  remove: boolean;
}

const NONE: ArticleActions = {
  edit: false,
  submit: false,
  publish: false,
  sendBack: false,
  unpublish: false,
  remove: false,
};

/**
 * The buttons an article shows. A new article (status null) may only be written and saved. A draft is edited,
 * submitted and deleted by a writer and published directly by an editor; once in review or published only an
 * editor (content.publish) edits it, and moves it on: publish or return from review, unpublish when published.
 */
export function articleActions(status: ArticleStatus | null, perms: ArticlePermissions): ArticleActions {
  const { canWrite, canPublish } = perms;
  switch (status) {
    case null:
      return { ...NONE, edit: canWrite };
    case 'draft':
      return { ...NONE, edit: canWrite, submit: canWrite, publish: canPublish, remove: canWrite };
    case 'in_review':
      return { ...NONE, edit: canPublish, publish: canPublish, sendBack: canPublish };
    case 'published':
      return { ...NONE, edit: canPublish, unpublish: canPublish };
    default:
      return NONE;
  }
}

/** True when some workflow step (not the save) is offered. */
export function hasStep(actions: ArticleActions): boolean {
  return actions.submit || actions.publish || actions.sendBack || actions.unpublish;
}

/**
 * The status as readers of the list need it: a published article outside its window is not on the portal,
 * so it reads "scheduled" (before publishFrom) or "expired" (from publishUntil on).
 */
export const ARTICLE_DISPLAY_STATES = ['draft', 'in_review', 'scheduled', 'published', 'expired'] as const;
export type ArticleDisplayState = (typeof ARTICLE_DISPLAY_STATES)[number];

export function articleDisplayState(
  article: Pick<Article, 'status' | 'publishFrom' | 'publishUntil'>,
  now: Date = new Date(),
): ArticleDisplayState {
  if (article.status !== 'published') return article.status;
  const at = now.getTime();
  if (article.publishFrom && Date.parse(article.publishFrom) > at) return 'scheduled';
  if (article.publishUntil && Date.parse(article.publishUntil) <= at) return 'expired';
  return 'published';
}

/** A draft the editor sent back: its note is shown first thing to the writer. */
export function isReturned(article: Pick<Article, 'status' | 'reviewNote'>): boolean {
  return article.status === 'draft' && !!article.reviewNote;
}

/** The public page of a published article on the portal. */
export function portalArticlePath(id: number): string {
  return `/portal/news/${id}`;
}

/** The audit actions of the history, as the i18n keys name them. */
export const HISTORY_ACTIONS = ['create', 'update', 'submit', 'publish', 'return', 'unpublish'] as const;

/** "article.publish" → "publish"; an unknown action stays as sent (a newer server's step). */
export function historyAction(action: string): string {
  return action.replace(/^article\./, '');
}

/** The publish window in words: "23/04/2027 08:00 – 30/04/2027 17:00", "Từ lúc đăng, không hạn". */
export function publishWindowText(
  window: { publishFrom: string | null; publishUntil: string | null },
  t: (key: string, options?: Record<string, string>) => string,
  format: (instant: string) => string,
): string {
  const { publishFrom: from, publishUntil: until } = window;
  if (from && until) return t('articles.view.range', { from: format(from), until: format(until) });
  if (from) return t('articles.view.fromOnly', { from: format(from) });
  if (until) return t('articles.view.untilOnly', { until: format(until) });
  return t('articles.view.always');
}
