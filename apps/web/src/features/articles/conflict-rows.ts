import type { Article } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import type { Observance } from '../../api/plans';
import type { ConflictRow } from '../../components/ConflictAlert';
import { formatDateTime } from '../../lib/format';
import { observanceCodeLabel } from '../plans/labels';
import {
  type ArticleFormValues,
  changedArticleFields,
  toArticleForm,
  toArticleInput,
  type UpdatableField,
} from './article-form';

/** The conflict table's rows: each field where the colleague's saved version and this person's form differ. */

interface Context {
  t: TFunction;
  language: string;
  observances: readonly Observance[];
}

const LABEL_OF: Record<UpdatableField, keyof ArticleFormValues> = {
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

/** The body as text, shortened: enough to see which version is which. */
export function bodyExcerpt(html: string, max = 160): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One field of one version as people read it: names instead of codes, times dd/mm/yyyy HH:mm. */
export function showArticleField(field: UpdatableField, values: ArticleFormValues, ctx: Context): string {
  const { t, language, observances } = ctx;
  const input = toArticleInput(values);
  const none = t('common.none');
  switch (field) {
    case 'coverImageId':
      return values.cover?.name ?? none;
    case 'topic':
      return input.topic ? t(`goodModels.topics.${input.topic}`) : none;
    case 'observanceCode':
      return input.observanceCode
        ? observanceCodeLabel(
            input.observanceCode,
            observances.find((o) => o.code === input.observanceCode)?.name,
            t,
            language,
          )
        : none;
    case 'featured':
      return input.featured ? t('articles.yes') : none;
    case 'publishFrom':
    case 'publishUntil':
      return formatDateTime(input[field]) || none;
    case 'body':
      return bodyExcerpt(input.body) || none;
    default: {
      const v = input[field];
      return v === null || v === undefined || v === '' ? none : String(v);
    }
  }
}

export function conflictRowsOf(mine: ArticleFormValues, theirs: Article, ctx: Context): ConflictRow[] {
  const theirForm = toArticleForm(theirs);
  return changedArticleFields(mine, theirForm).map((field) => ({
    field,
    label: ctx.t(`articles.form.fields.${LABEL_OF[field]}`),
    theirs: showArticleField(field, theirForm, ctx),
    mine: showArticleField(field, mine, ctx),
  }));
}
