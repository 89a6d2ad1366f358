/** Tiếng Việt for Khen thưởng: nominations, the workflow and the register (issue 8). */
export const recognitionVi = {
  nav: 'Khen thưởng',
  title: 'Khen thưởng',
};
