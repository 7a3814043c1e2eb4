import type { Page } from '@app/contracts';
import type { Type as Class } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;
// No list has a million pages; the bound keeps `(page - 1) * pageSize` a safe integer the database accepts
// (`?page=1e21` is an integer to JavaScript, and an OFFSET no driver can send).
export const MAX_PAGE = 1_000_000;

// `?page=`: a whole number from 1 to MAX_PAGE.
export const PageNumber = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example: 1, default: 1, minimum: 1, maximum: MAX_PAGE }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE),
  );

// `?pageSize=`: a whole number from 1 to `max`.
export const PageSize = (max: number = MAX_PAGE_SIZE): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example: 20, default: 20, minimum: 1, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );

// ?page=&pageSize= of the conference's lists (topics, filings, meetings, briefings): a list query extends it
// with its own filters.
export class PageQueryDto {
  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 20;
}

// The rows to skip for the query's page.
export const offsetOf = (q: PageQueryDto): number => (q.page - 1) * q.pageSize;

// A page of a list as the API returns it.
export function pageOf<T>(items: T[], total: number, q: PageQueryDto): Page<T> {
  return { items, total, page: q.page, pageSize: q.pageSize };
}

// The OpenAPI shape of a page of `item`s; a feature names its own (`class TopicPageResponse extends
// PageResponseOf(TopicResponse) {}`), so the document keeps one named schema per list.
export function PageResponseOf<T>(item: Class<T>) {
  abstract class PageResponse implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty() total!: number;
    @ApiProperty() page!: number;
    @ApiProperty() pageSize!: number;
  }
  return PageResponse;
}
