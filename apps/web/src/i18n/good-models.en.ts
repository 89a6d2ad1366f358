import type { goodModelsVi } from './good-models.vi';
import type { Widen } from './widen';

/** English for Good models: the catalogue, the model page, adoptions (issue 8). */
export const goodModelsEn: Widen<typeof goodModelsVi> = {
  nav: 'Good models',
  title: 'Good models',
  topics: {
    reading_culture: 'Reading culture',
    digital_transformation: 'Digital transformation',
    museum_learning: 'Museum learning',
    community_learning: 'Community learning centres',
    learning_citizen: 'Learning citizens',
    heritage: 'Cultural heritage',
    libraries: 'Libraries',
    skills: 'Skills',
  },
};
