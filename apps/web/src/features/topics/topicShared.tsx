import type { MeetingStatus, TopicStatus, TopicView } from '@app/contracts';
import { TOPIC_STATUSES } from '@app/contracts';
import type { TableProps } from 'antd';
import { Alert, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { meetingRecordsApi } from '@web/api/conference';
import type { MeetingKind, MeetingView } from '@web/api/endpoints';
import { officeApi } from '@web/api/endpoints';
import { formatDate, formatDateTime } from '@web/i18n/format';
import type { Lang, Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { useAsync } from '@web/shared/useAsync';

const STATUS_COLOR: Record<TopicStatus, string> = {
  proposed: 'processing',
  accepted: 'success',
  deferred: 'warning',
  declined: 'error',
  discussed: 'purple',
};

export { TOPIC_STATUSES };

// The meeting kinds of the API (apps/api/src/meetings/dto/meeting.dto.ts), in the order the form offers them.
export const MEETING_KINDS: readonly MeetingKind[] = ['plenary', 'ad_hoc', 'liaison'];

// Awaiting the office's decision: the office page's default filter (待决定).
export const PENDING_STATUSES: readonly TopicStatus[] = ['proposed', 'deferred'];

export function isTopicStatus(value: unknown): value is TopicStatus {
  return typeof value === 'string' && (TOPIC_STATUSES as readonly string[]).includes(value);
}

export function isMeetingKind(value: unknown): value is MeetingKind {
  return typeof value === 'string' && (MEETING_KINDS as readonly string[]).includes(value);
}

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="topic-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`topics.status.${status}`)}
    </Tag>
  );
}

export function meetingKindLabel(t: Translate, kind: string | null | undefined): string {
  return isMeetingKind(kind) ? t(`office.meetingKind.${kind}`) : t('topics.anyMeeting');
}

// The list endpoint returns each meeting's status even though MeetingView does not declare it.
export type ListedMeeting = MeetingView & { status?: MeetingStatus };

export function meetingLabel(t: Translate, lang: Lang, m: MeetingView): string {
  return `${meetingKindLabel(t, m.kind)} · ${m.title} · ${formatDate(m.heldOn, lang)}`;
}

// The meetings topics can be on: the planned ones (their agendas still open, from GET /api/meetings?status=planned),
// soonest first, and a name for any meeting a topic or its history names. A meeting that is not planned (a held one,
// where a topic was discussed) is read once by its id, when first named.
export function useMeetings() {
  const { t, lang } = useI18n();
  const state = useAsync(() => meetingRecordsApi.list({ status: 'planned', page: 1, pageSize: 200 }), []);
  const [others, setOthers] = useState<ReadonlyMap<string, MeetingView>>(new Map());
  const [wanted, setWanted] = useState<readonly string[]>([]);
  const asked = useRef(new Set<string>());
  const byId = useMemo(() => new Map((state.data?.items ?? []).map((m) => [m.id, m as ListedMeeting])), [state.data]);
  const planned = useMemo(() => [...byId.values()].sort((a, b) => a.heldOn.localeCompare(b.heldOn)), [byId]);

  useEffect(() => {
    for (const id of wanted) {
      officeApi.meeting(id).then(
        (m) => setOthers((prev) => new Map(prev).set(id, m)),
        () => undefined, // a deleted meeting keeps its short id as its name
      );
    }
  }, [wanted]);

  const nameOf = useCallback(
    (id: string) => {
      const m = byId.get(id) ?? others.get(id);
      if (m) {
        return meetingLabel(t, lang, m);
      }
      // Asked for after the planned list has loaded (it names most), once per id.
      if (state.data && !asked.current.has(id)) {
        asked.current.add(id);
        queueMicrotask(() => setWanted([id]));
      }
      return t('topics.meetingUnknown', { id: id.slice(0, 8) });
    },
    [byId, others, state.data, t, lang],
  );
  return { planned, nameOf, loading: state.loading, error: state.error, reload: state.reload };
}

// Where a topic stands on an agenda: "meeting (item n)", or a dash.
export function placementOf(t: Translate, topic: TopicView, nameOf: (id: string) => string): string {
  if (!topic.meetingId) {
    return '—';
  }
  return topic.agendaOrder
    ? t('topics.meetingOrder', { meeting: nameOf(topic.meetingId), n: topic.agendaOrder })
    : nameOf(topic.meetingId);
}

// The title, which opens the topic; wrapped rather than stretched, with the status under it on a phone (where the
// status column is hidden).
export function TopicTitleCell({ topic, narrow, onOpen }: { topic: TopicView; narrow: boolean; onOpen: () => void }) {
  return (
    <div style={{ minWidth: 160, maxWidth: 420, whiteSpace: 'normal' }}>
      <Typography.Link onClick={onOpen} data-testid="topic-open">
        {topic.title}
      </Typography.Link>
      {narrow ? (
        <div style={{ marginTop: 4 }}>
          <TopicStatusTag status={topic.status} />
        </div>
      ) : null}
    </div>
  );
}

type TopicColumn = NonNullable<TableProps<TopicView>['columns']>[number];

// The columns both topic lists show, alike; each page adds its own (the unit, the meeting, the actions).
export function useTopicColumns(opts: { narrow: boolean; onOpen: (topic: TopicView) => void }) {
  const { t, lang } = useI18n();
  const columns = {
    title: {
      key: 'title',
      title: t('topics.col.title'),
      render: (_, topic) => <TopicTitleCell topic={topic} narrow={opts.narrow} onOpen={() => opts.onOpen(topic)} />,
    },
    status: {
      key: 'status',
      title: t('topics.col.status'),
      width: 120,
      responsive: ['sm'],
      render: (_, topic) => <TopicStatusTag status={topic.status} />,
    },
    kind: {
      key: 'kind',
      title: t('topics.col.desiredKind'),
      width: 130,
      responsive: ['lg'],
      render: (_, topic) => meetingKindLabel(t, topic.desiredMeetingKind),
    },
    proposedAt: {
      key: 'proposedAt',
      title: t('topics.col.proposedAt'),
      width: 170,
      responsive: ['md'],
      render: (_, topic) => formatDateTime(topic.proposedAt, lang),
    },
    note: {
      key: 'note',
      title: t('topics.col.decisionNote'),
      responsive: ['lg'],
      render: (_, topic) => (
        <span data-testid="topic-note" style={{ whiteSpace: 'pre-wrap' }}>
          {topic.decisionNote ?? '—'}
        </span>
      ),
    },
  } satisfies Record<string, TopicColumn>;
  return columns;
}

// Above either list when the API holds more of its topics than the one page the list fetched.
export function TruncatedNotice({ page }: { page: { items: readonly unknown[]; total: number } | null | undefined }) {
  const { t } = useI18n();
  return page && page.total > page.items.length ? (
    <Alert type="info" style={{ marginBottom: 12 }} title={t('topics.truncated', { n: page.items.length })} />
  ) : null;
}

// Both topic lists: one row per topic (test ids topic-table, topic-row with its id and status), 20 a page.
export function TopicTable(props: {
  state: { error: unknown; loading: boolean; reload: () => void };
  columns: TableProps<TopicView>['columns'];
  items: TopicView[];
  empty: ReactNode;
}) {
  return (
    <ListTable<TopicView>
      state={props.state}
      rowKey="id"
      size="middle"
      data-testid="topic-table"
      columns={props.columns}
      dataSource={props.items}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: props.state.loading ? ' ' : props.empty }}
      onRow={(topic) =>
        ({
          'data-testid': 'topic-row',
          'data-topic-id': topic.id,
          'data-status': topic.status,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
