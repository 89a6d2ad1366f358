import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const viKeys = new Set(keysOf(vi as unknown as Tree));
const enKeys = new Set(keysOf(en as unknown as Tree));

describe('the translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([]);
  });

  it('leave no text empty', () => {
    const empty = (tree: Tree) =>
      keysOf(tree).filter((k) => !k.split('.').reduce<Tree | string>((t, p) => (t as Tree)[p]!, tree));
    expect(empty(vi as unknown as Tree)).toEqual([]);
    expect(empty(en as unknown as Tree)).toEqual([]);
  });

  it('hold every key the code asks for', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['`])([^'`]+)\1/g)) {
        const key = match[2]!;
        if (key.includes('${')) {
          // A computed key: at least its fixed prefix must be a group of the dictionary.
          const prefix = key.slice(0, key.indexOf('${'));
          if (![...viKeys].some((k) => k.startsWith(prefix)))
            missing.push(`${path.relative(root, file)}: ${key}`);
        } else if (!viKeys.has(key)) {
          missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
