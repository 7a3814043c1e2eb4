import { ErrorCode } from '@app/contracts';
import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { ApiException } from './api.exception';

export const MAX_UNIT_CODE = 64;

// A unit code in the path ("justice", "market-regulation"): one longer than any code can be is refused as malformed
// input, rather than looked up and echoed back whole in a 404.
@Injectable()
export class UnitCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.length > MAX_UNIT_CODE) {
      throw new ApiException(ErrorCode.ValidationFailed, `code: a unit code has at most ${MAX_UNIT_CODE} characters.`);
    }
    return value;
  }
}
