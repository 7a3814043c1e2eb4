import type { TableProps } from 'antd';
import { Table } from 'antd';

import { LoadError } from '@web/shared/states';

// A list page's table over a loading request: spinning while it loads, the error with a retry when it failed.
export function ListTable<T extends object>({
  state,
  ...table
}: TableProps<T> & { state: { error: unknown; loading: boolean; reload: () => void } }) {
  return state.error && !state.loading ? (
    <LoadError error={state.error} onRetry={state.reload} />
  ) : (
    <Table<T> loading={state.loading} {...table} />
  );
}
