import type { TablePaginationConfig } from 'antd';

// The rows of one page of the console's server-side lists.
export const PAGE_SIZE = 20;

// Server-side pages of a table: the pager only when there is more than one page.
export function pagesOf(
  total: number,
  page: number,
  pageSize: number,
  onChange: (page: number) => void,
): TablePaginationConfig | false {
  return total > pageSize ? { current: page, pageSize, total, onChange } : false;
}
