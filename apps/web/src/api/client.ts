import type { ErrorCode, RowProblem } from '@suotdoi/shared';

/**
 * The one door to the API: cookies ride along (`credentials: 'include'`), every write carries the session's CSRF
 * token in `x-csrf-token`, and every failure becomes an ApiError carrying the server's stable code, which the UI
 * translates (src/i18n/errors.ts). The server's own message is kept as a fallback for codes the UI does not know.
 */

/** Codes the server sends, plus NETWORK for a request that never got an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Row and field problems of a bulk operation or a validation failure, whichever shape the server used. */
  get problems(): RowProblem[] {
    return problemsOf(this.details);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** `details.problems`, `details.rows`, or `details` itself when it is a list of `{ field, reason }`. */
export function problemsOf(details: unknown): RowProblem[] {
  const list = Array.isArray(details)
    ? details
    : details && typeof details === 'object'
      ? ((details as { problems?: unknown }).problems ?? (details as { rows?: unknown }).rows)
      : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is RowProblem =>
      !!p && typeof p === 'object' && typeof (p as RowProblem).field === 'string' && 'reason' in p,
  );
}

/** What a status means when the body is not the `{ error }` JSON (a proxy's page, an empty answer). */
const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FILE',
  422: 'VALIDATION_FAILED',
  423: 'ACCOUNT_LOCKED',
  429: 'RATE_LIMITED',
};

/** Turns a failed response (status and raw body text) into an ApiError. */
export function parseErrorBody(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = body?.error;
    if (error && typeof error.code === 'string') {
      return new ApiError(
        status,
        error.code as ClientErrorCode,
        typeof error.message === 'string' ? error.message : error.code,
        error.details,
      );
    }
  } catch {
    // Not JSON: fall through to the status.
  }
  const code = STATUS_CODES[status] ?? 'INTERNAL';
  return new ApiError(status, code, `HTTP ${status}`);
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

/** `?a=1&b=x` from the defined, non-empty values (arrays repeat the key), or '' when there are none. */
export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, raw] of Object.entries(params)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (value === undefined || value === null || value === '') continue;
      search.append(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;
let refreshCsrf: (() => Promise<string | null>) | null = null;

/** Set from every Session the server returns (GET /api/auth/session, login, setup). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * How to fetch a fresh token when a write is refused with CSRF_INVALID (the session was renewed in another tab):
 * the write is retried once with it.
 */
export function setCsrfRefresher(refresher: (() => Promise<string | null>) | null): void {
  refreshCsrf = refresher;
}

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function networkError(): ApiError {
  return new ApiError(0, 'NETWORK', 'The server could not be reached.');
}

async function send(method: HttpMethod, url: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Fastify refuses an empty body declared as JSON, so a write without a body declares no type.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw networkError();
  }
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? JSON.parse(text) : text) as T;
}

/** Calls the API and resolves with the parsed JSON, or rejects with an ApiError. */
export async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const url = path + toQueryString(options.query);
  let response = await send(method, url, options);
  if (!response.ok) {
    let error = parseErrorBody(response.status, await response.text());
    if (error.code === 'CSRF_INVALID' && refreshCsrf) {
      setCsrfToken(await refreshCsrf());
      response = await send(method, url, options);
      if (response.ok) return readBody<T>(response);
      error = parseErrorBody(response.status, await response.text());
    }
    throw error;
  }
  return readBody<T>(response);
}

export const apiGet = <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
  apiRequest<T>('GET', path, { query, signal });

export interface UploadOptions {
  query?: QueryParams;
  /** The multipart field name; the import routes read `file`. */
  field?: string;
  /** Text fields sent before the file parts (a multipart reader meets them first). */
  fields?: Record<string, string>;
  /** 0..1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads files as multipart/form-data through XMLHttpRequest, because fetch cannot report upload progress:
 * one file (an import) or several under the same field (evidence), with text fields first.
 */
export function uploadFile<T>(
  path: string,
  file: Blob | readonly Blob[],
  options: UploadOptions = {},
): Promise<T> {
  const files = Array.isArray(file) ? file : [file as Blob];
  const attempt = (): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path + toQueryString(options.query));
      xhr.withCredentials = true;
      xhr.setRequestHeader('accept', 'application/json');
      if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
      xhr.onerror = () => reject(networkError());
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      const form = new FormData();
      for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
      for (const f of files) form.append(options.field ?? 'file', f, f instanceof File ? f.name : 'upload');
      xhr.send(form);
    });
  return (async () => {
    let answer = await attempt();
    if (answer.status >= 200 && answer.status < 300) return JSON.parse(answer.text) as T;
    let error = parseErrorBody(answer.status, answer.text);
    if (error.code === 'CSRF_INVALID' && refreshCsrf) {
      setCsrfToken(await refreshCsrf());
      answer = await attempt();
      if (answer.status >= 200 && answer.status < 300) return JSON.parse(answer.text) as T;
      error = parseErrorBody(answer.status, answer.text);
    }
    throw error;
  })();
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : null;
}

/**
 * Downloads a file the server generates (Excel exports, the import template) and hands it to the browser
 * under the server's file name. Fetching first (instead of following a link) lets errors show in the page.
 */
export async function downloadFile(path: string, query: QueryParams | undefined, fallbackName: string) {
  let response: Response;
  try {
    response = await fetch(path + toQueryString(query), { credentials: 'include' });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw parseErrorBody(response.status, await response.text());
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
