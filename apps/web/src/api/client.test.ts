import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiRequest,
  fileNameFromDisposition,
  parseErrorBody,
  problemsOf,
  setCsrfRefresher,
  setCsrfToken,
  toQueryString,
} from './client';

function jsonResponse(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

const errorBody = (code: string, message = 'msg', details?: unknown) => ({
  error: { code, message, details },
});

describe('parseErrorBody', () => {
  it('keeps the server code, message and details', () => {
    const error = parseErrorBody(
      409,
      JSON.stringify(errorBody('CONFLICT', 'Dữ liệu đã bị thay đổi', { current: 1 })),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Dữ liệu đã bị thay đổi');
    expect(error.details).toEqual({ current: 1 });
  });

  it('falls back to the status when the body is not the error JSON', () => {
    expect(parseErrorBody(502, '<html>Bad gateway</html>').code).toBe('INTERNAL');
    expect(parseErrorBody(429, '').code).toBe('RATE_LIMITED');
    expect(parseErrorBody(401, '{"message":"no"}').code).toBe('UNAUTHENTICATED');
    expect(parseErrorBody(415, 'nope').code).toBe('UNSUPPORTED_FILE');
  });
});

describe('problemsOf', () => {
  const problem = { row: 3, field: 'code', reason: 'required', message: 'Bắt buộc nhập.' };

  it('reads details.problems, details.rows and a bare list', () => {
    expect(problemsOf({ problems: [problem] })).toEqual([problem]);
    expect(problemsOf({ rows: [problem] })).toEqual([problem]);
    expect(problemsOf([{ field: 'body.name', reason: 'Too small' }])).toHaveLength(1);
  });

  it('ignores anything else', () => {
    expect(problemsOf(undefined)).toEqual([]);
    expect(problemsOf({ current: {} })).toEqual([]);
    expect(problemsOf([1, 'x', { field: 1 }])).toEqual([]);
  });
});

describe('toQueryString', () => {
  it('drops empty values and repeats arrays', () => {
    expect(toQueryString({ q: 'Hà Nội', page: 2, empty: '', none: undefined, nil: null, ids: [1, 2] })).toBe(
      '?q=H%C3%A0+N%E1%BB%99i&page=2&ids=1&ids=2',
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
    expect(toQueryString({ dryRun: false })).toBe('?dryRun=false');
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="thiet-che.xlsx"; filename*=UTF-8''thi%E1%BA%BFt-ch%E1%BA%BF.xlsx`,
      ),
    ).toBe('thiết-chế.xlsx');
    expect(fileNameFromDisposition('attachment; filename="nhat-ky.xlsx"')).toBe('nhat-ky.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    setCsrfRefresher(null);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends cookies, and the CSRF token only on writes', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, { ok: true }));
    await apiRequest('GET', '/api/units', { query: { q: 'ha noi' } });
    await apiRequest('PATCH', '/api/institutions/1', { body: { name: 'X' } });
    const [getUrl, getInit] = fetchMock.mock.calls[0]!;
    const [, patchInit] = fetchMock.mock.calls[1]!;
    expect(getUrl).toBe('/api/units?q=ha+noi');
    expect(getInit?.credentials).toBe('include');
    const getHeaders = (getInit?.headers ?? {}) as Record<string, string>;
    const patchHeaders = (patchInit?.headers ?? {}) as Record<string, string>;
    expect(getHeaders['x-csrf-token']).toBeUndefined();
    expect(patchHeaders['x-csrf-token']).toBe('token-1');
    expect(patchHeaders['content-type']).toBe('application/json');
    expect(patchInit?.body).toBe('{"name":"X"}');
  });

  it('declares no JSON type for a write without a body (Fastify refuses an empty JSON body)', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiRequest('POST', '/api/auth/logout')).resolves.toBeUndefined();
    const headers = fetchMock.mock.calls[0]![1]?.headers as Record<string, string>;
    expect(headers['content-type']).toBeUndefined();
    expect(fetchMock.mock.calls[0]![1]?.body).toBeUndefined();
  });

  it('rejects with the server code and details', async () => {
    const problems = [{ row: 2, field: 'code', reason: 'required', message: 'Bắt buộc nhập.' }];
    fetchMock.mockResolvedValue(
      jsonResponse(422, errorBody('IMPORT_INVALID', 'Tệp có dòng lỗi', { problems })),
    );
    const error = await apiRequest('POST', '/api/x', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('IMPORT_INVALID');
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).problems).toEqual(problems);
  });

  it('turns a failed connection into NETWORK', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(apiRequest('GET', '/api/health')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('lets an abort through untouched', async () => {
    fetchMock.mockRejectedValue(new DOMException('aborted', 'AbortError'));
    await expect(apiRequest('GET', '/api/health')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('retries a write once with a fresh token after CSRF_INVALID', async () => {
    const refresher = vi.fn(async () => 'token-2');
    setCsrfRefresher(refresher);
    fetchMock
      .mockResolvedValueOnce(jsonResponse(403, errorBody('CSRF_INVALID')))
      .mockResolvedValueOnce(jsonResponse(200, { id: 1 }));
    await expect(apiRequest('POST', '/api/units', { body: { a: 1 } })).resolves.toEqual({ id: 1 });
    expect(refresher).toHaveBeenCalledOnce();
    const retryHeaders = fetchMock.mock.calls[1]![1]?.headers as Record<string, string>;
    expect(retryHeaders['x-csrf-token']).toBe('token-2');
  });

  it('does not retry other refusals', async () => {
    const refresher = vi.fn(async () => 'token-2');
    setCsrfRefresher(refresher);
    fetchMock.mockImplementation(async () => jsonResponse(403, errorBody('FORBIDDEN')));
    await expect(apiRequest('POST', '/api/units', { body: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(refresher).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
