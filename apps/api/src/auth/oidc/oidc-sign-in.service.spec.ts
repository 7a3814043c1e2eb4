import type { AuditRecord, NewOidcLogin } from '@app/database';
import type { ConfigService } from '@nestjs/config';

import type { TokenService } from '../token.service';
import type { OidcProviderClient, ProviderMetadata } from './oidc-provider.client';
import { ProviderUnavailable } from './oidc-provider.client';
import { OidcSignInService } from './oidc-sign-in.service';

const META: ProviderMetadata = {
  issuer: 'https://id.example.test',
  authorizationEndpoint: 'https://id.example.test/auth?tenant=wuhua',
  tokenEndpoint: 'https://id.example.test/token',
  jwksUri: 'https://id.example.test/jwks',
  tokenAuth: 'client_secret_basic',
};

function build(
  env: Record<string, string | undefined>,
  discover: () => Promise<ProviderMetadata> = () => Promise.resolve(META),
) {
  const inserted: NewOidcLogin[] = [];
  const audited: AuditRecord[] = [];
  const config = { get: (k: string) => env[k] } as unknown as ConfigService;
  const sut = new OidcSignInService(
    { discover } as unknown as OidcProviderClient,
    { insert: (l: NewOidcLogin) => Promise.resolve(void inserted.push(l)) } as never,
    {} as never,
    {} as never,
    {} as TokenService,
    { record: (r: AuditRecord) => Promise.resolve(void audited.push(r)) } as never,
    config,
  );
  return { sut, inserted, audited };
}

const ON = {
  OIDC_ISSUER: META.issuer,
  OIDC_CLIENT_ID: 'console',
  OIDC_CLIENT_SECRET: 's',
  OIDC_SCOPES: 'openid profile',
};

describe(OidcSignInService.name, () => {
  it('is off without configuration: no button, and a start lands on the login page with a code, audited', async () => {
    const { sut, audited } = build({});
    expect(sut.configView()).toEqual({ enabled: false, displayName: null, startUrl: null });
    await expect(sut.start('https://jc.example.test', '10.0.0.1')).resolves.toBe('OIDC_DISABLED');
    expect(audited).toEqual([
      expect.objectContaining({ action: 'auth.oidc_start', outcome: 'refused', ip: '10.0.0.1' }),
    ]);
    await expect(sut.callback({ state: 'x', code: 'y' }, 'b', undefined)).resolves.toEqual({
      ok: false,
      failure: 'OIDC_DISABLED',
    });
  });

  it('derives the redirect URI from the origin the browser used when none is configured', async () => {
    const { sut, inserted } = build(ON);
    const started = await sut.start('https://jc.example.test', undefined);
    if (typeof started === 'string') {
      throw new Error(`refused: ${started}`);
    }
    const url = new URL(started.location);
    // The endpoint's own query survives beside ours.
    expect(url.searchParams.get('tenant')).toBe('wuhua');
    expect(url.searchParams.get('redirect_uri')).toBe('https://jc.example.test/api/auth/oidc/callback');
    expect(url.searchParams.get('scope')).toBe('openid profile');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.redirectUri).toBe('https://jc.example.test/api/auth/oidc/callback');
    // Only hashes of the state and the browser binding are kept.
    expect(inserted[0]!.stateHash).not.toBe(url.searchParams.get('state'));
    expect(inserted[0]!.browserHash).not.toBe(started.browser);
    expect(inserted[0]!.expiresAt.getTime() - inserted[0]!.createdAt.getTime()).toBe(10 * 60 * 1000);

    const configured = build({ ...ON, OIDC_REDIRECT_URI: 'https://jc.example.test/sso/callback' });
    const again = await configured.sut.start(null, undefined);
    expect(typeof again === 'string' ? again : new URL(again.location).searchParams.get('redirect_uri')).toBe(
      'https://jc.example.test/sso/callback',
    );
  });

  it('answers OIDC_UNAVAILABLE when the provider cannot be reached or no redirect URI can be made', async () => {
    const down = build(ON, () => Promise.reject(new ProviderUnavailable('connect ECONNREFUSED')));
    await expect(down.sut.start('https://jc.example.test', undefined)).resolves.toBe('OIDC_UNAVAILABLE');
    expect(down.audited[0]!.detail).toMatchObject({ failure: 'OIDC_UNAVAILABLE', reason: 'connect ECONNREFUSED' });
    await expect(build(ON).sut.start(null, undefined)).resolves.toBe('OIDC_UNAVAILABLE');
  });
});
