import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';

// An optional list of at most 20 texts of 1 to `maxLength` characters each (attachment titles or links),
// documented as `doc` says. The decorators apply in the order they would written out above the field.
export const OptionalTextList = (maxLength: number, doc: ApiPropertyOptions): PropertyDecorator =>
  applyDecorators(
    Length(1, maxLength, { each: true }),
    IsString({ each: true }),
    ArrayMaxSize(20),
    IsArray(),
    IsOptional(),
    ApiPropertyOptional(doc),
  );
