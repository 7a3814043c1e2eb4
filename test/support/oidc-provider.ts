import type { KeyObject } from 'node:crypto';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local OpenID Connect provider for the tests, on 127.0.0.1 and a random port: Discovery 1.0, a JWKS with a
// generated RSA key, an authorization endpoint that signs in one configured person without a page, and a token
// endpoint that issues an RS256 ID token. It is as strict as a real provider about the relying party's wire
// format (OpenID Connect Core 1.0 §3.1, RFC 6749 §4.1, RFC 7636), so a test passing against it proves ours:
// an unknown client or redirect URI is answered 400 without a redirect; a missing or plain PKCE challenge, a wrong
// response_type or scope without openid goes back as error=invalid_request; at the token endpoint the client must
// authenticate the way discovery says, and the code is single-use, bound to its redirect URI, and must come with
// the verifier of its challenge. Written for these tests only (no library's code).

export interface ProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  // The person the authorization endpoint signs in.
  subject: string;
  tokenAuth?: 'client_secret_basic' | 'client_secret_post';
}

// Changes to the next ID token only (then the provider behaves again).
export interface Tamper {
  claims?: Record<string, unknown>;
  signWith?: KeyObject;
  kid?: string;
  alg?: string;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | undefined;
  subject: string;
  expiresAt: number;
  used: boolean;
}

const CODE_TTL_MS = 60_000;
const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export class LocalOidcProvider {
  readonly issuer: string;
  // What the provider refused, in order (error codes with a word on why): the tests read it.
  readonly refusals: string[] = [];
  readonly tokenRequests: { auth: 'basic' | 'post' | 'none' }[] = [];
  subject: string;
  private key = newSigningKey();
  private readonly codes = new Map<string, IssuedCode>();
  private tamper?: Tamper;
  private deny?: string;

  private constructor(
    private readonly server: Server,
    port: number,
    private readonly options: ProviderOptions,
  ) {
    this.issuer = `http://127.0.0.1:${port}/idp`;
    this.subject = options.subject;
  }

  static async start(options: ProviderOptions): Promise<LocalOidcProvider> {
    const handlers: { handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};
    const server = createServer((req, res) => {
      handlers.handle!(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const provider = new LocalOidcProvider(server, (server.address() as AddressInfo).port, options);
    handlers.handle = (req, res) => provider.handle(req, res);
    return provider;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  tamperNext(tamper: Tamper): void {
    this.tamper = tamper;
  }

  // The next authorization request is answered with this error (e.g. access_denied: the person declined).
  denyNext(error: string): void {
    this.deny = error;
  }

  // A new signing key under a new kid; the JWKS publishes only the new one from now on.
  rotateKey(): void {
    this.key = newSigningKey();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.issuer);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /idp/.well-known/openid-configuration') {
      return json(res, 200, this.metadata());
    }
    if (route === 'GET /idp/jwks') {
      return json(res, 200, { keys: [this.key.jwk] });
    }
    if (route === 'GET /idp/authorize') {
      return this.authorize(url.searchParams, res);
    }
    if (route === 'POST /idp/token') {
      return this.token(req, res);
    }
    json(res, 404, { error: 'not_found' });
  }

  private metadata() {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/authorize`,
      token_endpoint: `${this.issuer}/token`,
      jwks_uri: `${this.issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email'],
      token_endpoint_auth_methods_supported: [this.options.tokenAuth ?? 'client_secret_basic'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code'],
      authorization_response_iss_parameter_supported: true,
    };
  }

  private refuse(error: string, why: string): string {
    this.refusals.push(`${error}: ${why}`);
    return error;
  }

  private authorize(q: URLSearchParams, res: ServerResponse): void {
    const clientId = q.get('client_id');
    const redirectUri = q.get('redirect_uri');
    // Core §3.1.2.6: with an unknown client or redirect URI the provider must not redirect anywhere.
    if (clientId !== this.options.clientId) {
      return json(res, 400, { error: this.refuse('invalid_client', `unknown client_id ${clientId}`) });
    }
    if (!redirectUri || !this.options.redirectUris.includes(redirectUri)) {
      return json(res, 400, { error: this.refuse('invalid_request', `unregistered redirect_uri ${redirectUri}`) });
    }
    const back = new URL(redirectUri);
    const state = q.get('state');
    if (state !== null) {
      back.searchParams.set('state', state);
    }
    back.searchParams.set('iss', this.issuer);
    const fail = (error: string, why: string) => {
      back.searchParams.set('error', this.refuse(error, why));
      redirect(res, back);
    };
    const challenge = q.get('code_challenge');
    if (q.get('response_type') !== 'code') {
      return fail('unsupported_response_type', `response_type ${q.get('response_type')}`);
    }
    if (!(q.get('scope') ?? '').split(' ').includes('openid')) {
      return fail('invalid_scope', 'scope without openid');
    }
    if (!challenge || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return fail('invalid_request', 'code_challenge missing or not a base64url SHA-256');
    }
    if (q.get('code_challenge_method') !== 'S256') {
      return fail('invalid_request', `code_challenge_method ${q.get('code_challenge_method')}`);
    }
    if (this.deny) {
      const error = this.deny;
      this.deny = undefined;
      return fail(error, 'denied as the test asked');
    }
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId,
      redirectUri,
      challenge,
      nonce: q.get('nonce') ?? undefined,
      subject: this.subject,
      expiresAt: Date.now() + CODE_TTL_MS,
      used: false,
    });
    back.searchParams.set('code', code);
    redirect(res, back);
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return json(res, 400, { error: this.refuse('invalid_request', 'the body is not form-encoded') });
    }
    const form = new URLSearchParams(await bodyOf(req));
    const client = this.authenticate(req, form);
    if (client !== 'ok') {
      res.setHeader('WWW-Authenticate', 'Basic realm="idp"');
      return json(res, 401, { error: this.refuse('invalid_client', client) });
    }
    const grant = (error: string, why: string) => json(res, 400, { error: this.refuse(error, why) });
    if (form.get('grant_type') !== 'authorization_code') {
      return grant('unsupported_grant_type', `grant_type ${form.get('grant_type')}`);
    }
    const code = this.codes.get(form.get('code') ?? '');
    if (!code || code.used || code.expiresAt < Date.now()) {
      return grant('invalid_grant', code?.used ? 'the code was used already' : 'unknown or expired code');
    }
    // Single use: presented once, gone, whether or not the rest of the request is right.
    code.used = true;
    if (code.clientId !== this.options.clientId || form.get('redirect_uri') !== code.redirectUri) {
      return grant('invalid_grant', 'redirect_uri differs from the authorization request');
    }
    const verifier = form.get('code_verifier') ?? '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || s256(verifier) !== code.challenge) {
      return grant('invalid_grant', 'code_verifier does not match the challenge');
    }
    const tamper = this.tamper;
    this.tamper = undefined;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: this.issuer,
      sub: code.subject,
      aud: this.options.clientId,
      exp: now + 300,
      iat: now,
      auth_time: now,
      ...(code.nonce !== undefined ? { nonce: code.nonce } : {}),
      ...tamper?.claims,
    };
    const header = { alg: tamper?.alg ?? 'RS256', typ: 'JWT', kid: tamper?.kid ?? this.key.kid };
    const input = `${b64url(header)}.${b64url(claims)}`;
    const signature = sign('sha256', Buffer.from(input), tamper?.signWith ?? this.key.privateKey).toString('base64url');
    json(res, 200, {
      access_token: randomBytes(24).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'openid',
      id_token: `${input}.${signature}`,
    });
  }

  // RFC 6749 §2.3.1: exactly the method discovery announced, with the id and secret form-decoded from Basic.
  private authenticate(req: IncomingMessage, form: URLSearchParams): string {
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.headers.authorization ?? '');
    const method = this.options.tokenAuth ?? 'client_secret_basic';
    this.tokenRequests.push({ auth: basic ? 'basic' : form.has('client_secret') ? 'post' : 'none' });
    let id: string | null;
    let secret: string | null;
    if (method === 'client_secret_basic') {
      if (!basic || form.has('client_secret')) {
        return 'expected client_secret_basic only';
      }
      const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const decode = (v: string) => decodeURIComponent(v.replace(/\+/g, ' '));
      [id, secret] = colon < 0 ? [null, null] : [decode(decoded.slice(0, colon)), decode(decoded.slice(colon + 1))];
    } else {
      if (basic) {
        return 'expected client_secret_post only';
      }
      [id, secret] = [form.get('client_id'), form.get('client_secret')];
    }
    if (id !== this.options.clientId || secret !== this.options.clientSecret) {
      return 'wrong client id or secret';
    }
    return form.has('client_id') && form.get('client_id') !== id ? 'client_id in the body differs' : 'ok';
  }
}

function newSigningKey(): { kid: string; privateKey: KeyObject; jwk: Record<string, unknown> } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
}

// A key pair the provider does not publish, for forged tokens.
export function strangerKey(): KeyObject {
  return newSigningKey().privateKey;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function redirect(res: ServerResponse, to: URL): void {
  res.writeHead(302, { Location: to.toString() }).end();
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
