import type { Browser } from 'playwright-core';

import { api, baseUrl, launchBrowser, newPage, OIDC_SUBJECT } from './support/browser';

// Sign-in the district already uses (issue 12): the login page offers the OpenID Connect provider beside the
// password; the person goes to the provider (a local one, started by the global setup, that checks our wire
// format), comes back signed in as the account their subject is linked to, and lands on that account's home.
describe('OpenID Connect sign-in in the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = api('demo.admin');
    const users = await admin.get<{ id: string; username: string }[]>('/api/users');
    const director = users.body.find((u) => u.username === 'demo.director');
    expect(director).toBeDefined();
    const linked = await admin.request('PUT', `/api/oidc/links/${director!.id}`, { subject: OIDC_SUBJECT });
    expect(linked.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs the linked person in through the provider and opens their home', async () => {
    const page = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(`${baseUrl()}/login`);
    const button = page.getByTestId('login-oidc');
    await button.waitFor();
    await button.click();
    // Provider → callback → /login#oidc=<handoff> → the session → the office's home.
    await page.waitForURL((url) => url.pathname.startsWith('/office'), { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.getByTestId('header-user').waitFor();
    expect(await page.getByTestId('header-user').getAttribute('title')).toBe('演示·办公室主任');
    // The session is the console's own: the API knows the person by the token the handoff gave.
    const me = await page.evaluate(async () => {
      const token = sessionStorage.getItem('wuhua-jc.accessToken') ?? '';
      const res = await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as { username?: string } };
    });
    expect(me).toMatchObject({ status: 200, body: { username: 'demo.director' } });
    await page.context().close();
  });
});
