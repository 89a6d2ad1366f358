import { useSearchParams } from 'react-router-dom';

export type ParamPatch = Record<string, string | number | undefined>;

/**
 * A page's filters live in the URL (shareable, kept on reload and back): `update` sets the keys it is given and
 * drops those given as undefined or '', replacing the history entry so typing in a filter does not fill it.
 * With `pageKey`, a change of anything but the page returns to the first page (unless `resetPage` is false).
 */
export function useUrlParams(options: { pageKey?: string } = {}) {
  const [params, setParams] = useSearchParams();
  const { pageKey } = options;
  const update = (patch: ParamPatch, resetPage = true) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(key);
          else next.set(key, String(v));
        }
        if (pageKey && resetPage && !(pageKey in patch)) next.delete(pageKey);
        return next;
      },
      { replace: true },
    );
  /** A positive whole number from the URL, else undefined. */
  const positiveInt = (key: string) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  /** The key's value when it is one of `allowed`, else undefined (a stale or hand-edited link). */
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = params.get(key);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  return { params, update, positiveInt, oneOf };
}
