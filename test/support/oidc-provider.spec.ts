import { createHash, randomBytes } from 'node:crypto';

import { OidcProviderClient } from '../../apps/api/src/auth/oidc/oidc-provider.client';
import type { OidcSettings } from '../../apps/api/src/auth/oidc/oidc.settings';
import { LocalOidcProvider } from './oidc-provider';

// The relying party's client against the local provider announcing client_secret_post (the integration test covers
// client_secret_basic): discovery, the code exchange with the secret in the body, and what each side refuses.
describe(OidcProviderClient.name, () => {
  const REDIRECT = 'http://console.test/api/auth/oidc/callback';
  let provider: LocalOidcProvider;
  let settings: OidcSettings;

  beforeAll(async () => {
    provider = await LocalOidcProvider.start({
      clientId: 'post-client',
      clientSecret: 'post secret',
      redirectUris: [REDIRECT],
      subject: 'sub-post',
      tokenAuth: 'client_secret_post',
    });
    settings = {
      issuer: provider.issuer,
      clientId: 'post-client',
      clientSecret: 'post secret',
      redirectUri: REDIRECT,
      scopes: 'openid',
      displayName: 'x',
    };
  });
  afterAll(async () => {
    await provider?.stop();
  });

  async function codeFor(challenge: string): Promise<string> {
    const url = new URL(`${provider.issuer}/authorize`);
    for (const [k, v] of Object.entries({
      response_type: 'code',
      client_id: 'post-client',
      redirect_uri: REDIRECT,
      scope: 'openid',
      state: 's',
      nonce: 'n',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })) {
      url.searchParams.set(k, v);
    }
    const res = await fetch(url, { redirect: 'manual' });
    return new URL(res.headers.get('location')!).searchParams.get('code')!;
  }

  it('discovers the endpoints and exchanges a code with client_secret_post', async () => {
    const sut = new OidcProviderClient();
    const meta = await sut.discover(settings);
    expect(meta).toEqual({
      issuer: provider.issuer,
      authorizationEndpoint: `${provider.issuer}/authorize`,
      tokenEndpoint: `${provider.issuer}/token`,
      jwksUri: `${provider.issuer}/jwks`,
      tokenAuth: 'client_secret_post',
    });
    const verifier = randomBytes(32).toString('base64url');
    const code = await codeFor(createHash('sha256').update(verifier).digest('base64url'));
    const idToken = await sut.exchangeCode(settings, meta, code, REDIRECT, verifier);
    expect(idToken.split('.')).toHaveLength(3);
    expect(provider.tokenRequests.at(-1)).toEqual({ auth: 'post' });
    await expect(sut.exchangeCode(settings, meta, code, REDIRECT, verifier)).rejects.toThrow(/^invalid_grant/);
  });

  it('is refused a wrong verifier, and refuses a discovery document naming another issuer', async () => {
    const sut = new OidcProviderClient();
    const meta = await sut.discover(settings);
    const code = await codeFor(createHash('sha256').update('a'.repeat(43)).digest('base64url'));
    await expect(sut.exchangeCode(settings, meta, code, REDIRECT, 'b'.repeat(43))).rejects.toThrow('invalid_grant');
    expect(provider.refusals.at(-1)).toBe('invalid_grant: code_verifier does not match the challenge');
    await expect(new OidcProviderClient().discover({ ...settings, issuer: `${provider.issuer}/` })).rejects.toThrow(
      /names issuer/,
    );
  });
});
