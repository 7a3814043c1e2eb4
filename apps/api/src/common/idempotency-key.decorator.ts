import { createHash } from 'node:crypto';

import { ErrorCode } from '@app/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

import type { RequestUser } from '../auth/request-user';

import { ApiException } from './api.exception';

export const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9._:-]{8,128}$/;

// The optional Idempotency-Key header: a retried request with the same key is applied once. The key belongs to the
// person who sent it: the value handed to the service (and on to the workflow as the Update's id, and to the ids a
// key names) is scoped to the verified caller, so one person's key can never answer for another's request.
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const req = ctx.switchToHttp().getRequest<Request & { user?: RequestUser }>();
  const key = req.header('idempotency-key');
  if (key === undefined || key === '') {
    return undefined;
  }
  if (!IDEMPOTENCY_KEY_RE.test(key)) {
    throw new ApiException(
      ErrorCode.ValidationFailed,
      'Idempotency-Key must be 8-128 characters of letters, digits, ".", "_", ":" or "-".',
    );
  }
  return req.user ? personScopedKey(req.user.id, key) : key;
});

// The key as one person's: `<person>:<key>`.
export const personScopedKey = (personId: string, key: string): string => `${personId}:${key}`;

// A stable UUID-shaped id derived from a key, so the same key always names the same new resource.
export function idFromKey(namespace: string, key: string): string {
  const h = createHash('sha256').update(`${namespace}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
