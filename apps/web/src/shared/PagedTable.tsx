import type { Page } from '@app/contracts';
import type { TableProps } from 'antd';
import { Empty } from 'antd';
import type { DependencyList, ReactNode } from 'react';
import { useState } from 'react';

import { ListTable } from '@web/shared/ListTable';
import { PAGE_SIZE, pagesOf } from '@web/shared/pagination';
import type { RowAttributes } from '@web/shared/rows';
import type { AsyncState } from '@web/shared/useAsync';
import { useAsync } from '@web/shared/useAsync';

export interface PagedList<T> {
  state: AsyncState<Page<T>>;
  page: number;
  setPage: (page: number) => void;
}

// A list the server hands out a page at a time: fetch runs again when the page or deps change.
export function usePagedList<T>(
  fetch: (pager: { page: number; pageSize: number }) => Promise<Page<T>>,
  deps: DependencyList,
): PagedList<T> {
  const [page, setPage] = useState(1);
  const state = useAsync(() => fetch({ page, pageSize: PAGE_SIZE }), [...deps, page]);
  return { state, page, setPage };
}

// The table of a paged list (rows keyed by id): the pager only when there is more than one page, `empty` when
// there is nothing to show, and each row's test attributes from rowData.
export function PagedTable<T extends { id: string | number }>({
  list,
  empty,
  rowData,
  fixedPageSize,
  ...table
}: Omit<TableProps<T>, 'dataSource' | 'pagination' | 'locale' | 'onRow' | 'rowKey'> & {
  list: PagedList<T>;
  empty: ReactNode;
  rowData: (row: T) => RowAttributes;
  // No page-size changer, however long the list.
  fixedPageSize?: boolean;
}) {
  const { state, page, setPage } = list;
  const pagination = pagesOf(state.data?.total ?? 0, page, PAGE_SIZE, setPage);
  return (
    <ListTable<T>
      state={state}
      rowKey="id"
      dataSource={state.data?.items ?? []}
      pagination={pagination && fixedPageSize ? { ...pagination, showSizeChanger: false } : pagination}
      locale={{ emptyText: state.loading ? ' ' : <Empty description={empty} /> }}
      onRow={rowData}
      {...table}
    />
  );
}
