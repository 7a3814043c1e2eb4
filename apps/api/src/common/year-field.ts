import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

// An optional work year, 2000 to 2100, documented as `doc` says; `query` for a query-string field (read as a
// number first). The decorators apply in the order they would written out above the field.
export const OptionalYear = (doc: ApiPropertyOptions, opts: { query?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    Max(2100),
    Min(2000),
    IsInt(),
    ...(opts.query ? [Type(() => Number)] : []),
    IsOptional(),
    ApiPropertyOptional(doc),
  );
