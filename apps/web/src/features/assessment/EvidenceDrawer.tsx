import type { AssessmentEvidenceEvent, AssessmentEvidenceItem } from '@app/contracts';
import { Drawer, Empty, Grid, List, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { formatDate, formatDateTime, formatDatesIn } from '@web/shared/dates';
import type { MessageKey } from '@web/i18n/zh';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import type { EvidenceFigure } from './api';
import { assessmentApi } from './api';

export interface EvidenceRequest {
  year: number;
  unitCode: string;
  unitName: string;
  figure: EvidenceFigure;
}

const COUNT_COLOR: Record<AssessmentEvidenceItem['counts'], string> = { met: 'green', missed: 'red', item: 'blue' };

export const figureLabel = (figure: EvidenceFigure): MessageKey =>
  figure === 'red' ? 'assessment.evidence.red' : `assessment.col.${figure}`;

// "Why this figure": the matters and events behind one cell of the score sheet, or behind a unit's red light.
// Each matter links to its page, where the full timeline is.
export function EvidenceDrawer(props: {
  request: EvidenceRequest | null;
  matterPath: (id: string) => string;
  onClose: () => void;
}) {
  const { request, matterPath, onClose } = props;
  const { t, lang } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const key = request ? `${request.year}/${request.unitCode}/${request.figure}` : '';
  const state = useAsync(
    () => (request ? assessmentApi.evidence(request.year, request.unitCode, request.figure) : Promise.resolve(null)),
    [key],
  );
  const items = state.data?.items ?? [];
  // A key the console knows, else the fallback (an older event type, a free-text reason).
  const known = (key: string, fallback: string): string => {
    const text = t(key as MessageKey);
    return text === key ? fallback : text;
  };
  const eventLabel = (e: AssessmentEvidenceEvent): string => {
    const label = known(`event.${e.type}`, t('event.unknown'));
    return e.level ? `${label} · ${known(`escalation.${e.level}`, e.level)}` : label;
  };
  const reasonOf = (reason: string): string => known(`breach.${reason}`, known(`office.pause.${reason}`, reason));
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      title={
        request
          ? t('assessment.evidence.title', { unit: request.unitName, figure: t(figureLabel(request.figure)) })
          : ''
      }
      size={narrow ? '100%' : 600}
      destroyOnHidden
    >
      <div data-testid="evidence-drawer" data-loaded={state.data ? 'true' : 'false'}>
        {state.loading && !state.data ? (
          <PageLoading />
        ) : state.error ? (
          <ErrorAlert error={state.error} />
        ) : items.length === 0 ? (
          <Empty data-testid="evidence-empty" description={t('assessment.evidence.empty')} />
        ) : (
          <List
            dataSource={items}
            rowKey={(i) => `${i.matterId ?? i.title}-${i.finding}`}
            renderItem={(i) => (
              <List.Item>
                <div
                  data-testid="evidence-item"
                  data-matter-id={i.matterId ?? ''}
                  data-counts={i.counts}
                  style={{ width: '100%' }}
                >
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    {i.matterId ? (
                      <Link to={matterPath(i.matterId)} data-testid="evidence-matter-link">
                        <Typography.Text strong style={{ color: 'inherit' }}>
                          {i.title}
                        </Typography.Text>
                      </Link>
                    ) : (
                      <Typography.Text strong>{i.title}</Typography.Text>
                    )}
                    <Space size={[8, 4]} wrap>
                      {i.matterCode ? <Typography.Text type="secondary">{i.matterCode}</Typography.Text> : null}
                      <Tag color={COUNT_COLOR[i.counts]}>{t(`assessment.evidence.${i.counts}`)}</Tag>
                      <Typography.Text>{formatDatesIn(i.finding, lang)}</Typography.Text>
                      {i.dueDate ? (
                        <Typography.Text type="secondary">
                          {t('assessment.evidence.due', { date: formatDate(i.dueDate, lang) })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                    {i.events.length > 0 ? (
                      <Timeline
                        style={{ marginTop: 8, marginBottom: -16 }}
                        items={i.events.map((e) => ({
                          key: e.seq,
                          color:
                            e.type === 'supervision.escalated' ? 'red' : e.type.includes('clock') ? 'gray' : 'blue',
                          content: (
                            <span data-testid="evidence-event" data-event-type={e.type}>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {formatDateTime(e.at, lang)}
                              </Typography.Text>{' '}
                              {eventLabel(e)}
                              {e.reason ? (
                                <Typography.Text type="secondary">（{reasonOf(e.reason)}）</Typography.Text>
                              ) : null}
                            </span>
                          ),
                        }))}
                      />
                    ) : null}
                  </Space>
                </div>
              </List.Item>
            )}
          />
        )}
      </div>
    </Drawer>
  );
}
