import { describe, expect, it } from 'vitest';
import { displayText, inputText } from './field-text';

describe('inputText', () => {
  it('writes numbers the Vietnamese way in Vietnamese and plainly in English', () => {
    expect(inputText(1234.5, 'number', 'vi')).toBe('1.234,5');
    expect(inputText(1234.5, 'number', 'en')).toBe('1234.5');
  });

  it('gives booleans as radio values', () => {
    expect(inputText(1, 'boolean', 'vi')).toBe('1');
    expect(inputText(0, 'boolean', 'en')).toBe('0');
    expect(inputText(null, 'boolean', 'vi')).toBe('');
  });
});

describe('displayText', () => {
  it('prefers the queued text', () => {
    expect(displayText('12,', '12', 12, 'number', 'vi')).toBe('12,');
  });

  it('keeps what was typed while it means the stored value', () => {
    expect(displayText(undefined, '1234', 1234, 'integer', 'vi')).toBe('1234');
  });

  it('shows the stored value once it moved away from what was typed', () => {
    expect(displayText(undefined, '1234', 99, 'integer', 'vi')).toBe('99');
  });
});
