import { createHash } from 'node:crypto';

import { ErrorCode } from '@app/contracts';
import { IdempotencyKeyRepository } from '@app/database';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { HttpException, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { catchError, from, map, switchMap, throwError } from 'rxjs';

import type { RequestUser } from '../auth/request-user';

import { ApiException } from './api.exception';
import { statusOf } from './error-status';
import { IDEMPOTENCY_KEY_RE } from './idempotency-key.decorator';
import { tooDeepAt } from './validation';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// A request in flight longer than this is taken to be abandoned (its API process died, or MySQL went away before
// it could settle its key): a retry takes the key over. Every command answers within the gateway's 10 s deadline
// plus its database writes, so 30 s is well past any live request; were one still running, the command below it
// would still apply once (the person-scoped key is its Update id, a create's code its workflow id). Five minutes
// here made a client that lost its API mid-request wait five minutes on 409 IN_FLIGHT (the fault campaign's find).
const STALE_MS = Number(process.env.IDEMPOTENCY_IN_FLIGHT_MS ?? 30_000);
// One request in this many purges the keys older than a day, so the table stays bounded without a timer.
const PURGE_EVERY = 200;

// JSON with its object keys sorted, so that the same body sent with its fields in another order is the same request.
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// The request as the key is bound to it: method, path with query, body.
export const fingerprintOf = (req: Request): string =>
  createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${canonical(req.body ?? null)}`)
    .digest('hex');

const statusOfError = (err: unknown): number =>
  err instanceof ApiException ? statusOf(err.code) : err instanceof HttpException ? err.getStatus() : 500;

// Idempotency-Key as the IETF draft "The Idempotency-Key HTTP Header Field" has it, at the API's edge: a key belongs
// to the person who sent it (the same key from two people is two requests); reused with a different request it is
// 422 IDEMPOTENCY_KEY_REUSED; while its first request has not answered, 409 IDEMPOTENCY_KEY_IN_FLIGHT; a refused
// request (any 4xx) releases it, so it reserves nothing. A retry of the same request goes through: the command
// below applies it once (the person-scoped key is the workflow Update's id) and answers as "replayed".
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private requests = 0;

  constructor(private readonly keys: IdempotencyKeyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: RequestUser }>();
    const key = req.header('idempotency-key');
    const person = req.user?.id;
    // Reads need no key; an anonymous request has no person to scope it to; a malformed key is refused by the
    // route's @IdempotencyKey() with a 400.
    if (!key || !person || SAFE_METHODS.has(req.method) || !IDEMPOTENCY_KEY_RE.test(key)) {
      return next.handle();
    }
    // A body nested past the validation limit is refused by the ValidationPipe (400) and so reserves nothing; it is
    // not fingerprinted here, where walking it would overflow the stack.
    if (tooDeepAt(req.body) !== undefined) {
      return next.handle();
    }
    return from(this.claim(person, key, fingerprintOf(req))).pipe(
      switchMap((claimId) =>
        next.handle().pipe(
          // The key is bound before the answer leaves, so a retry that follows at once finds it answered.
          switchMap((body: unknown) =>
            from(this.keys.complete(person, key, claimId, http.getResponse<Response>().statusCode)).pipe(
              map(() => body),
            ),
          ),
          catchError((err: unknown) => {
            const status = statusOfError(err);
            // A 5xx may have been applied below (an outage answering late): the key stays bound to this request,
            // so that only the same request can retry it.
            const settle =
              status < 500 ? this.keys.release(person, key, claimId) : this.keys.complete(person, key, claimId, status);
            return from(settle).pipe(switchMap(() => throwError(() => err)));
          }),
        ),
      ),
    );
  }

  private async claim(person: string, key: string, fingerprint: string): Promise<string> {
    if (++this.requests % PURGE_EVERY === 0) {
      await this.keys.purgeExpired();
    }
    const claim = await this.keys.claim(person, key, fingerprint, STALE_MS);
    switch (claim.outcome) {
      case 'proceed':
        return claim.claimId;
      case 'mismatch':
        throw new ApiException(
          ErrorCode.IdempotencyKeyReused,
          'This Idempotency-Key was already used for a different request; use a new key for a new request.',
        );
      case 'in_flight':
        throw new ApiException(
          ErrorCode.IdempotencyKeyInFlight,
          'The first request with this Idempotency-Key has not answered yet; retry in a moment.',
        );
    }
  }
}
