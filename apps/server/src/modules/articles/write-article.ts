import {
  AppError,
  type Article,
  type ArticleInput,
  type ArticleStatus,
  type ArticleUpdate,
  foldDiacritics,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { hasObservance } from '../activities/activities.repo';
import { invalid, type Problem } from '../activities/activity-rules';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import {
  type ArticleContent,
  deleteArticleRow,
  findArticleRow,
  findDisplayName,
  findUnitPlace,
  hasImageIn,
  insertArticle,
  updateArticleContent,
} from './articles.repo';
import { articleWithHistory, loadArticleFor, toArticle } from './articles.service';
import { bumpArticlesVersion } from './articles-version';
import { sanitizeArticleBody, textOfSanitized } from './sanitize-article';

/** Writing an article: create, change, delete; the body sanitised at every write, every write audited. */

/** A body longer than this is not copied into the audit log (its length is): the log is read in lists. */
const AUDIT_BODY_MAX = 20_000;

/** An article as the audit keeps it: no history, and a huge body by its length only. */
export function auditView(a: Article, removed: string[] = []) {
  const { history: _history, removed: _removed, body, ...rest } = a;
  return {
    ...rest,
    ...(body.length > AUDIT_BODY_MAX ? { bodyLength: body.length } : { body }),
    ...(removed.length > 0 ? { removed } : {}),
  };
}

/** Who may change an article in this status: its writers while a draft, its editors once sent on. */
export const editPermission = (status: ArticleStatus) =>
  status === 'draft' ? ('content.write' as const) : ('content.publish' as const);

const instant = (v: string | null | undefined) => (v ? new Date(v) : null);

/** Folded title, summary and the text of the body: what "sach" is looked for in. */
function searchTextOf(c: Pick<ArticleContent, 'title' | 'summary' | 'body'>): string {
  return foldDiacritics([c.title, c.summary, textOfSanitized(c.body)].filter(Boolean).join(' '));
}

/**
 * Every problem of the content at once: the cover must be an image of a unit in the writer's scope, the
 * national day must be in the catalogue, the window must end after it starts. `changed` limits the lookups to
 * what this write changes (a stored cover stays valid when its writer's scope moves).
 */
async function checkContent(
  tx: DbOrTx,
  actor: Actor,
  c: ArticleContent,
  changed: { cover: boolean; observance: boolean },
) {
  const problems: Problem[] = [];
  if (changed.cover && c.coverImageId) {
    if (!(await hasImageIn(tx, c.coverImageId, scopedUnitIds(actor, 'content.write')))) {
      problems.push({ field: 'body.coverImageId', reason: 'unknown_image', value: c.coverImageId });
    }
  }
  if (changed.observance && c.observanceCode && !(await hasObservance(tx, c.observanceCode))) {
    problems.push({ field: 'body.observanceCode', reason: 'unknown_observance', value: c.observanceCode });
  }
  if (c.publishFrom && c.publishUntil && c.publishUntil.getTime() <= c.publishFrom.getTime()) {
    problems.push({
      field: 'body.publishUntil',
      reason: 'window_backwards',
      value: c.publishUntil.toISOString(),
    });
  }
  if (problems.length > 0) invalid(problems);
}

/**
 * Viết tin: a new draft of a unit where the actor holds content.write. The body is stored sanitised; what was
 * removed is answered in `removed`. Every bad field is named at once and nothing is written.
 */
export async function createArticle(actor: Actor, input: ArticleInput, deps: ServiceDeps): Promise<Article> {
  const now = deps.clock();
  const { html, removed } = sanitizeArticleBody(input.body);
  return deps.db.transaction(async (tx) => {
    await assertUnitAccess(tx, actor, 'content.write', input.unitId);
    const place = await findUnitPlace(tx, input.unitId, todayInVietnam(now));
    if (!place) throw new AppError('NOT_FOUND', `unit ${input.unitId} not found`);
    const author = input.author ?? (await findDisplayName(tx, actor.userId)) ?? actor.username;
    const content: ArticleContent = {
      title: input.title,
      summary: input.summary ?? null,
      body: html,
      author,
      coverImageId: input.coverImageId ?? null,
      topic: input.topic ?? null,
      observanceCode: input.observanceCode ?? null,
      featured: input.featured,
      publishFrom: instant(input.publishFrom),
      publishUntil: instant(input.publishUntil),
      searchText: '',
    };
    content.searchText = searchTextOf(content);
    await checkContent(tx, actor, content, { cover: true, observance: true });
    const id = await insertArticle(
      tx,
      { ...content, unitId: input.unitId, provinceId: place.provinceId },
      { userId: actor.userId, at: now },
    );
    await bumpArticlesVersion(tx);
    await recordAudit(tx, actor, {
      action: 'article.create',
      entity: 'article',
      entityId: id,
      unitId: input.unitId,
      after: auditView(toArticle((await findArticleRow(tx, id))!), removed),
    });
    return articleWithHistory(tx, id, removed);
  });
}

/**
 * Sửa tin (PATCH): the fields given change, the rest stay. A draft is changed by its writers (content.write),
 * an article in review or published only by an editor (content.publish). The version read must still be the
 * stored one (CONFLICT otherwise).
 */
export async function updateArticle(
  actor: Actor,
  id: number,
  patch: ArticleUpdate,
  deps: ServiceDeps,
): Promise<Article> {
  const now = deps.clock();
  const sanitized = patch.body !== undefined ? sanitizeArticleBody(patch.body) : null;
  return deps.db.transaction(async (tx) => {
    const row = await loadArticleFor(tx, actor, id, 'unit.read', true);
    await assertUnitAccess(tx, actor, editPermission(row.status), row.unitId);
    if (row.version !== patch.version) {
      throw new AppError('CONFLICT', `article ${id} is at version ${row.version}`, { version: row.version });
    }
    const has = <K extends keyof ArticleUpdate>(k: K) => patch[k] !== undefined;
    const next: ArticleContent = {
      title: patch.title ?? row.title,
      summary: has('summary') ? (patch.summary ?? null) : row.summary,
      body: sanitized ? sanitized.html : row.body,
      author: patch.author ?? row.author,
      coverImageId: has('coverImageId') ? (patch.coverImageId ?? null) : row.coverImageId,
      topic: has('topic') ? (patch.topic ?? null) : row.topic,
      observanceCode: has('observanceCode') ? (patch.observanceCode ?? null) : row.observanceCode,
      featured: patch.featured ?? row.featured,
      publishFrom: has('publishFrom') ? instant(patch.publishFrom) : instant(row.publishFrom),
      publishUntil: has('publishUntil') ? instant(patch.publishUntil) : instant(row.publishUntil),
      searchText: '',
    };
    next.searchText = searchTextOf(next);
    await checkContent(tx, actor, next, {
      cover: next.coverImageId !== row.coverImageId,
      observance: next.observanceCode !== row.observanceCode,
    });
    await updateArticleContent(tx, id, next, now);
    await bumpArticlesVersion(tx);
    const removed = sanitized?.removed ?? [];
    await recordAudit(tx, actor, {
      action: 'article.update',
      entity: 'article',
      entityId: id,
      unitId: row.unitId,
      before: auditView(toArticle(row)),
      after: auditView(toArticle((await findArticleRow(tx, id))!), removed),
    });
    return articleWithHistory(tx, id, removed);
  });
}

/** Xóa tin: only a draft, by its writers (an article once sent on is unpublished or returned instead). */
export async function deleteArticle(actor: Actor, id: number, deps: ServiceDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await loadArticleFor(tx, actor, id, 'content.write', true);
    if (row.status !== 'draft') {
      throw new AppError('ARTICLE_STATE', `article ${id} is ${row.status}`, { status: row.status });
    }
    await deleteArticleRow(tx, id);
    await bumpArticlesVersion(tx);
    await recordAudit(tx, actor, {
      action: 'article.delete',
      entity: 'article',
      entityId: id,
      unitId: row.unitId,
      before: auditView(toArticle(row)),
    });
  });
}
