import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';

import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

// Shared helpers for the browser tests (test/browser/*.browser-spec.ts). The stack they talk to is started by
// test/browser/support/global-setup.ts, which exports its address as BROWSER_BASE_URL. The browser is Debian's
// chromium at /usr/bin/chromium (installed by .ci/run or scripts/test.sh); Playwright never downloads one.

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Demo-Password-2026';
// The person the local OpenID Connect provider (started by global-setup.ts) signs in.
export const OIDC_SUBJECT = 'browser-oidc-person';

export function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) {
    throw new Error('BROWSER_BASE_URL is not set: run the browser tests with `npx jest --selectProjects browser`.');
  }
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing. Install Debian's chromium and CJK fonts first: ` +
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

// A page in a fresh context (its own sessionStorage, so each page logs in on its own), Chinese locale.
export async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

const HOME = /^\/(office|unit|leadership|admin)(\/|$)/;

// Logs in through the login page and waits until the console has taken the person to their area's home.
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => HOME.test(url.pathname), { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ApiClient {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  // POSTs carry a fresh Idempotency-Key, as the console sends one per user action.
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  // Like post, but fails unless the status is 2xx; returns the body.
  ok<T = unknown>(path: string, body?: unknown): Promise<T>;
}

const tokens = new Map<string, Promise<string>>();

async function tokenOf(username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) {
    throw new Error(`login as ${username} failed: HTTP ${res.status} ${await res.text()}`);
  }
  return ((await res.json()) as { accessToken: string }).accessToken;
}

// A tiny authenticated fetch for test setup steps, e.g. api('demo.director').ok('/api/matters', {...}).
export function api(username: string, password = DEMO_PASSWORD): ApiClient {
  const token = (): Promise<string> => {
    let t = tokens.get(username);
    if (!t) {
      t = tokenOf(username, password);
      t.catch(() => tokens.delete(username));
      tokens.set(username, t);
    }
    return t;
  };
  const request = async <T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${await token()}`, Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      headers['Idempotency-Key'] = randomUUID();
    }
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    async ok<T>(path: string, body?: unknown): Promise<T> {
      const res = await request<T>('POST', path, body ?? {});
      if (res.status < 200 || res.status >= 300) {
        throw new Error(`POST ${path} as ${username}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
      }
      return res.body;
    },
  };
}

// A calendar date in Asia/Shanghai, where the conference works, `offsetDays` from today.
export function shanghaiDate(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}

// Waits until the page has finished loading its data: the network quiet, no page spinner left (and, with
// `spinners`, no table or card spinner either).
export async function settled(page: Page, options: { spinners?: boolean } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.getByTestId('loading').first().waitFor({ state: 'detached', timeout: 20_000 });
  if (options.spinners) {
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 });
  }
}

// Polls `probe` until it returns a value.
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// The new-matter form once the office's next code has been proposed into its code field: a test that types its own
// code waits for this first, so that the proposal cannot land while it types.
export async function codeProposed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('[data-testid="matter-code"]')?.value.trim() !== '',
    undefined,
    { timeout: 20_000 },
  );
}
