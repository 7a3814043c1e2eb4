import type { CSSProperties } from 'react';

// A count tile that is also a filter button (the unit's to-dos, the office board): outlined and tinted in its
// accent while selected.
export function countTileStyle(accent: string, selected: boolean): CSSProperties {
  return {
    cursor: 'pointer',
    padding: '10px 4px',
    borderRadius: 8,
    border: `1px solid ${selected ? accent : '#f0f0f0'}`,
    background: selected ? `${accent}0f` : '#fafafa',
    textAlign: 'center',
    font: 'inherit',
  };
}
