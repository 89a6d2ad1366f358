import type { recognitionVi } from './recognition.vi';
import type { Widen } from './widen';

/** English for Recognition: nominations, the workflow and the register (issue 8). */
export const recognitionEn: Widen<typeof recognitionVi> = {
  nav: 'Recognition',
  title: 'Recognition',
};
