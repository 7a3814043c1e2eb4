import type { AssignmentView } from '@app/contracts';
import { Card, List, Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCallback } from 'react';

import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { AssignmentStatusTag } from './tags';
import { useUnitNames } from './useUnitNames';

// An assignment's unit as the API named it at dispatch (Chinese), else the current name from the unit list.
export function useAssignmentUnitName(): (a: AssignmentView) => string {
  const { lang } = useI18n();
  const unitName = useUnitNames();
  return useCallback((a) => (lang === 'zh' && a.unitNameZh ? a.unitNameZh : unitName(a.unitCode)), [lang, unitName]);
}

// Every unit's assignment on a matter: unit, role, status, percent and the latest progress line. Each page adds
// what its readers need: `dues` under the percent, `outcome` at the end (contribution, completion).
export function AssignmentList(props: {
  assignments: AssignmentView[];
  dues?: (a: AssignmentView) => ReactNode;
  outcome: (a: AssignmentView) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const nameOf = useAssignmentUnitName();
  return (
    <Card size="small" title={t('matter.assignments')}>
      <List
        dataSource={props.assignments}
        rowKey={(a) => `${a.unitCode}-${a.assignedAt}`}
        renderItem={(a) => {
          const last = a.progress[a.progress.length - 1];
          return (
            <List.Item data-testid="assignment-row" data-unit={a.unitCode}>
              <div style={{ width: '100%' }}>
                <Space size={[8, 4]} wrap>
                  <Typography.Text strong>{nameOf(a)}</Typography.Text>
                  <Typography.Text type="secondary">{t(`assignmentRole.${a.role}`)}</Typography.Text>
                  <AssignmentStatusTag status={a.status} />
                </Space>
                {a.status !== 'withdrawn' ? (
                  <div style={{ maxWidth: 360, marginTop: 4 }}>
                    <Progress percent={a.percent} size="small" style={{ margin: 0 }} />
                  </div>
                ) : null}
                {props.dues?.(a)}
                {last ? (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {formatDate(last.at, lang)}：{last.text}
                  </Typography.Paragraph>
                ) : null}
                {props.outcome(a)}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
