import type { MatterDetail } from '@app/contracts';
import { Card, Col, Row, Space } from 'antd';
import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n-context';
import { EventTimeline } from './EventTimeline';

function TimelineCard({ matter }: { matter: MatterDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('timeline.title')} data-testid="timeline">
      <EventTimeline events={matter.events} />
    </Card>
  );
}

// A matter page's body: the page's cards on the left, the timeline on the right (under `aside` if given); one
// column on a phone.
export function MatterColumns({ matter, main, aside }: { matter: MatterDetail; main: ReactNode; aside?: ReactNode }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {main}
        </Space>
      </Col>
      <Col xs={24} lg={9}>
        {aside ? (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {aside}
            <TimelineCard matter={matter} />
          </Space>
        ) : (
          <TimelineCard matter={matter} />
        )}
      </Col>
    </Row>
  );
}
