import type { ArticleListQuery } from '@suotdoi/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Article, getArticle, listArticles } from '../../api/articles';

/** The react-query keys and hooks of Tin bài, so the list and the editor read one cache. */

export const articleKeys = {
  all: ['articles'] as const,
  list: (q: ArticleListQuery) => ['articles', 'list', q] as const,
  detail: (id: number) => ['articles', 'detail', id] as const,
};

export function useArticleList(query: ArticleListQuery) {
  return useQuery({
    queryKey: articleKeys.list(query),
    queryFn: ({ signal }) => listArticles(query, signal),
  });
}

export function useArticle(id: number | undefined) {
  return useQuery({
    queryKey: articleKeys.detail(id ?? 0),
    queryFn: ({ signal }) => getArticle(id!, signal),
    enabled: id !== undefined,
  });
}

/**
 * After a write: the answer becomes the detail at once (keeping the history read before, since a write's answer
 * carries none), the detail is read again for its new history step, and every list is refreshed.
 */
export function useStoreArticle() {
  const client = useQueryClient();
  return (article: Article | undefined) => {
    if (article?.id) {
      client.setQueryData<Article>(articleKeys.detail(article.id), (old) => ({
        ...article,
        history: article.history.length ? article.history : (old?.history ?? []),
      }));
      void client.invalidateQueries({ queryKey: articleKeys.detail(article.id) });
    }
    void client.invalidateQueries({ queryKey: ['articles', 'list'] });
  };
}
