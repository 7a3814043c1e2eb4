import type { Page } from '@app/contracts';
import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

// ?page=&pageSize= of the conference's lists (topics, filings, meetings, briefings): a list query extends it
// with its own filters.
export class PageQueryDto {
  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
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
