import { createHash } from 'node:crypto';

import { ErrorCode } from '@app/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

import { ApiException } from './api.exception';

const KEY_RE = /^[A-Za-z0-9._:-]{8,128}$/;

// The optional Idempotency-Key header: a retried request with the same key is applied once.
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const key = ctx.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (key === undefined || key === '') {
    return undefined;
  }
  if (!KEY_RE.test(key)) {
    throw new ApiException(
      ErrorCode.ValidationFailed,
      'Idempotency-Key must be 8-128 characters of letters, digits, ".", "_", ":" or "-".',
    );
  }
  return key;
});

// A stable UUID-shaped id derived from a key, so the same key always names the same new resource.
export function idFromKey(namespace: string, key: string): string {
  const h = createHash('sha256').update(`${namespace}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
