import type { EnvironmentVariables } from '@app/config';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  // Unset: derived per request from the origin the browser used.
  redirectUri: string | null;
  scopes: string;
  displayName: string;
}

// Sign-in by OIDC is on when the issuer, client id and secret are all set (validateEnv refuses a partial set).
export function oidcSettings(env: EnvironmentVariables): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) {
    return null;
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUri: env.OIDC_REDIRECT_URI ?? null,
    scopes: env.OIDC_SCOPES ?? 'openid',
    displayName: env.OIDC_DISPLAY_NAME ?? '统一身份认证',
  };
}
