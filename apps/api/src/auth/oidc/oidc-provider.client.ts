import type { JsonWebKey, KeyObject } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import type { JwtParts, SigningAlgorithm } from './oidc-jwt';
import { IdTokenError, keyFromJwk } from './oidc-jwt';
import type { OidcSettings } from './oidc.settings';

// The provider's metadata (OpenID Connect Discovery 1.0 §3), as far as we use it.
export interface ProviderMetadata {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  tokenAuth: 'client_secret_basic' | 'client_secret_post';
}

export class ProviderUnavailable extends Error {}
export class CodeRejected extends Error {}

const TIMEOUT_MS = 5_000;
const DISCOVERY_TTL_MS = 60 * 60 * 1000;

const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new ProviderUnavailable(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (res.ok) {
      throw new ProviderUnavailable(`${url} did not answer JSON`);
    }
  }
  return { status: res.status, body };
}

// The relying party's conversations with the provider: discovery (cached), the keys (cached, fetched again for an
// unknown kid), and the code exchange at the token endpoint.
@Injectable()
export class OidcProviderClient {
  private metadata?: { issuer: string; value: ProviderMetadata; at: number };
  private keys: { jwksUri: string; set: JsonWebKey[] } | null = null;

  async discover(settings: OidcSettings): Promise<ProviderMetadata> {
    const cached = this.metadata;
    if (cached && cached.issuer === settings.issuer && Date.now() - cached.at < DISCOVERY_TTL_MS) {
      return cached.value;
    }
    const url = `${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const { status, body } = await getJson(url, { headers: { accept: 'application/json' } });
    if (status !== 200 || typeof body !== 'object' || body === null) {
      throw new ProviderUnavailable(`${url} answered ${status}`);
    }
    const doc = body as Record<string, unknown>;
    // Discovery §4.3: the issuer in the document must be exactly the one configured.
    if (doc.issuer !== settings.issuer) {
      throw new ProviderUnavailable(`the discovery document names issuer ${JSON.stringify(doc.issuer)}`);
    }
    if (!isUrl(doc.authorization_endpoint) || !isUrl(doc.token_endpoint) || !isUrl(doc.jwks_uri)) {
      throw new ProviderUnavailable('the discovery document lacks authorization_endpoint, token_endpoint or jwks_uri');
    }
    const responseTypes = doc.response_types_supported;
    if (Array.isArray(responseTypes) && !responseTypes.includes('code')) {
      throw new ProviderUnavailable('the provider does not offer the authorization code flow');
    }
    const pkce = doc.code_challenge_methods_supported;
    if (Array.isArray(pkce) && !pkce.includes('S256')) {
      throw new ProviderUnavailable('the provider does not offer PKCE with S256');
    }
    // Absent, the methods default to client_secret_basic (Discovery §3).
    const methods = Array.isArray(doc.token_endpoint_auth_methods_supported)
      ? (doc.token_endpoint_auth_methods_supported as unknown[])
      : ['client_secret_basic'];
    const tokenAuth = methods.includes('client_secret_basic')
      ? 'client_secret_basic'
      : methods.includes('client_secret_post')
        ? 'client_secret_post'
        : null;
    if (!tokenAuth) {
      throw new ProviderUnavailable('the token endpoint takes neither client_secret_basic nor client_secret_post');
    }
    const value: ProviderMetadata = {
      issuer: doc.issuer,
      authorizationEndpoint: doc.authorization_endpoint,
      tokenEndpoint: doc.token_endpoint,
      jwksUri: doc.jwks_uri,
      tokenAuth,
    };
    this.metadata = { issuer: settings.issuer, value, at: Date.now() };
    return value;
  }

  // The keys that may have signed this token: by kid when it names one, else every key fitting the algorithm.
  async keysFor(meta: ProviderMetadata, parts: JwtParts, alg: SigningAlgorithm): Promise<KeyObject[]> {
    const kid = typeof parts.header.kid === 'string' ? parts.header.kid : undefined;
    const pick = (set: JsonWebKey[]) =>
      set
        .filter((k) => kid === undefined || k.kid === kid)
        .map((k) => keyFromJwk(k, alg))
        .filter((k): k is KeyObject => k !== null);
    let found = this.keys?.jwksUri === meta.jwksUri ? pick(this.keys.set) : [];
    // No key fits: the provider may have rotated its keys, so fetch them again (once per token). ID tokens come only
    // from the provider's own token endpoint, so nobody else can make us fetch at will.
    if (found.length === 0) {
      await this.fetchKeys(meta.jwksUri);
      found = pick(this.keys?.set ?? []);
    }
    if (found.length === 0) {
      throw new IdTokenError('OIDC_TOKEN_INVALID', `no published key fits (kid ${JSON.stringify(kid)}, ${alg})`);
    }
    return found;
  }

  private async fetchKeys(jwksUri: string): Promise<void> {
    const { status, body } = await getJson(jwksUri, { headers: { accept: 'application/json' } });
    const keys = (body as { keys?: unknown } | null)?.keys;
    if (status !== 200 || !Array.isArray(keys)) {
      throw new ProviderUnavailable(`${jwksUri} answered ${status} without a key set`);
    }
    this.keys = {
      jwksUri,
      set: keys.filter((k): k is JsonWebKey => typeof k === 'object' && k !== null),
    };
  }

  // RFC 6749 §4.1.3 with PKCE; the client authenticates as the discovery document allows. Returns the ID token.
  async exchangeCode(
    settings: OidcSettings,
    meta: ProviderMetadata,
    code: string,
    redirectUri: string,
    verifier: string,
  ): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (meta.tokenAuth === 'client_secret_basic') {
      // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
      const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${enc(settings.clientId)}:${enc(settings.clientSecret)}`).toString('base64')}`;
    } else {
      form.set('client_id', settings.clientId);
      form.set('client_secret', settings.clientSecret);
    }
    const { status, body } = await getJson(meta.tokenEndpoint, { method: 'POST', headers, body: form.toString() });
    const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (status >= 500) {
      throw new ProviderUnavailable(`the token endpoint answered ${status}`);
    }
    if (status !== 200) {
      const error = typeof answer.error === 'string' ? answer.error : `HTTP ${status}`;
      const why = typeof answer.error_description === 'string' ? `: ${answer.error_description}` : '';
      throw new CodeRejected(`${error}${why}`);
    }
    if (typeof answer.token_type !== 'string' || answer.token_type.toLowerCase() !== 'bearer') {
      throw new IdTokenError(
        'OIDC_TOKEN_INVALID',
        `the token response's token_type is ${JSON.stringify(answer.token_type)}`,
      );
    }
    if (typeof answer.id_token !== 'string') {
      throw new IdTokenError('OIDC_TOKEN_INVALID', 'the token response carries no id_token');
    }
    return answer.id_token;
  }
}
