export * from './domain/dates';
export * from './errors';
export * from './i18n/errors';
export * from './i18n/reasons';
export * from './schemas/common';
export * from './schemas/units';
export * from './text';
