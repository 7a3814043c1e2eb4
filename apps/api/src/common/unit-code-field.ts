import { UNIT_CODE_MAX, UNIT_CODE_PATTERN } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

// A member unit's code in a query or a path: its form is checked here; whether the unit exists is the directory's
// (units are data: UNIT_NOT_FOUND from the service), so a unit the office added is accepted at once.
export const UnitCodeField = (description: string, opts: { optional?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    MaxLength(UNIT_CODE_MAX),
    Matches(UNIT_CODE_PATTERN, {
      message: ({ property }) =>
        `${property} must be a member unit's code (lower-case words joined by "-", e.g. justice)`,
    }),
    ...(opts.optional
      ? [IsOptional(), ApiPropertyOptional({ example: 'justice', description })]
      : [ApiProperty({ example: 'justice', description })]),
  );
