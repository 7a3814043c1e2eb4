import type { JsonWebKey, KeyObject } from 'node:crypto';
import { constants, generateKeyPairSync, sign } from 'node:crypto';

import type { IdTokenExpectations } from './oidc-jwt';
import { algorithmOf, checkIdTokenClaims, IdTokenError, keyFromJwk, parseJwt, verifySignature } from './oidc-jwt';

const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicJwk = (k: KeyObject): JsonWebKey => k.export({ format: 'jwk' });

function jwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: KeyObject = rsa.privateKey,
): string {
  const input = `${enc(header)}.${enc(claims)}`;
  const options =
    header.alg === 'ES256'
      ? { key, dsaEncoding: 'ieee-p1363' as const }
      : header.alg === 'PS256'
        ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
        : key;
  return `${input}.${sign('sha256', Buffer.from(input), options).toString('base64url')}`;
}

function failureOf(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (err) {
    if (err instanceof IdTokenError) {
      return [err.failure, err.reason];
    }
    throw err;
  }
  throw new Error('expected an IdTokenError');
}

describe('parseJwt, algorithmOf, keyFromJwk, verifySignature', () => {
  it('verifies RS256, PS256 and ES256 signatures with the published public key only', () => {
    for (const [alg, pair] of [
      ['RS256', rsa],
      ['PS256', rsa],
      ['ES256', ec],
    ] as const) {
      const parts = parseJwt(jwt({ alg }, { sub: 'a' }, pair.privateKey));
      const chosen = algorithmOf(parts);
      expect(chosen).toBe(alg);
      const key = keyFromJwk(publicJwk(pair.publicKey), chosen)!;
      expect(verifySignature(parts, chosen, key)).toBe(true);
      const other =
        alg === 'ES256'
          ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
          : generateKeyPairSync('rsa', { modulusLength: 2048 });
      expect(verifySignature(parts, chosen, keyFromJwk(publicJwk(other.publicKey), chosen)!)).toBe(false);
    }
  });

  it('refuses a payload changed after signing', () => {
    const [head, , sig] = jwt({ alg: 'RS256' }, { sub: 'a' }).split('.');
    const parts = parseJwt(`${head}.${enc({ sub: 'admin' })}.${sig}`);
    expect(verifySignature(parts, 'RS256', keyFromJwk(publicJwk(rsa.publicKey), 'RS256')!)).toBe(false);
  });

  it.each([
    ['two parts', 'e30.e30'],
    ['an empty signature (alg none)', `${enc({ alg: 'none' })}.${enc({})}.`],
    ['a header that is not base64url', 'e3+.e30.c2ln'],
    ['a payload that is not JSON', `e30.${Buffer.from('nope').toString('base64url')}.c2ln`],
    ['a payload that is an array', `e30.${enc([1])}.c2ln`],
  ])('refuses a token of %s', (_, token) => {
    expect(failureOf(() => parseJwt(token))[0]).toBe('OIDC_TOKEN_INVALID');
  });

  it.each(['none', 'HS256', 'RS384', undefined])('refuses the algorithm %s', (alg) => {
    const parts = parseJwt(`${enc({ alg })}.${enc({})}.c2ln`);
    expect(failureOf(() => algorithmOf(parts))).toEqual([
      'OIDC_TOKEN_INVALID',
      `unaccepted signing algorithm ${JSON.stringify(alg)}`,
    ]);
  });

  it('takes a key only for its own type, use and algorithm, and never its private part', () => {
    const jwk = publicJwk(rsa.publicKey);
    expect(keyFromJwk(jwk, 'ES256')).toBeNull();
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey;
    expect(keyFromJwk(publicJwk(p384), 'ES256')).toBeNull();
    expect(keyFromJwk(publicJwk(ec.publicKey), 'ES256')).not.toBeNull();
    expect(keyFromJwk({ ...jwk, use: 'enc' }, 'RS256')).toBeNull();
    expect(keyFromJwk({ ...jwk, alg: 'RS512' }, 'RS256')).toBeNull();
    expect(keyFromJwk({ kty: 'RSA', n: 'AA', e: '' }, 'RS256')).toBeNull();
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(keyFromJwk(publicJwk(weak), 'RS256')).toBeNull();
    expect(keyFromJwk(rsa.privateKey.export({ format: 'jwk' }), 'RS256')?.type).toBe('public');
  });
});

describe('checkIdTokenClaims', () => {
  const now = 2_000_000_000;
  const want: IdTokenExpectations = {
    issuer: 'https://id.example.test',
    clientId: 'console',
    nonce: 'n-1',
    nowSeconds: now,
    leewaySeconds: 60,
  };
  const good = { iss: want.issuer, sub: 's-1', aud: 'console', exp: now + 300, iat: now, nonce: 'n-1' };

  it('accepts a good token, and one within the clock leeway', () => {
    expect(checkIdTokenClaims(good, want).sub).toBe('s-1');
    expect(checkIdTokenClaims({ ...good, exp: now - 59, iat: now + 59 }, want).sub).toBe('s-1');
    expect(checkIdTokenClaims({ ...good, aud: ['console', 'x'], azp: 'console' }, want).sub).toBe('s-1');
  });

  it.each([
    ['another issuer', { iss: 'https://id.example.test/' }, 'OIDC_TOKEN_INVALID'],
    ['no subject', { sub: '' }, 'OIDC_TOKEN_INVALID'],
    ['a subject that is not a string', { sub: 7 }, 'OIDC_TOKEN_INVALID'],
    ['another audience', { aud: 'other' }, 'OIDC_AUDIENCE_MISMATCH'],
    ['no audience', { aud: undefined }, 'OIDC_AUDIENCE_MISMATCH'],
    ['several audiences without azp', { aud: ['console', 'x'] }, 'OIDC_AUDIENCE_MISMATCH'],
    ['an azp that is another client', { azp: 'x' }, 'OIDC_AUDIENCE_MISMATCH'],
    ['an expiry past the leeway', { exp: now - 60 }, 'OIDC_TOKEN_EXPIRED'],
    ['an expiry that is a string', { exp: String(now + 300) }, 'OIDC_TOKEN_INVALID'],
    ['an issue date in the future', { iat: now + 61 }, 'OIDC_TOKEN_INVALID'],
    ['a not-before in the future', { nbf: now + 61 }, 'OIDC_TOKEN_INVALID'],
    ['another nonce', { nonce: 'n-2' }, 'OIDC_NONCE_MISMATCH'],
    ['no nonce', { nonce: undefined }, 'OIDC_NONCE_MISMATCH'],
  ])('refuses %s', (_, change, failure) => {
    expect(failureOf(() => checkIdTokenClaims({ ...good, ...change }, want))[0]).toBe(failure);
  });
});
