import { existsSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';

/** Debian's Chromium, never a downloaded one; the flags keep it off the (closed) network. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Signs in through the login page. Sign-ins are limited to 10 a minute per address (auth.routes.ts,
 * LOGIN_RATE_LIMIT), and every browser test signs in from 127.0.0.1 against the one shared server: when the
 * limiter refuses, this waits out the window it names and tries again, so that no file fails after a busy one.
 */
export async function signIn(page: Page, baseUrl: string, username: string, password: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
      page.getByTestId('login-submit').click(),
    ]);
    if (response.status() !== 429) {
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      return;
    }
    const headers = response.headers();
    const resetSeconds = Number(headers['x-ratelimit-reset'] ?? headers['retry-after'] ?? 60);
    await sleep(resetSeconds * 1000 + 500);
  }
  throw new Error(`could not sign in as ${username}: the login limiter kept refusing`);
}

const DESKTOP = { width: 1280, height: 900 };

/**
 * The people of one test file, each on a page of a context of their own (their own cookies, so two people never
 * share a session), all with the file's one password. `close` ends every context opened here.
 */
export function peopleOf(browser: Browser, baseUrl: string, password: string) {
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ locale: 'vi-VN', ...options });
    contexts.push(context);
    return context;
  };
  return {
    /** A context nobody has signed in to: a visitor of the public pages. */
    newContext,
    /** A fresh page signed in as `username`, on a desktop unless told otherwise (a phone: 390 × 844). */
    pageFor: async (username: string, viewport = DESKTOP): Promise<Page> => {
      const page = await (await newContext({ viewport, acceptDownloads: true })).newPage();
      await signIn(page, baseUrl, username, password);
      return page;
    },
    close: async () => {
      for (const c of contexts) await c.close();
    },
  };
}

export type People = ReturnType<typeof peopleOf>;
