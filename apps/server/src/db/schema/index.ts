export * from './analytics';
export * from './audit';
export * from './auth';
export * from './institutions';
export * from './meta';
export * from './plans';
export * from './reporting';
export * from './units';
