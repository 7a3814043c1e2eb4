import { randomUUID } from 'node:crypto';

import type { ApiErrorBody } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { AuditRepository } from '@app/database';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { RequestUser } from '../auth/request-user';

import { ApiException } from './api.exception';
import { statusOf } from './error-status';

// Every error leaves as { code, message }: domain codes by their mapping, framework HTTP errors by their
// status, anything unknown as a logged 500 with a correlation id (and no internals in the body).
// Every permission refusal (403) is written to the audit log with who, what and where.
@Injectable()
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly audit: AuditRepository) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { user?: RequestUser }>();
    const [status, body] = this.toBody(exception);
    if (status === 403) {
      await this.audit
        .record({
          action: 'permission.refused',
          outcome: 'refused',
          actorUserId: req.user?.username ?? null,
          ip: req.ip,
          target: `${req.method} ${req.path}`,
          detail: { code: body.code, message: body.message, roles: req.user?.roles },
        })
        .catch((err: unknown) => this.logger.error(`audit write failed: ${String(err)}`));
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
