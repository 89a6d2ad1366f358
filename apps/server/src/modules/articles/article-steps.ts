import { AppError, type Article, type ArticleStatus, type Permission } from '@suotdoi/shared';
import { invalid } from '../activities/activity-rules';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { updateArticleStatus } from './articles.repo';
import { articleWithHistory, loadArticleFor } from './articles.service';
import { bumpArticlesVersion } from './articles-version';

/**
 * Quy trình biên tập: draft → in review → published, and back. A writer (content.write) sends a draft for
 * review; an editor (content.publish: commune and province officers) publishes, returns it with a note, or
 * takes it down. Every step is audited with its note, which is the article's history.
 */

export type ArticleStep = 'submit' | 'publish' | 'return' | 'unpublish';

export interface ArticleStepInput {
  note?: string | null;
  version: number;
}

const STEPS: Record<
  ArticleStep,
  { from: readonly ArticleStatus[]; to: ArticleStatus; permission: Permission }
> = {
  submit: { from: ['draft'], to: 'in_review', permission: 'content.write' },
  // An editor may publish their own draft without sending it to themselves first.
  publish: { from: ['in_review', 'draft'], to: 'published', permission: 'content.publish' },
  return: { from: ['in_review'], to: 'draft', permission: 'content.publish' },
  unpublish: { from: ['published'], to: 'draft', permission: 'content.publish' },
};

/**
 * One step of the workflow on article `id`. NOT_FOUND outside the actor's scope, FORBIDDEN without the step's
 * permission, CONFLICT on a stale version, ARTICLE_STATE from a status the step does not start from. Publishing
 * opens the window now unless it starts later, and sets publishedAt; returning needs a note, which is kept as
 * the review note until the article is published.
 */
export async function stepArticle(
  actor: Actor,
  id: number,
  step: ArticleStep,
  input: ArticleStepInput,
  deps: ServiceDeps,
): Promise<Article> {
  const now = deps.clock();
  const rule = STEPS[step];
  const note = input.note ?? null;
  return deps.db.transaction(async (tx) => {
    const row = await loadArticleFor(tx, actor, id, rule.permission, true);
    if (row.version !== input.version) {
      throw new AppError('CONFLICT', `article ${id} is at version ${row.version}`, { version: row.version });
    }
    if (!rule.from.includes(row.status)) {
      throw new AppError('ARTICLE_STATE', `article ${id} is ${row.status}: cannot ${step}`, {
        status: row.status,
      });
    }
    if (step === 'return' && !note) invalid([{ field: 'body.note', reason: 'required' }]);
    const storedFrom = row.publishFrom ? new Date(row.publishFrom) : null;
    const publishFrom = step === 'publish' ? (storedFrom ?? now) : storedFrom;
    if (
      step === 'publish' &&
      row.publishUntil &&
      new Date(row.publishUntil).getTime() <= publishFrom!.getTime()
    ) {
      invalid([{ field: 'body.publishUntil', reason: 'window_backwards', value: row.publishUntil }]);
    }
    const change = {
      status: rule.to,
      publishedAt:
        step === 'publish'
          ? now
          : step === 'unpublish'
            ? null
            : row.publishedAt
              ? new Date(row.publishedAt)
              : null,
      publishFrom,
      reviewNote: step === 'publish' ? null : step === 'submit' ? row.reviewNote : note,
    };
    await updateArticleStatus(tx, id, change, now);
    await bumpArticlesVersion(tx);
    await recordAudit(tx, actor, {
      action: `article.${step}`,
      entity: 'article',
      entityId: id,
      unitId: row.unitId,
      before: { status: row.status, version: row.version },
      after: {
        status: change.status,
        version: row.version + 1,
        note,
        publishFrom: change.publishFrom?.toISOString() ?? null,
        publishedAt: change.publishedAt?.toISOString() ?? null,
      },
    });
    return articleWithHistory(tx, id);
  });
}
