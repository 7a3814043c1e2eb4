import type { CSSProperties } from 'react';

// What a table row carries besides its cells: test attributes, and a click where the whole row opens something.
// (antd's onRow is typed as HTML attributes, which name no data-* keys; this type does.)
export type RowAttributes = { [name: `data-${string}`]: string | number | undefined } & {
  onClick?: () => void;
  style?: CSSProperties;
};
