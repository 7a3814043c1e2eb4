import { Typography } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';
import { countTileStyle } from '@web/features/matters/countTile';
import type { TodoTab } from './todos';
import { TODO_TABS } from './todos';

const ACCENT: Record<TodoTab, string> = {
  awaitingAck: '#d46b08',
  inProgress: '#1d4ed8',
  returned: '#c41d7f',
  nearDue: '#d48806',
  overdue: '#cf1322',
  awaitingApproval: '#531dab',
};

// The five to-do counts as tiles that also pick the list below: five across even on a 390px phone, where a tab
// bar would hide 临期 and 超期 behind an overflow menu. 待审核 (the liaison's drafts waiting for the unit's leader)
// is a sixth tile only while there are some (or it is the one selected).
export function TodoTiles(props: {
  counts: Record<TodoTab, number>;
  active: TodoTab;
  onSelect: (tab: TodoTab) => void;
}) {
  const { counts, active, onSelect } = props;
  const { t } = useI18n();
  const tabs = TODO_TABS.filter((tab) => tab !== 'awaitingApproval' || counts[tab] > 0 || active === tab);
  return (
    <div
      role="tablist"
      style={{ display: 'grid', gridTemplateColumns: `repeat(${tabs.length}, minmax(0, 1fr))`, gap: 8 }}
    >
      {tabs.map((tab) => {
        const selected = tab === active;
        const n = counts[tab];
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={selected}
            data-testid={`todo-tab-${tab}`}
            onClick={() => onSelect(tab)}
            style={countTileStyle(ACCENT[tab], selected)}
          >
            <div
              data-testid={`todo-count-${tab}`}
              style={{ fontSize: 22, fontWeight: 600, lineHeight: '28px', color: n > 0 ? ACCENT[tab] : '#bfbfbf' }}
            >
              {n}
            </div>
            <Typography.Text style={{ fontSize: 13, whiteSpace: 'nowrap' }} strong={selected}>
              {t(`unit.tab.${tab}`)}
            </Typography.Text>
          </button>
        );
      })}
    </div>
  );
}
