import type { APIRequestContext, Page } from 'playwright-core';

/**
 * The API as a signed-in page sees it (its cookies), with the CSRF header on writes: browser tests seed their data
 * through the same API the UI uses.
 */
export async function apiOf(page: Page, baseUrl: string) {
  const request: APIRequestContext = page.request;
  const session = await (await request.get(`${baseUrl}/api/auth/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  const call = async (method: 'post' | 'put' | 'patch' | 'delete', path: string, data?: unknown) => {
    const res = await request[method](`${baseUrl}${path}`, { headers, data });
    if (!res.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`);
    return res.status() === 204 ? null : res.json();
  };
  return {
    get: async (path: string) => {
      const res = await request.get(`${baseUrl}${path}`);
      if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
      return res.json();
    },
    post: (path: string, data?: unknown) => call('post', path, data),
    put: (path: string, data?: unknown) => call('put', path, data),
    patch: (path: string, data?: unknown) => call('patch', path, data),
  };
}

export type Api = Awaited<ReturnType<typeof apiOf>>;
