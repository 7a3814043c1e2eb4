import { timingSafeEqual } from 'node:crypto';

import { envOf } from '@app/config';
import type { OidcConfigView, OidcFailure, TokenPair } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { AuditRepository, OidcLinkRepository, OidcLoginRepository, UserRepository } from '@app/database';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException } from '../../common/api.exception';
import { sha256, TokenService } from '../token.service';
import { algorithmOf, checkIdTokenClaims, IdTokenError, parseJwt, verifySignature } from './oidc-jwt';
import type { ProviderMetadata } from './oidc-provider.client';
import { CodeRejected, OidcProviderClient, ProviderUnavailable } from './oidc-provider.client';
import type { OidcSettings } from './oidc.settings';
import { oidcSettings } from './oidc.settings';
import { newPkce, randomToken } from './pkce';

export const CALLBACK_PATH = '/api/auth/oidc/callback';
const STATE_TTL_MS = 10 * 60 * 1000;
const HANDOFF_TTL_MS = 60 * 1000;
// Clock skew allowed between the provider and us when reading exp, iat and nbf.
const LEEWAY_SECONDS = 60;

export class OidcRefusal extends Error {
  constructor(
    readonly failure: OidcFailure,
    readonly reason: string,
    readonly subject?: string,
  ) {
    super(reason);
  }
}

export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
  error_description?: string;
  iss?: string;
}

export type CallbackResult = { ok: true; handoff: string } | { ok: false; failure: OidcFailure };

const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'ascii'), Buffer.from(b, 'ascii'));

// The relying party: GET start sends the browser to the provider with state, nonce and a PKCE challenge kept here;
// GET callback takes the state once, exchanges the code, verifies the ID token, finds the account linked to the
// subject and hands the browser a one-time handoff that POST session turns into our own session.
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  readonly settings: OidcSettings | null;

  constructor(
    private readonly provider: OidcProviderClient,
    private readonly logins: OidcLoginRepository,
    private readonly links: OidcLinkRepository,
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditRepository,
    config: ConfigService,
  ) {
    this.settings = oidcSettings(envOf(config));
  }

  configView(): OidcConfigView {
    return this.settings
      ? { enabled: true, displayName: this.settings.displayName, startUrl: '/api/auth/oidc/start' }
      : { enabled: false, displayName: null, startUrl: null };
  }

  // The provider's authorization URL and the browser binding to set as a cookie; a refusal names its failure.
  async start(
    origin: string | null,
    ip: string | undefined,
  ): Promise<{ location: string; browser: string } | OidcFailure> {
    try {
      const settings = this.enabled();
      const meta = await this.provider.discover(settings);
      const state = randomToken();
      const nonce = randomToken();
      const browser = randomToken();
      const pkce = newPkce();
      const redirectUri = settings.redirectUri ?? (origin ? `${origin}${CALLBACK_PATH}` : null);
      if (!redirectUri) {
        throw new OidcRefusal('OIDC_UNAVAILABLE', 'no OIDC_REDIRECT_URI and no usable Host header to derive it from');
      }
      const now = new Date();
      await this.logins.insert({
        stateHash: sha256(state),
        browserHash: sha256(browser),
        nonce,
        codeVerifier: pkce.verifier,
        redirectUri,
        createdAt: now,
        expiresAt: new Date(now.getTime() + STATE_TTL_MS),
      });
      const url = new URL(meta.authorizationEndpoint);
      const params: Record<string, string> = {
        response_type: 'code',
        client_id: settings.clientId,
        redirect_uri: redirectUri,
        scope: settings.scopes,
        state,
        nonce,
        code_challenge: pkce.challenge,
        code_challenge_method: pkce.method,
      };
      for (const [name, value] of Object.entries(params)) {
        url.searchParams.set(name, value);
      }
      return { location: url.toString(), browser };
    } catch (err) {
      return this.refused('auth.oidc_start', err, ip);
    }
  }

  async callback(query: CallbackQuery, browser: string | undefined, ip: string | undefined): Promise<CallbackResult> {
    try {
      const settings = this.enabled();
      const { login, userId, username, subject } = await this.verify(settings, query, browser);
      const handoff = randomToken();
      await this.logins.attachHandoff(login, sha256(handoff), userId, new Date(Date.now() + HANDOFF_TTL_MS));
      await this.users.recordLogin(userId);
      await this.audit.record({
        action: 'auth.oidc_login',
        outcome: 'success',
        actorUserId: username,
        ip,
        target: `oidc:${subject}`,
        detail: { issuer: settings.issuer, subject },
      });
      return { ok: true, handoff };
    } catch (err) {
      return { ok: false, failure: await this.refused('auth.oidc_login', err, ip) };
    }
  }

  // The console's session for a handoff, once.
  async session(handoff: string, ip: string | undefined): Promise<TokenPair> {
    const userId = await this.logins.takeHandoff(sha256(handoff), new Date());
    const user = userId ? await this.users.findById(userId) : null;
    if (!user || user.disabled) {
      await this.audit.record({
        action: 'auth.oidc_session',
        outcome: 'refused',
        ip,
        detail: { reason: user ? 'disabled' : 'unknown_used_or_expired_handoff' },
      });
      throw new ApiException(
        ErrorCode.Unauthenticated,
        'This sign-in has already been used or has expired; sign in again.',
      );
    }
    return this.tokens.issue(user);
  }

  private async verify(
    settings: OidcSettings,
    query: CallbackQuery,
    browser: string | undefined,
  ): Promise<{ login: string; userId: string; username: string; subject: string }> {
    if (typeof query.state !== 'string' || query.state.length === 0) {
      throw new OidcRefusal('OIDC_STATE_INVALID', 'no state in the callback');
    }
    const stateHash = sha256(query.state);
    const login = await this.logins.findByStateHash(stateHash);
    if (!login) {
      throw new OidcRefusal('OIDC_STATE_INVALID', 'unknown_state');
    }
    // Taken before anything else is checked: a state is good for one callback, whatever its outcome.
    if (!(await this.logins.consume(stateHash, new Date()))) {
      throw new OidcRefusal('OIDC_STATE_INVALID', login.consumedAt ? 'state_replayed' : 'state_expired');
    }
    if (!browser || !sameHash(sha256(browser), login.browserHash)) {
      throw new OidcRefusal('OIDC_STATE_INVALID', 'started_in_another_browser');
    }
    if (query.error !== undefined) {
      throw new OidcRefusal('OIDC_PROVIDER_ERROR', `provider_error:${query.error.slice(0, 64)}`);
    }
    // RFC 9207: a provider that names itself in the response must be ours (mix-up attacks).
    if (query.iss !== undefined && query.iss !== settings.issuer) {
      throw new OidcRefusal('OIDC_PROVIDER_ERROR', 'issuer_mismatch_in_response');
    }
    if (typeof query.code !== 'string' || query.code.length === 0) {
      throw new OidcRefusal('OIDC_PROVIDER_ERROR', 'no_code');
    }
    const meta = await this.provider.discover(settings);
    const idToken = await this.provider.exchangeCode(settings, meta, query.code, login.redirectUri, login.codeVerifier);
    const subject = await this.checkIdToken(settings, meta, idToken, login.nonce);
    const link = await this.links.find(meta.issuer, subject);
    if (!link) {
      throw new OidcRefusal('OIDC_UNLINKED', 'no_account_linked', subject);
    }
    const user = await this.users.findById(link.userId);
    if (!user || user.disabled) {
      throw new OidcRefusal('OIDC_ACCOUNT_DISABLED', user ? 'account_disabled' : 'account_gone', subject);
    }
    return { login: stateHash, userId: user.id, username: user.username, subject };
  }

  // The ID token's subject, once its signature and claims have passed.
  private async checkIdToken(
    settings: OidcSettings,
    meta: ProviderMetadata,
    idToken: string,
    nonce: string,
  ): Promise<string> {
    const parts = parseJwt(idToken);
    const alg = algorithmOf(parts);
    const keys = await this.provider.keysFor(meta, parts, alg);
    if (!keys.some((key) => verifySignature(parts, alg, key))) {
      throw new IdTokenError('OIDC_TOKEN_INVALID', 'bad_signature');
    }
    const claims = checkIdTokenClaims(parts.claims, {
      issuer: meta.issuer,
      clientId: settings.clientId,
      nonce,
      nowSeconds: Math.floor(Date.now() / 1000),
      leewaySeconds: LEEWAY_SECONDS,
    });
    return claims.sub;
  }

  private enabled(): OidcSettings {
    if (!this.settings) {
      throw new OidcRefusal('OIDC_DISABLED', 'oidc_not_configured');
    }
    return this.settings;
  }

  // Every refused sign-in is audited with its reason. Anything else is a fault of ours: logged with its stack, and
  // the person still lands on the login page with a code rather than on an error page.
  private async refused(action: string, err: unknown, ip: string | undefined): Promise<OidcFailure> {
    const [failure, reason, subject] = classify(err);
    if (reason === 'internal_error') {
      this.logger.error(`${action} failed`, err instanceof Error ? err.stack : String(err));
    }
    try {
      await this.audit.record({
        action,
        outcome: 'refused',
        ip,
        target: subject ? `oidc:${subject}` : null,
        detail: {
          failure,
          reason: reason.slice(0, 300),
          issuer: this.settings?.issuer ?? null,
          subject: subject ?? null,
        },
      });
    } catch (auditErr) {
      this.logger.error(`${action}: the refusal could not be audited`, String(auditErr));
    }
    return failure;
  }
}

function classify(err: unknown): [OidcFailure, string, string | undefined] {
  if (err instanceof OidcRefusal) {
    return [err.failure, err.reason, err.subject];
  }
  if (err instanceof IdTokenError) {
    return [err.failure, err.reason, undefined];
  }
  if (err instanceof CodeRejected) {
    return ['OIDC_CODE_REJECTED', err.message, undefined];
  }
  if (err instanceof ProviderUnavailable) {
    return ['OIDC_UNAVAILABLE', err.message, undefined];
  }
  return ['OIDC_UNAVAILABLE', 'internal_error', undefined];
}
