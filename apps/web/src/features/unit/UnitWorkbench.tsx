import { Card, Empty, List, Progress, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';

import { formatDay } from '@web/shared/dates';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { RefreshButton } from '@web/shared/RefreshButton';
import { UnitConferenceTodos } from '@web/features/conference-todos/ConferenceTodos';
import { CountdownText } from '@web/features/matters/CountdownText';
import { AssignmentStatusTag, EscalationTag, LightBadge, PriorityTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { TodoTiles } from './TodoTiles';
import type { TodoTab, UnitTodo } from './todos';
import { OPENING_ORDER, TAB_FILTERS, TODO_TABS, dueOf, loadUnitTodos } from './todos';

function TodoItem({ todo }: { todo: UnitTodo }) {
  const { t, lang } = useI18n();
  const { matter, mine } = todo;
  return (
    <List.Item data-testid="matter-row" data-matter-id={matter.id} data-matter-code={matter.code}>
      <div style={{ width: '100%' }}>
        <Link to={`/unit/matters/${matter.id}`} data-testid="matter-link">
          <Typography.Text type="secondary">{matter.code}</Typography.Text>{' '}
          <Typography.Text strong style={{ fontSize: 15 }}>
            {matter.title}
          </Typography.Text>
        </Link>
        <div style={{ marginTop: 6 }}>
          <Space size={[4, 4]} wrap>
            <AssignmentStatusTag status={mine.status} />
            <Typography.Text type="secondary">{t(`assignmentRole.${mine.role}`)}</Typography.Text>
            <LightBadge light={matter.light} />
            <PriorityTag priority={matter.priority} />
            {matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : null}
          </Space>
        </div>
        <div style={{ marginTop: 4 }}>
          <Space size={[12, 0]} wrap>
            <Typography.Text>{t('unit.dueOn', { date: formatDay(dueOf(matter), lang) })}</Typography.Text>
            <CountdownText countdown={todo.countdown} />
          </Space>
        </div>
        {mine.status === 'awaiting_ack' && mine.ackDueAt ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('unit.ackBy', { date: formatDay(mine.ackDueAt, lang) })}
          </Typography.Text>
        ) : null}
        {mine.status !== 'awaiting_ack' ? (
          <div style={{ maxWidth: 360 }}>
            <Progress percent={mine.percent} size="small" style={{ margin: 0 }} />
          </div>
        ) : null}
      </div>
    </List.Item>
  );
}

function isTab(value: string | null): value is TodoTab {
  return (TODO_TABS as readonly string[]).includes(value ?? '');
}

// 成员单位工作台: the unit's open assignments, sorted into 待签收 / 办理中 / 被退回 / 临期 / 超期.
export function UnitWorkbench() {
  const { t } = useI18n();
  const user = useUser();
  const unitName = useUnitNames();
  const unitCode = user.unitCode;
  const [params, setParams] = useSearchParams();
  const state = useAsync(() => (unitCode ? loadUnitTodos(unitCode) : Promise.resolve(null)), [unitCode]);

  const byTab = useMemo(() => {
    const todos = state.data?.todos ?? [];
    return Object.fromEntries(TODO_TABS.map((tab) => [tab, todos.filter(TAB_FILTERS[tab])])) as Record<
      TodoTab,
      UnitTodo[]
    >;
  }, [state.data]);

  if (!unitCode) {
    return <Empty description={t('unit.noUnit')} />;
  }
  const requested = params.get('tab');
  const active: TodoTab = isTab(requested)
    ? requested
    : (OPENING_ORDER.find((tab) => byTab[tab].length > 0) ?? 'awaitingAck');

  const body =
    state.loading && !state.data ? (
      <PageLoading />
    ) : state.error ? (
      <LoadError error={state.error} onRetry={state.reload} />
    ) : (
      <>
        <TodoTiles
          counts={Object.fromEntries(TODO_TABS.map((tab) => [tab, byTab[tab].length])) as Record<TodoTab, number>}
          active={active}
          onSelect={(tab) => setParams({ tab }, { replace: true })}
        />
        <List
          data-testid={`todo-list-${active}`}
          style={{ marginTop: 8 }}
          dataSource={byTab[active]}
          rowKey={(x) => x.matter.id}
          locale={{ emptyText: <Empty description={t('unit.tabEmpty', { tab: t(`unit.tab.${active}`) })} /> }}
          renderItem={(todo) => <TodoItem todo={todo} />}
        />
      </>
    );

  return (
    <>
      <Card
        title={t('unit.myTodos')}
        extra={
          <RefreshButton
            onClick={state.reload}
            loading={state.loading && Boolean(state.data)}
            data-testid="todo-refresh"
          />
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }} data-testid="todo-summary">
          {unitName(unitCode)}
          {state.data ? ` · ${t('unit.openTotal', { n: state.data.todos.length })}` : ''}
        </Typography.Paragraph>
        {body}
      </Card>
      <UnitConferenceTodos />
    </>
  );
}
