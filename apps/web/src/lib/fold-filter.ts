import { foldDiacritics } from '@suotdoi/shared';

/**
 * A Select's search that ignores diacritics and case, as the server's searches do: "thu vien cap tinh" finds
 * "Thư viện cấp tỉnh". Use as `showSearch={{ filterOption: foldFilter }}`.
 */
export function foldFilter(input: string, option?: { label?: unknown }): boolean {
  const label = typeof option?.label === 'string' ? option.label : '';
  return foldDiacritics(label).includes(foldDiacritics(input));
}
