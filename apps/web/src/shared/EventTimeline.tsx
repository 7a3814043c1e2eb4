import { Empty, Timeline, Typography } from 'antd';

import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';

// One recorded change of a topic, a filing, ...: what, when, who (as the API records it) and why.
export interface RecordedEvent {
  type: string;
  at: string;
  actorUserId: string;
  actorName: string | null;
  actorRole: string;
  actorUnitCode: string | null;
}

export interface ActorLabels {
  office: string;
  leadership: string;
  system: string;
}

// "司法局 · 王五" for a unit, "联席办 · 李四" for the office, ...: the person's name, their login where none is known.
export function describeActor(e: RecordedEvent, labels: ActorLabels, unitName: (code: string | null) => string) {
  const person = e.actorName ?? e.actorUserId;
  switch (e.actorRole) {
    case 'unit':
      return `${unitName(e.actorUnitCode)} · ${person}`;
    case 'office':
      return `${labels.office} · ${person}`;
    case 'leadership':
      return `${labels.leadership} · ${person}`;
    case 'system':
      return labels.system;
    default:
      return person;
  }
}

interface Props<E extends RecordedEvent> {
  events: E[];
  // data-testid of each entry (which also carries data-event-type and data-actor).
  testId: string;
  emptyText: string;
  title: (e: E) => string;
  color: (e: E) => string;
  actor: (e: E) => string;
  details: (e: E) => string[];
}

// Every change of a record, oldest first.
export function EventTimeline<E extends RecordedEvent>(props: Props<E>) {
  const { events, testId, emptyText, title, color, actor, details } = props;
  const { lang } = useI18n();
  if (events.length === 0) {
    return <Empty description={emptyText} />;
  }
  const items = events.map((e, i) => ({
    key: `${e.at}-${i}`,
    color: color(e),
    content: (
      <div data-testid={testId} data-event-type={e.type} data-actor={e.actorUserId}>
        <Typography.Text strong>{title(e)}</Typography.Text>
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
          {formatDateTime(e.at, lang)} · {actor(e)}
        </div>
        {details(e).map((line, n) => (
          <Typography.Paragraph key={n} style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
            {line}
          </Typography.Paragraph>
        ))}
      </div>
    ),
  }));
  return <Timeline items={items} />;
}
