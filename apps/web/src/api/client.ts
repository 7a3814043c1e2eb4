import type { ApiErrorBody, ErrorCode, TokenPair } from '@app/contracts';

// The string values of the API's error codes, plus the two the client produces itself.
export type ApiErrorCode = `${ErrorCode}` | 'NETWORK_ERROR' | 'UNKNOWN';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly correlationId?: string,
    // The error body's details (e.g. the batch row a refusal names).
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const ACCESS_KEY = 'wuhua-jc.accessToken';
const REFRESH_KEY = 'wuhua-jc.refreshToken';
const USER_KEY = 'wuhua-jc.user';

// Tokens live in sessionStorage: they end with the browser tab, and a second tab logs in on its own.
export const tokenStore = {
  access: (): string | null => sessionStorage.getItem(ACCESS_KEY),
  refresh: (): string | null => sessionStorage.getItem(REFRESH_KEY),
  user: (): TokenPair['user'] | null => {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as TokenPair['user']) : null;
  },
  save(pair: TokenPair): void {
    sessionStorage.setItem(ACCESS_KEY, pair.accessToken);
    sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
    sessionStorage.setItem(USER_KEY, JSON.stringify(pair.user));
  },
  clear(): void {
    sessionStorage.removeItem(ACCESS_KEY);
    sessionStorage.removeItem(REFRESH_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
};

// The capacity every call acts in (X-Acting-As), set by the AuthProvider from the person's choice
// (src/auth/capacity.ts); null: none sent (logged out).
let actingAs: string | null = null;
export function setActingAs(capacity: string | null): void {
  actingAs = capacity;
}

// Called when the session cannot be renewed, so the app can send the person back to the login page.
let onSessionExpired: () => void = () => undefined;
export function setSessionExpiredHandler(handler: () => void): void {
  onSessionExpired = handler;
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  // Sent as the Idempotency-Key header: the API applies a command once per key.
  idempotencyKey?: string;
  // Login and refresh go out without a token and never trigger a refresh.
  anonymous?: boolean;
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> | null = null;
  try {
    body = (await res.json()) as Partial<ApiErrorBody>;
  } catch {
    body = null;
  }
  const code = (typeof body?.code === 'string' ? body.code : 'UNKNOWN') as ApiErrorCode;
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${res.status}`;
  return new ApiError(res.status, code, message, body?.correlationId, body?.details);
}

async function send(method: string, path: string, opts: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (opts.idempotencyKey) {
    headers['Idempotency-Key'] = opts.idempotencyKey;
  }
  // Not to the person's own session (me, logout): those act in no capacity, and must answer even when an
  // administrator has just taken away the capacity remembered in this tab.
  if (token && actingAs && !path.startsWith('/api/auth/')) {
    headers['X-Acting-As'] = actingAs;
  }
  try {
    return await fetch(urlOf(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch (err) {
    throw new ApiError(0, 'NETWORK_ERROR', err instanceof Error ? err.message : String(err));
  }
}

// One refresh at a time: parallel requests that all meet a 401 share it (each refresh token works once).
let refreshing: Promise<boolean> | null = null;

async function refreshTokens(): Promise<boolean> {
  const refreshToken = tokenStore.refresh();
  if (!refreshToken) {
    return false;
  }
  const res = await send('POST', '/api/auth/refresh', { body: { refreshToken }, anonymous: true }, null).catch(
    () => null,
  );
  if (!res?.ok) {
    return false;
  }
  tokenStore.save((await res.json()) as TokenPair);
  return true;
}

function refreshOnce(): Promise<boolean> {
  refreshing ??= refreshTokens().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const token = opts.anonymous ? null : tokenStore.access();
  let res = await send(method, path, opts, token);
  if (res.status === 401 && !opts.anonymous) {
    // The access token lasts 15 minutes: renew it once and retry with the same Idempotency-Key.
    if (await refreshOnce()) {
      res = await send(method, path, opts, tokenStore.access());
    }
    if (res.status === 401) {
      tokenStore.clear();
      onSessionExpired();
    }
  }
  if (!res.ok) {
    throw await errorOf(res);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

// Files the API makes (a briefing's DOCX or printable page), fetched with the session's token: a plain link
// would carry none.
async function fetchFile(path: string, query?: Query): Promise<Response> {
  let res = await send('GET', path, { query }, tokenStore.access());
  if (res.status === 401 && (await refreshOnce())) {
    res = await send('GET', path, { query }, tokenStore.access());
  }
  if (!res.ok) {
    throw await errorOf(res);
  }
  return res;
}

// Saves the file under the name the API gives in Content-Disposition (or `fallbackName`).
export async function download(path: string, fallbackName: string, query?: Query): Promise<void> {
  const res = await fetchFile(path, query);
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Opens the file in a new tab (a print-ready page the reader prints or saves as PDF).
export async function openFile(path: string, query?: Query): Promise<void> {
  const tab = window.open('', '_blank');
  const res = await fetchFile(path, query);
  const url = URL.createObjectURL(await res.blob());
  if (tab) {
    tab.location.href = url;
  } else {
    window.location.href = url;
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// A fresh key per user action (per click); crypto.randomUUID needs a secure context, getRandomValues does not.
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
