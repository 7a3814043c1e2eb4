import { AuditLogEntity, RefreshTokenEntity } from '@app/database';
import { TestStack } from '@app/testing';
import type { Response } from 'supertest';

import { LocalOidcProvider, strangerKey } from '../support/oidc-provider';
import { productApps } from '../support/product-apps';

// Sign-in through the district's OpenID Connect provider, against a local provider (test/support/oidc-provider.ts)
// that checks our wire format: start → provider → callback → handoff → our own session on /api/auth/me; and every
// way a sign-in must be refused, each without a session, audited, and back on the login page with its code.
const REDIRECT_URI = 'http://console.test/api/auth/oidc/callback';
const CLIENT_ID = 'wuhua-console';
// Characters that RFC 6749 §2.3.1 form-encodes before Basic authentication.
const CLIENT_SECRET = 'secret with:colon+plus&amp';
const SUBJECT = 'sub-2078-director';
const OIDC_ENV = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;

describe('sign-in by OpenID Connect', () => {
  let stack: TestStack;
  let provider: LocalOidcProvider;
  let directorId: string;
  let admin: Record<string, string>;
  const saved = Object.fromEntries(OIDC_ENV.map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    provider = await LocalOidcProvider.start({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [REDIRECT_URI],
      subject: SUBJECT,
    });
    Object.assign(process.env, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: REDIRECT_URI,
    });
    stack = await TestStack.start(productApps);
    directorId = (await stack.ensureUser('oidc2078.director', ['office_director'], null, '主任·统一身份')).id;
    admin = await stack.headers({ userId: 'oidc2078.admin', role: 'admin' });
    await stack.http.put(`/api/oidc/links/${directorId}`).set(admin).send({ subject: SUBJECT }).expect(200);
  });
  afterAll(async () => {
    await stack?.stop();
    await provider?.stop();
    for (const k of OIDC_ENV) {
      if (saved[k] === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = saved[k];
      }
    }
  });

  // GET start: the provider's authorization URL and the browser cookie.
  async function begin(): Promise<{ authorize: URL; cookie: string }> {
    const res = await stack.http.get('/api/auth/oidc/start').expect(302);
    const cookie = (res.headers['set-cookie'] as unknown as string[] | undefined)?.[0]?.split(';')[0];
    if (!cookie) {
      throw new Error('start set no cookie');
    }
    return { authorize: new URL(res.headers.location as string), cookie };
  }

  // The provider's answer to the authorization request: the callback's path and query on our side.
  async function authorize(url: URL): Promise<string> {
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    return `${back.pathname}${back.search}`;
  }

  const callback = (pathAndQuery: string, cookie?: string): Promise<Response> => {
    const req = stack.http.get(pathAndQuery);
    return (cookie ? req.set('Cookie', cookie) : req).expect(302);
  };

  async function signIn(): Promise<string> {
    const { authorize: url, cookie } = await begin();
    return (await callback(await authorize(url), cookie)).headers.location as string;
  }

  const failureIn = (location: string): string | null => {
    expect(location).not.toContain('#oidc=');
    expect(location.startsWith('/login?')).toBe(true);
    return new URL(location, 'http://console.test').searchParams.get('oidc_error');
  };
  const handoffIn = (location: string): string => {
    expect(location).toMatch(/^\/login#oidc=[A-Za-z0-9_-]{43}$/);
    return location.split('#oidc=')[1]!;
  };
  const sessionsOfDirector = () => stack.dataSource.getRepository(RefreshTokenEntity).countBy({ userId: directorId });
  // This file's own audit rows: the provider's issuer has a port of its own.
  const refusalsAudited = async (failure: string): Promise<AuditLogEntity[]> =>
    (
      await stack.dataSource.getRepository(AuditLogEntity).findBy({ action: 'auth.oidc_login', outcome: 'refused' })
    ).filter((a) => a.detail.issuer === provider.issuer && a.detail.failure === failure);

  // Each refusal: the expected code on the login page, no session for anyone, one more audit row with the reason.
  async function expectRefused(failure: string, attempt: () => Promise<string>): Promise<AuditLogEntity> {
    const sessions = await sessionsOfDirector();
    const audited = (await refusalsAudited(failure)).length;
    expect(failureIn(await attempt())).toBe(failure);
    expect(await sessionsOfDirector()).toBe(sessions);
    const rows = await refusalsAudited(failure);
    expect(rows).toHaveLength(audited + 1);
    return rows[rows.length - 1]!;
  }

  it('says the option is on, and under which name', async () => {
    const res = await stack.http.get('/api/auth/oidc/config').expect(200);
    expect(res.body).toEqual({ enabled: true, displayName: '统一身份认证', startUrl: '/api/auth/oidc/start' });
  });

  it('signs in round trip: start → provider → callback → our own session on /api/auth/me', async () => {
    const { authorize: url, cookie } = await begin();
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/authorize`);
    const q = url.searchParams;
    expect({
      response_type: q.get('response_type'),
      client_id: q.get('client_id'),
      redirect_uri: q.get('redirect_uri'),
      scope: q.get('scope'),
      method: q.get('code_challenge_method'),
    }).toEqual({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      method: 'S256',
    });
    expect(q.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie).toMatch(/^wuhua_oidc=/);

    const sessions = await sessionsOfDirector();
    const landed = await callback(await authorize(url), cookie);
    const handoff = handoffIn(landed.headers.location as string);
    const pair = await stack.http.post('/api/auth/oidc/session').send({ handoff }).expect(200);
    expect(pair.body.user).toMatchObject({ id: directorId, username: 'oidc2078.director' });
    const me = await stack.http.get('/api/auth/me').set('Authorization', `Bearer ${pair.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({
      username: 'oidc2078.director',
      displayName: '主任·统一身份',
      roles: ['office_director'],
    });
    // The same session as a password login: it refreshes.
    await stack.http.post('/api/auth/refresh').send({ refreshToken: pair.body.refreshToken }).expect(200);
    expect(await sessionsOfDirector()).toBeGreaterThan(sessions);
    // The handoff works once.
    const again = await stack.http.post('/api/auth/oidc/session').send({ handoff }).expect(401);
    expect(again.body.code).toBe('UNAUTHENTICATED');

    // The client authenticated with client_secret_basic as discovery said, and the provider refused nothing.
    expect(provider.tokenRequests.at(-1)).toEqual({ auth: 'basic' });
    expect(provider.refusals).toEqual([]);
    const success = (
      await stack.dataSource.getRepository(AuditLogEntity).findBy({ action: 'auth.oidc_login', outcome: 'success' })
    ).filter((a) => a.detail.issuer === provider.issuer);
    expect(success.at(-1)).toMatchObject({ actorUserId: 'oidc2078.director', target: `oidc:${SUBJECT}` });
  });

  it('refuses an unknown state', async () => {
    const row = await expectRefused('OIDC_STATE_INVALID', async () => {
      const { authorize: url, cookie } = await begin();
      const back = new URL(await authorize(url), 'http://x');
      back.searchParams.set('state', 'forged-state-forged-state-forged-state-xyz0');
      return (await callback(`${back.pathname}${back.search}`, cookie)).headers.location as string;
    });
    expect(row.detail.reason).toBe('unknown_state');
  });

  it('refuses a replayed callback (state used once) and a replayed code (the provider refuses it)', async () => {
    const { authorize: url, cookie } = await begin();
    const first = await authorize(url);
    handoffIn((await callback(first, cookie)).headers.location as string);
    const replay = await expectRefused(
      'OIDC_STATE_INVALID',
      async () => (await callback(first, cookie)).headers.location as string,
    );
    expect(replay.detail.reason).toBe('state_replayed');

    // The old code under a new sign-in's state: our exchange is right, the provider refuses the used code.
    const refused = await expectRefused('OIDC_CODE_REJECTED', async () => {
      const fresh = await begin();
      const freshBack = new URL(await authorize(fresh.authorize), 'http://x');
      const oldCode = new URL(first, 'http://x').searchParams.get('code')!;
      freshBack.searchParams.set('code', oldCode);
      return (await callback(`${freshBack.pathname}${freshBack.search}`, fresh.cookie)).headers.location as string;
    });
    expect(refused.detail.reason).toMatch(/^invalid_grant/);
    expect(provider.refusals.at(-1)).toBe('invalid_grant: the code was used already');
  });

  it('refuses a callback from another browser than the one that started the sign-in', async () => {
    const row = await expectRefused('OIDC_STATE_INVALID', async () => {
      const { authorize: url } = await begin();
      return (await callback(await authorize(url))).headers.location as string;
    });
    expect(row.detail.reason).toBe('started_in_another_browser');
  });

  it('refuses a wrong nonce', async () => {
    provider.tamperNext({ claims: { nonce: 'someone-elses-nonce' } });
    await expectRefused('OIDC_NONCE_MISMATCH', signIn);
  });

  it('refuses a token signed by another key, under the provider key id or an unknown one', async () => {
    provider.tamperNext({ signWith: strangerKey() });
    expect((await expectRefused('OIDC_TOKEN_INVALID', signIn)).detail.reason).toBe('bad_signature');
    provider.tamperNext({ signWith: strangerKey(), kid: 'kid-nobody-published' });
    expect((await expectRefused('OIDC_TOKEN_INVALID', signIn)).detail.reason).toContain('no published key fits');
  });

  it('refuses a token whose algorithm is a shared secret or none', async () => {
    provider.tamperNext({ alg: 'HS256' });
    expect((await expectRefused('OIDC_TOKEN_INVALID', signIn)).detail.reason).toContain('"HS256"');
    provider.tamperNext({ alg: 'none' });
    expect((await expectRefused('OIDC_TOKEN_INVALID', signIn)).detail.reason).toContain('"none"');
  });

  it('refuses an expired token, and one from another issuer', async () => {
    const now = Math.floor(Date.now() / 1000);
    provider.tamperNext({ claims: { iat: now - 3_900, exp: now - 3_600 } });
    await expectRefused('OIDC_TOKEN_EXPIRED', signIn);
    provider.tamperNext({ claims: { iss: 'http://127.0.0.1:1/elsewhere' } });
    await expectRefused('OIDC_TOKEN_INVALID', signIn);
  });

  it('refuses a token meant for another client', async () => {
    provider.tamperNext({ claims: { aud: 'another-client' } });
    await expectRefused('OIDC_AUDIENCE_MISMATCH', signIn);
    provider.tamperNext({ claims: { aud: [CLIENT_ID, 'another-client'] } });
    await expectRefused('OIDC_AUDIENCE_MISMATCH', signIn);
  });

  it('refuses a subject no administrator linked, and the person declining at the provider', async () => {
    provider.subject = 'sub-2078-stranger';
    try {
      const row = await expectRefused('OIDC_UNLINKED', signIn);
      expect(row.target).toBe('oidc:sub-2078-stranger');
    } finally {
      provider.subject = SUBJECT;
    }
    provider.denyNext('access_denied');
    expect((await expectRefused('OIDC_PROVIDER_ERROR', signIn)).detail.reason).toBe('provider_error:access_denied');
  });

  it('refuses a subject linked to a disabled account', async () => {
    const retired = await stack.ensureUser('oidc2078.retired', ['office_staff'], null);
    await stack.http.put(`/api/oidc/links/${retired.id}`).set(admin).send({ subject: 'sub-2078-retired' }).expect(200);
    await stack.http.patch(`/api/users/${retired.id}`).set(admin).send({ disabled: true }).expect(200);
    provider.subject = 'sub-2078-retired';
    try {
      expect((await expectRefused('OIDC_ACCOUNT_DISABLED', signIn)).detail.reason).toBe('account_disabled');
    } finally {
      provider.subject = SUBJECT;
    }
  });

  it('follows a rotation of the provider key (the key set is fetched again for an unknown kid)', async () => {
    provider.rotateKey();
    const handoff = handoffIn(await signIn());
    const pair = await stack.http.post('/api/auth/oidc/session').send({ handoff }).expect(200);
    expect(pair.body.user.id).toBe(directorId);
  });

  it('lets only an administrator link and unlink, audited; a subject belongs to one account', async () => {
    const other = await stack.ensureUser('oidc2078.staff', ['office_staff'], null);
    const staff = await stack.headers({ userId: 'oidc2078.staff', role: 'office' }, ['office_staff']);
    await stack.http.put(`/api/oidc/links/${other.id}`).set(staff).send({ subject: 'x' }).expect(403);
    const taken = await stack.http.put(`/api/oidc/links/${other.id}`).set(admin).send({ subject: SUBJECT }).expect(409);
    expect(taken.body.code).toBe('OIDC_SUBJECT_LINKED');
    await stack.http.put(`/api/oidc/links/${other.id}`).set(admin).send({ subject: 'has space' }).expect(400);

    await stack.http.put(`/api/oidc/links/${other.id}`).set(admin).send({ subject: 'sub-2078-staff' }).expect(200);
    const list = await stack.http.get('/api/oidc/links').set(admin).expect(200);
    expect(list.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'sub-2078-staff', username: 'oidc2078.staff', createdBy: 'oidc2078.admin' }),
      ]),
    );
    await stack.http.delete(`/api/oidc/links/${other.id}`).set(admin).expect(204);
    await stack.http.delete(`/api/oidc/links/${other.id}`).set(admin).expect(404);
    const audit = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ actorUserId: 'oidc2078.admin', target: 'oidc2078.staff' });
    expect(audit.map((a) => [a.action, a.detail.subject])).toEqual([
      ['oidc.link', 'sub-2078-staff'],
      ['oidc.unlink', 'sub-2078-staff'],
    ]);
  });

  it('runs against a provider that itself refuses malformed requests', async () => {
    const { authorize: url } = await begin();
    const plain = new URL(url);
    plain.searchParams.set('code_challenge_method', 'plain');
    const refused = await fetch(plain, { redirect: 'manual' });
    expect(new URL(refused.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    const foreign = new URL(url);
    foreign.searchParams.set('redirect_uri', 'http://evil.test/cb');
    expect((await fetch(foreign, { redirect: 'manual' })).status).toBe(400);
    const token = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', client_id: CLIENT_ID }).toString(),
    });
    expect(token.status).toBe(401);
  });
});
