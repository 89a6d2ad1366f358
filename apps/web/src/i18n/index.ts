import dayjs from 'dayjs';
import i18n from 'i18next';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { initReactI18next } from 'react-i18next';
import { readStorage, writeStorage } from '../lib/storage';
import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'suotdoi.lang';

/** The `lang` cookie the server reads to answer errors in the same language (apps/server/src/plugins/auth.ts). */
function writeLangCookie(lang: Lang): void {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie the server reads; the Cookie Store API is not in every browser this app supports.
  document.cookie = `lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
}

function readLangCookie(): string | null {
  const match = /(?:^|;\s*)lang=([^;]+)/.exec(document.cookie);
  return match?.[1] ?? null;
}

/** Vietnamese unless the person chose English before. */
export function initialLang(): Lang {
  const stored = readStorage(STORAGE_KEY) ?? readLangCookie();
  return stored === 'en' ? 'en' : 'vi';
}

function applyLang(lang: Lang): void {
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  writeLangCookie(lang);
}

export async function setupI18n(): Promise<typeof i18n> {
  const lang = initialLang();
  await i18n.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLang(lang);
  return i18n;
}

/** Switches the UI language, remembers it, and tells the server through the `lang` cookie. */
export async function setLanguage(lang: Lang): Promise<void> {
  writeStorage(STORAGE_KEY, lang);
  applyLang(lang);
  await i18n.changeLanguage(lang);
}

export { i18n };
