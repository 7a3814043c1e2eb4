import { ErrorCode } from '@app/contracts';
import type { ArgumentMetadata, ValidationError } from '@nestjs/common';
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

// No request of ours nests deeper than a handful of levels (a meeting's matters' policy ladder is five); junk nested
// thousands deep would overflow the stack of the transformer (a 500), so it is refused first.
export const MAX_INPUT_DEPTH = 32;

// Where `value` nests deeper than `max` levels, as a field path ('' for the value itself; past six segments it is
// cut short with "…"), if it does. Iterative, so that the check itself cannot overflow the stack.
export function tooDeepAt(value: unknown, max = MAX_INPUT_DEPTH): string | undefined {
  const stack: [unknown, number, string[]][] = [[value, 0, []]];
  while (stack.length > 0) {
    const [v, depth, path] = stack.pop()!;
    if (v === null || typeof v !== 'object') {
      continue;
    }
    if (depth >= max) {
      return path.length > 6 ? `${path.slice(0, 6).join('.')}…` : path.join('.');
    }
    for (const [key, child] of Object.entries(v)) {
      stack.push([child, depth + 1, path.length > 6 ? path : [...path, key]]);
    }
  }
  return undefined;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const at = metadata.type === 'custom' ? undefined : tooDeepAt(value);
    if (at !== undefined) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `${at || `The request ${metadata.type}`} is nested too deeply (at most ${MAX_INPUT_DEPTH} levels).`,
      );
    }
    return super.transform(value, metadata);
  }
}

// Whitelisting, unknown properties refused, payloads transformed to their DTO classes.
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new ApiException(ErrorCode.ValidationFailed, problems.join('; '), { problems });
    },
  });
}
