import type { goodModelsVi } from './good-models.vi';
import type { Widen } from './widen';

/** English for Good models: the catalogue, the model page, adoptions (issue 8). */
export const goodModelsEn: Widen<typeof goodModelsVi> = {
  nav: 'Good models',
  title: 'Good models',
};
