// Sign-in through the district's OpenID Connect provider (统一身份认证). A refused sign-in lands on the console's
// login page as /login?oidc_error=<code>; a successful one as /login#oidc=<handoff>, which the console exchanges
// once for its session at POST /api/auth/oidc/session.
export const OIDC_FAILURES = [
  // The option is not configured.
  'OIDC_DISABLED',
  // The provider's discovery document, keys or token endpoint could not be reached or made no sense.
  'OIDC_UNAVAILABLE',
  // The provider answered the authorization request with an error (the person declined, …).
  'OIDC_PROVIDER_ERROR',
  // Unknown, expired, already used, or started in another browser.
  'OIDC_STATE_INVALID',
  // The token endpoint refused the code (replayed, expired, PKCE or client mismatch).
  'OIDC_CODE_REJECTED',
  // The ID token's signature, algorithm, issuer or shape is wrong.
  'OIDC_TOKEN_INVALID',
  'OIDC_TOKEN_EXPIRED',
  'OIDC_AUDIENCE_MISMATCH',
  'OIDC_NONCE_MISMATCH',
  // No account is linked to this subject: an administrator links it first.
  'OIDC_UNLINKED',
  'OIDC_ACCOUNT_DISABLED',
] as const;
export type OidcFailure = (typeof OIDC_FAILURES)[number];

export interface OidcConfigView {
  enabled: boolean;
  // The button's name, e.g. 统一身份认证.
  displayName: string | null;
  // Where the browser goes to sign in (null when disabled).
  startUrl: string | null;
}

// An administrator's link between the provider's subject and one of our accounts.
export interface OidcLinkView {
  issuer: string;
  subject: string;
  userId: string;
  username: string;
  createdBy: string;
  createdAt: string;
}
