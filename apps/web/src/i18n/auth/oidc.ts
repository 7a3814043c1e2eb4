// Sign-in through the district's unified identity (OpenID Connect) on the login page (src/features/auth).
export const oidcZh = {
  'login.oidc': '{name}登录',
  'login.oidcOr': '或使用账号密码登录',
  'login.oidcSigningIn': '正在完成统一身份认证登录…',
  'login.oidcError.OIDC_DISABLED': '统一身份认证登录未启用，请使用账号密码登录',
  'login.oidcError.OIDC_UNAVAILABLE': '暂时无法连接统一身份认证平台，请稍后再试或使用账号密码登录',
  'login.oidcError.OIDC_PROVIDER_ERROR': '统一身份认证平台未完成登录（可能已取消），请重试',
  'login.oidcError.OIDC_STATE_INVALID': '登录请求已失效或已使用，请重新点击统一身份认证登录',
  'login.oidcError.OIDC_CODE_REJECTED': '统一身份认证平台拒绝了本次登录，请重试',
  'login.oidcError.OIDC_TOKEN_INVALID': '统一身份认证返回的身份凭证无效，登录已拒绝',
  'login.oidcError.OIDC_TOKEN_EXPIRED': '统一身份认证返回的身份凭证已过期，请重试（如反复出现，请检查电脑时间）',
  'login.oidcError.OIDC_AUDIENCE_MISMATCH': '身份凭证不是签发给本系统的，登录已拒绝',
  'login.oidcError.OIDC_NONCE_MISMATCH': '身份凭证与本次登录请求不符，登录已拒绝',
  'login.oidcError.OIDC_UNLINKED': '您的统一身份尚未关联本系统账号，请联系系统管理员关联后再登录',
  'login.oidcError.OIDC_ACCOUNT_DISABLED': '关联的本系统账号已停用，请联系系统管理员',
  'login.oidcError.session': '统一身份认证登录已失效，请重新登录',
};

export const oidcEn: Record<keyof typeof oidcZh, string> = {
  'login.oidc': 'Sign in with {name}',
  'login.oidcOr': 'or log in with username and password',
  'login.oidcSigningIn': 'Finishing the sign-in with unified identity…',
  'login.oidcError.OIDC_DISABLED': 'Sign-in with unified identity is off; log in with your password',
  'login.oidcError.OIDC_UNAVAILABLE':
    'The unified identity service cannot be reached; try again later or log in with your password',
  'login.oidcError.OIDC_PROVIDER_ERROR':
    'The unified identity service did not finish the sign-in (cancelled?); try again',
  'login.oidcError.OIDC_STATE_INVALID': 'This sign-in request has expired or was used; start the sign-in again',
  'login.oidcError.OIDC_CODE_REJECTED': 'The unified identity service refused this sign-in; try again',
  'login.oidcError.OIDC_TOKEN_INVALID': 'The identity token was not valid; sign-in refused',
  'login.oidcError.OIDC_TOKEN_EXPIRED':
    "The identity token had expired; try again (if it recurs, check the computer's clock)",
  'login.oidcError.OIDC_AUDIENCE_MISMATCH': 'The identity token was not issued to this system; sign-in refused',
  'login.oidcError.OIDC_NONCE_MISMATCH': 'The identity token does not belong to this sign-in request; sign-in refused',
  'login.oidcError.OIDC_UNLINKED':
    'Your unified identity is not linked to an account here yet; ask the administrator to link it',
  'login.oidcError.OIDC_ACCOUNT_DISABLED': 'The linked account is disabled; ask the administrator',
  'login.oidcError.session': 'The sign-in has expired; sign in again',
};
