import { randomUUID } from 'node:crypto';

import type { ApiErrorBody } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { RequestUser } from '../auth/request-user';

import { ApiException } from './api.exception';
import { RefusalAudit } from './refusal-audit';
import { statusOf } from './error-status';

// Every error leaves as { code, message }: domain codes by their mapping, framework HTTP errors by their
// status, anything unknown as a logged 500 with a correlation id (and no internals in the body).
// Every permission refusal (403), request for a matter the caller may not see (404) and forged or dead token (401)
// is audited with who, what and where, one row per person (or address), route and minute (RefusalAudit).
@Injectable()
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly refusals: RefusalAudit) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { user?: RequestUser }>();
    const [status, body] = this.toBody(exception);
    const audited = auditedAs(status, body.code, req);
    if (audited) {
      const who = req.user?.id ?? `ip:${String(req.ip)}`;
      this.refusals.note(
        {
          action: audited,
          outcome: 'refused',
          actorUserId: req.user?.username ?? null,
          ip: req.ip,
          target: `${req.method} ${req.route ? String((req.route as { path: string }).path) : req.path}`.slice(0, 200),
          detail: { code: body.code, message: body.message, roles: req.user?.roles, path: req.path.slice(0, 200) },
        },
        who,
      );
    }
    res.status(status).json(body);
  }

  private toBody(exception: unknown): [number, ApiErrorBody] {
    if (exception instanceof ApiException) {
      return [
        statusOf(exception.code),
        { code: exception.code, message: exception.message, details: exception.details },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Health checks (terminus) put their per-dependency report in the response; keep it.
      const details = typeof response === 'object' && response !== null && 'details' in response ? response : undefined;
      return [status, { code: codeForStatus(status), message: messageOf(exception), details }];
    }
    const parserError = bodyParserError(exception);
    if (parserError) {
      return parserError;
    }
    // Text that is not well-formed Unicode (a lone surrogate, "\uD800" in JSON) breaks validators that encode it
    // (class-validator's isEmail calls encodeURI): it is the request's fault, not ours.
    if (exception instanceof URIError) {
      return [
        HttpStatus.BAD_REQUEST,
        { code: ErrorCode.ValidationFailed, message: 'The request contains text that is not well-formed Unicode.' },
      ];
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { code: ErrorCode.Unavailable, message: 'The database is unavailable; retry shortly.' },
      ];
    }
    const correlationId = randomUUID();
    this.logger.error(
      `unhandled error ${correlationId}`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      {
        code: ErrorCode.Internal,
        message: 'Unexpected error; quote the correlation id when reporting it.',
        correlationId,
      },
    ];
  }
}

// The database driver's connection failures (server unreachable, connection lost, pool exhausted), whether thrown
// as they are or wrapped by TypeORM (driverError): the dependency is down, so 503, not 500.
const DB_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'CR_CONNECTION_ERROR',
  'CR_CONN_HOST_ERROR',
  'CR_SERVER_LOST',
  'CR_SERVER_GONE_ERROR',
  'SQLITE_BUSY',
]);

function isDatabaseUnavailable(exception: unknown): boolean {
  for (
    let e = exception as { code?: unknown; driverError?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 3;
    depth++
  ) {
    if (typeof e.code === 'string' && DB_CONNECTION_CODES.has(e.code)) {
      return true;
    }
    if (
      typeof e.message === 'string' &&
      /Connection lost|Connection is not established|connect ETIMEDOUT|Pool is closed|Can't add new command when connection is in closed state/i.test(
        e.message,
      )
    ) {
      return true;
    }
    e = e.driverError as typeof e;
  }
  return false;
}

// Errors of Express's body parser (too large, malformed JSON) carry their own 4xx status.
function bodyParserError(exception: unknown): [number, ApiErrorBody] | undefined {
  const e = exception as { status?: unknown; type?: unknown; expose?: unknown };
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500 || e.expose !== true) {
    return undefined;
  }
  const message =
    e.type === 'entity.too.large'
      ? 'The request body is too large (at most 256 KB).'
      : e.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : 'The request body could not be read.';
  return [e.status, { code: ErrorCode.ValidationFailed, message }];
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 413:
      return ErrorCode.ValidationFailed;
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
      return ErrorCode.NotFound;
    case 429:
      return ErrorCode.TooManyRequests;
    case 503:
      return ErrorCode.Unavailable;
    default:
      return status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed;
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const { message } = response;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}

// What the audit log calls a refused request, if it records it: 403s; 404s on a matter for a logged-in caller (a unit
// asking for another unit's matter is answered "no such matter"); 401s for a bearer token that was sent and refused.
function auditedAs(status: number, code: ErrorCode, req: Request & { user?: RequestUser }): string | undefined {
  if (status === 403) {
    return 'permission.refused';
  }
  if (status === 404 && req.user && code === ErrorCode.MatterNotFound) {
    return 'access.not_found';
  }
  if (status === 401 && /^Bearer\s/i.test(req.header('authorization') ?? '')) {
    return 'auth.token_refused';
  }
  return undefined;
}
