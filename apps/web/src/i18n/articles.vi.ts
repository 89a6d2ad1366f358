/** Tiếng Việt for Tin bài: the editorial list, the editor, the workflow (issue 8). */
export const articlesVi = {
  nav: 'Tin bài',
  title: 'Tin bài',
};
