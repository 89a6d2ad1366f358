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
  images: {
    dropZone: 'Image drop zone',
    pick: 'Choose images',
    hint: 'Or drop images here. PNG, JPEG, WebP or GIF, at most 5 MB each, at most {{max}} images.',
    full: '{{max}} images already. Remove one to add another.',
    unitFirst: 'Choose the unit before uploading images.',
    tooMany: '"{{name}}" was not added: at most {{max}} images.',
    failed: '"{{name}}" could not be uploaded: {{error}}',
    listLabel: 'Chosen images',
    alt: 'Image {{n}}: {{name}}',
    cover: 'Cover',
    makeCover: 'Make "{{name}}" the cover',
    remove: 'Remove image "{{name}}"',
    uploading: 'Uploading "{{name}}": {{percent}}%',
  },
};
