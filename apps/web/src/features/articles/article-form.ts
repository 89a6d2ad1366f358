import type { Article, ArticleInput, ArticleUpdate, ContentTopic, Image } from '@suotdoi/shared';
import { instantParts, toInstant } from '../activities/activity-time';

/**
 * The article editor's values and the API's ArticleInput / ArticleUpdate, both ways, and where a server field
 * error belongs in the form. The publish window is typed as a date and time in Vietnam (dd/mm/yyyy HH:mm) and
 * sent as an instant with +07:00, whatever the browser's time zone. No React.
 */

export interface ArticleFormValues {
  unitId: number | null;
  title: string;
  summary: string;
  author: string;
  /** The uploaded cover (its id is sent; the rest shows the preview). */
  cover: Image | null;
  topic: ContentTopic | null;
  observanceCode: string | null;
  featured: boolean;
  /** "YYYY-MM-DDTHH:mm", the wall-clock time in Vietnam; null: when published / for ever. */
  publishFrom: string | null;
  publishUntil: string | null;
  /** HTML from the editor. */
  body: string;
}

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
export const AUTHOR_MAX = 120;

export function emptyArticleForm(defaults: { unitId?: number | null } = {}): ArticleFormValues {
  return {
    unitId: defaults.unitId ?? null,
    title: '',
    summary: '',
    author: '',
    cover: null,
    topic: null,
    observanceCode: null,
    featured: false,
    publishFrom: null,
    publishUntil: null,
    body: '',
  };
}

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** "2027-04-23T08:00" (Vietnam) → "2027-04-23T08:00:00+07:00"; null for none or a malformed value. */
export function wallToInstant(wall: string | null | undefined): string | null {
  const m = WALL.exec(wall ?? '');
  return m ? toInstant(m[1], m[2]) : null;
}

/** An instant (any offset) → "YYYY-MM-DDTHH:mm" in Vietnam, what the pickers edit. */
export function instantToWall(instant: string | null | undefined): string | null {
  const parts = instantParts(instant);
  return parts ? `${parts.date}T${parts.time}` : null;
}

/** An empty editor writes "<p></p>": that is no body at all. */
export function normalizeBody(html: string | null | undefined): string {
  const value = (html ?? '').trim();
  return /^(<p>\s*<\/p>)*$/.test(value) ? '' : value;
}

const blankToNull = (v: string | null | undefined) => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/** The form's values → ArticleInput (the form's own rules have run, so the unit and title are there). */
export function toArticleInput(values: ArticleFormValues): ArticleInput {
  return {
    unitId: values.unitId ?? 0,
    title: values.title.trim(),
    summary: blankToNull(values.summary),
    body: normalizeBody(values.body),
    author: blankToNull(values.author),
    coverImageId: values.cover?.id ?? null,
    topic: values.topic ?? null,
    observanceCode: values.observanceCode || null,
    featured: values.featured,
    publishFrom: wallToInstant(values.publishFrom),
    publishUntil: wallToInstant(values.publishUntil),
  };
}

/** An article as the form edits it. */
export function toArticleForm(article: Article): ArticleFormValues {
  return {
    unitId: article.unit.id,
    title: article.title,
    summary: article.summary ?? '',
    author: article.author,
    cover: article.cover,
    topic: article.topic,
    observanceCode: article.observanceCode,
    featured: article.featured,
    publishFrom: instantToWall(article.publishFrom),
    publishUntil: instantToWall(article.publishUntil),
    body: article.body,
  };
}

/** The fields an edit may send (the unit stays). */
export const UPDATABLE_FIELDS = [
  'title',
  'summary',
  'author',
  'coverImageId',
  'topic',
  'observanceCode',
  'featured',
  'publishFrom',
  'publishUntil',
  'body',
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

// Both sides go through toArticleInput, so instants are written alike (+07:00) and compare as text.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields where two versions of the form differ, in the form's order. */
export function changedArticleFields(a: ArticleFormValues, b: ArticleFormValues): UpdatableField[] {
  const left = toArticleInput(a);
  const right = toArticleInput(b);
  return UPDATABLE_FIELDS.filter((f) => !same(left[f], right[f]));
}

/**
 * The PATCH body: only what changed since `base` was read, so a colleague's edit of another field survives, with
 * `base`'s version. The author is sent as written, since the server fills an empty one with the writer's name.
 */
export function toArticleUpdate(values: ArticleFormValues, base: Article): ArticleUpdate {
  const input = toArticleInput(values);
  const body: Record<string, unknown> = { version: base.version };
  for (const f of changedArticleFields(values, toArticleForm(base))) body[f] = input[f];
  return body as ArticleUpdate;
}

/** True when the window closes at or before it opens (the server refuses it: window_backwards). */
export function isWindowBackwards(
  from: string | null | undefined,
  until: string | null | undefined,
): boolean {
  const a = wallToInstant(from);
  const b = wallToInstant(until);
  return !!a && !!b && Date.parse(b) <= Date.parse(a);
}

const FIELD_OF: Record<string, keyof ArticleFormValues> = {
  unitId: 'unitId',
  title: 'title',
  summary: 'summary',
  author: 'author',
  coverImageId: 'cover',
  topic: 'topic',
  observanceCode: 'observanceCode',
  featured: 'featured',
  publishFrom: 'publishFrom',
  publishUntil: 'publishUntil',
  body: 'body',
};

/** Where a server field error ("body.publishUntil", "coverImageId") shows in the form; undefined when nowhere. */
export function formPathOf(serverField: string): keyof ArticleFormValues | undefined {
  const head = serverField.replace(/^body\./, '').split('.')[0];
  return head ? FIELD_OF[head] : undefined;
}

/** The i18n key of a server field's label (the error alert names the field). */
export function serverFieldKey(serverField: string): string | undefined {
  const path = formPathOf(serverField);
  return path ? `articles.form.fields.${path}` : undefined;
}
