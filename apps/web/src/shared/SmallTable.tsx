import type { TableProps } from 'antd';
import { Empty, Table } from 'antd';
import type { ReactNode } from 'react';

import type { RowAttributes } from '@web/shared/rows';

// A short table shown whole: small rows, no pager, `empty` when it has no rows, each row's test attributes
// (and click) from rowData.
export function SmallTable<T extends object>({
  empty,
  rowData,
  ...table
}: Omit<TableProps<T>, 'size' | 'pagination' | 'onRow'> & {
  empty?: ReactNode;
  rowData?: (row: T, index?: number) => RowAttributes;
}) {
  return (
    <Table<T>
      size="small"
      pagination={false}
      locale={empty === undefined ? undefined : { emptyText: <Empty description={empty} /> }}
      onRow={rowData}
      {...table}
    />
  );
}
