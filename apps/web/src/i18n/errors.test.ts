import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { errorMessage, reasonMessage } from './errors';

describe('errorMessage', () => {
  it('translates by code, not by the server text', () => {
    const error = new ApiError(401, 'INVALID_CREDENTIALS', 'whatever the server said');
    expect(errorMessage(error, 'vi')).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(errorMessage(error, 'en')).toBe('Wrong username or password.');
    expect(errorMessage(new ApiError(423, 'ACCOUNT_LOCKED', ''), 'vi')).toMatch(/tạm khóa/);
    expect(errorMessage(new ApiError(429, 'RATE_LIMITED', ''), 'en-GB')).toMatch(/Too many requests/);
  });

  it("falls back to the server's message for a code it does not know", () => {
    const error = new ApiError(422, 'SOMETHING_NEW' as never, 'Thông điệp của máy chủ');
    expect(errorMessage(error, 'vi')).toBe('Thông điệp của máy chủ');
  });

  it('explains a lost connection and hides anything else', () => {
    expect(errorMessage(new ApiError(0, 'NETWORK', ''), 'vi')).toMatch(/kết nối/);
    expect(errorMessage(new Error('TypeError: x is undefined'), 'en')).toBe(
      'Something went wrong. Please try again.',
    );
  });
});

describe('reasonMessage', () => {
  it('fills the value into the shared reason text', () => {
    const p = { reason: 'unknown_category', value: 'thư viện xã', message: 'server text' };
    expect(reasonMessage(p, 'vi')).toBe('Loại thiết chế "thư viện xã" không có trong danh mục.');
    expect(reasonMessage(p, 'en')).toBe('Unknown category "thư viện xã".');
  });

  it("uses the server's message when a placeholder cannot be filled or the reason is unknown", () => {
    expect(reasonMessage({ reason: 'duplicate_in_file', value: 'TV01', message: 'dòng 4 và 9' }, 'vi')).toBe(
      'dòng 4 và 9',
    );
    expect(reasonMessage({ reason: 'brand_new_reason', message: 'Máy chủ giải thích' }, 'vi')).toBe(
      'Máy chủ giải thích',
    );
    expect(reasonMessage({ reason: 'required', message: '' }, 'en')).toBe('Required.');
  });

  it('fills placeholders from params too', () => {
    expect(reasonMessage({ reason: 'too_long', params: { max: 300 }, message: '' }, 'vi')).toBe(
      'Quá dài (tối đa 300 ký tự).',
    );
  });
});
