/**
 * Where to go after signing in: the page that sent the person to the sign-in page (`?next=`), if it is a path
 * of this app. Anything else (another site, `//evil.example`, a backslash trick) goes to the start page.
 */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}
