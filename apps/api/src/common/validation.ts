import { ErrorCode } from '@app/contracts';
import type { ValidationError } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';

import { ApiException } from './api.exception';

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? `${prefix ? prefix + '.' : ''}${m}` : `${field}: ${m}`,
    );
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

// Whitelisting, unknown properties refused, payloads transformed to their DTO classes.
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new ApiException(ErrorCode.ValidationFailed, problems.join('; '), { problems });
    },
  });
}
