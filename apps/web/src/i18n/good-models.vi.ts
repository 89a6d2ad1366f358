/** Tiếng Việt for Mô hình hay: the catalogue, the model page, adoptions (issue 8). */
export const goodModelsVi = {
  nav: 'Mô hình hay',
  title: 'Mô hình hay',
};
