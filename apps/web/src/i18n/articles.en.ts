import type { articlesVi } from './articles.vi';
import type { Widen } from './widen';

/** English for Articles: the editorial list, the editor, the workflow (issue 8). */
export const articlesEn: Widen<typeof articlesVi> = {
  nav: 'Articles',
  title: 'Articles',
};
