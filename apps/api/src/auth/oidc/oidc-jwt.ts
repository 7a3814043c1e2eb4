import type { JsonWebKey, KeyObject } from 'node:crypto';
import { constants, createPublicKey, verify } from 'node:crypto';

import type { OidcFailure } from '@app/contracts';

// Checks of an ID token as OpenID Connect Core 1.0 §3.1.3.7 asks for the authorization code flow: a compact JWS
// signed with an asymmetric key the provider publishes (never "none" or a shared-secret HMAC), the issuer, our client
// among the audiences (azp when there are several), unexpired, issued not in the future, and our nonce.
export class IdTokenError extends Error {
  constructor(
    readonly failure: OidcFailure,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface JwtParts {
  header: { alg?: unknown; kid?: unknown; typ?: unknown };
  claims: Record<string, unknown>;
  signingInput: Buffer;
  signature: Buffer;
}

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  azp?: string;
  email?: string;
  name?: string;
  [claim: string]: unknown;
}

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  nonce: string;
  nowSeconds: number;
  leewaySeconds: number;
}

// The algorithms we accept and how node:crypto verifies each.
const ALGORITHMS = {
  RS256: { hash: 'sha256', kty: 'RSA', options: {} },
  PS256: { hash: 'sha256', kty: 'RSA', options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } },
  ES256: { hash: 'sha256', kty: 'EC', options: { dsaEncoding: 'ieee-p1363' as const } },
} as const;
export type SigningAlgorithm = keyof typeof ALGORITHMS;
export const SIGNING_ALGORITHMS = Object.keys(ALGORITHMS) as SigningAlgorithm[];

const isAlgorithm = (alg: unknown): alg is SigningAlgorithm => typeof alg === 'string' && alg in ALGORITHMS;

function decodeJson(segment: string, what: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', `the ${what} is not base64url`);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new IdTokenError('OIDC_TOKEN_INVALID', `the ${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', `the ${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

export function parseJwt(token: string): JwtParts {
  const segments = token.split('.');
  if (segments.length !== 3 || !segments[2]) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', 'the ID token is not a signed compact JWT (three parts)');
  }
  const [head, body, sig] = segments as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(sig)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', 'the signature is not base64url');
  }
  return {
    header: decodeJson(head, 'header'),
    claims: decodeJson(body, 'payload'),
    signingInput: Buffer.from(`${head}.${body}`, 'ascii'),
    signature: Buffer.from(sig, 'base64url'),
  };
}

// The algorithm the header names, if we accept it.
export function algorithmOf(parts: JwtParts): SigningAlgorithm {
  const alg = parts.header.alg;
  if (!isAlgorithm(alg)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', `unaccepted signing algorithm ${JSON.stringify(alg)}`);
  }
  return alg;
}

// A public key from a JWK, if it fits the algorithm; private parts are never read.
export function keyFromJwk(jwk: JsonWebKey, alg: SigningAlgorithm): KeyObject | null {
  if (jwk.kty !== ALGORITHMS[alg].kty || (jwk.use !== undefined && jwk.use !== 'sig')) {
    return null;
  }
  if ((typeof jwk.alg === 'string' && jwk.alg !== alg) || (alg === 'ES256' && jwk.crv !== 'P-256')) {
    return null;
  }
  const { kty, n, e, crv, x, y } = jwk;
  try {
    const key = createPublicKey({ key: { kty, n, e, crv, x, y } as JsonWebKey, format: 'jwk' });
    // RSA keys shorter than 2048 bits are refused (NIST SP 800-131A); node would take any.
    const bits = key.asymmetricKeyDetails?.modulusLength;
    return kty === 'RSA' && (bits === undefined || bits < 2048) ? null : key;
  } catch {
    return null;
  }
}

export function verifySignature(parts: JwtParts, alg: SigningAlgorithm, key: KeyObject): boolean {
  const { hash, options } = ALGORITHMS[alg];
  try {
    return verify(hash, parts.signingInput, { key, ...options }, parts.signature);
  } catch {
    return false;
  }
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// The claims' checks, after the signature has been verified.
export function checkIdTokenClaims(claims: Record<string, unknown>, want: IdTokenExpectations): IdTokenClaims {
  const { iss, sub, aud, exp, iat, nbf, nonce, azp } = claims;
  if (iss !== want.issuer) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', `issuer ${JSON.stringify(iss)} is not ${want.issuer}`);
  }
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', 'the subject (sub) is missing or longer than 255 characters');
  }
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!audiences.includes(want.clientId)) {
    throw new IdTokenError('OIDC_AUDIENCE_MISMATCH', `the token is meant for ${JSON.stringify(aud)}, not this client`);
  }
  if ((audiences.length > 1 || azp !== undefined) && azp !== want.clientId) {
    throw new IdTokenError('OIDC_AUDIENCE_MISMATCH', `the authorized party (azp) ${JSON.stringify(azp)} is not us`);
  }
  if (!isNumber(exp) || !isNumber(iat)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', 'exp and iat must be numeric dates');
  }
  if (exp + want.leewaySeconds <= want.nowSeconds) {
    throw new IdTokenError('OIDC_TOKEN_EXPIRED', `the token expired at ${new Date(exp * 1000).toISOString()}`);
  }
  if (iat - want.leewaySeconds > want.nowSeconds || (isNumber(nbf) && nbf - want.leewaySeconds > want.nowSeconds)) {
    throw new IdTokenError('OIDC_TOKEN_INVALID', 'the token is dated in the future');
  }
  if (nonce !== want.nonce) {
    throw new IdTokenError('OIDC_NONCE_MISMATCH', 'the nonce is not the one this sign-in sent');
  }
  return claims as IdTokenClaims;
}
