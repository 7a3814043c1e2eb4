import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

// One page of a list, newest first, with the whole list's total. Rows of the same instant follow their ids, so that
// the pages neither repeat nor skip a row.
export function newestFirstPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  newestColumn: string,
  page: { offset: number; limit: number },
): Promise<[T[], number]> {
  return qb
    .orderBy(newestColumn, 'DESC')
    .addOrderBy(`${qb.alias}.id`, 'ASC')
    .skip(page.offset)
    .take(page.limit)
    .getManyAndCount();
}
