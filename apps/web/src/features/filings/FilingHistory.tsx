import type { FilingEventType, FilingEventView, FilingView } from '@app/contracts';
import { Divider } from 'antd';

import { filingsApi } from '@web/api/conference';
import { joinList } from '@web/i18n/format';
import type { Lang, Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import type { MessageKey } from '@web/i18n/zh';
import { describeActor, EventTimeline } from '@web/shared/EventTimeline';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useUnitNames } from '@web/features/matters/useUnitNames';

const COLOR: Record<FilingEventType, string> = {
  'filing.submitted': 'blue',
  'filing.resubmitted': 'blue',
  'filing.reviewed': 'green',
  'filing.returned': 'orange',
  'filing.selected_for_briefing': 'purple',
  'filing.unselected_for_briefing': 'gray',
};

const isEventType = (v: string): v is FilingEventType => v in COLOR;

const FIELD_LABEL: Record<string, MessageKey> = {
  title: 'filings.field.title',
  content: 'filings.field.content',
  category: 'filings.field.category',
  attachments: 'filings.field.attachments',
  eventDate: 'filings.field.eventDate',
};

// What the change said: the office's comment, or the unit's note with the fields it corrected.
function detailsOf(t: Translate, lang: Lang, e: FilingEventView): string[] {
  const lines: string[] = [];
  const d = e.data;
  if (e.type === 'filing.resubmitted') {
    if (typeof d.returnComment === 'string' && d.returnComment) {
      lines.push(t('filings.event.answers', { text: d.returnComment }));
    }
    const changed = Array.isArray(d.changed) ? d.changed.filter((f): f is string => typeof f === 'string') : [];
    if (changed.length) {
      lines.push(
        t('filings.event.changed', {
          fields: joinList(
            changed.map((f) => {
              const label = FIELD_LABEL[f];
              return label ? t(label) : f;
            }),
            lang,
          ),
        }),
      );
    }
    if (e.reason) {
      lines.push(t('filings.event.note', { text: e.reason }));
    }
    return lines;
  }
  if (e.reason) {
    lines.push(t('filings.event.comment', { text: e.reason }));
  }
  if (e.type === 'filing.reviewed' && d.selectedForBriefing === true) {
    lines.push(t('filings.event.selected'));
  }
  return lines;
}

// The filing's history, oldest first. A filing read from the list carries no events: they are read here.
export function FilingHistory({ filing }: { filing: FilingView }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const known = filing.events;
  const state = useAsync(
    () => (known ? Promise.resolve(filing) : filingsApi.get(filing.id)),
    [filing.id, filing.status, filing.selectedForBriefing, known],
  );
  const labels = {
    office: t('filings.event.actorOffice'),
    leadership: t('filings.event.actorLeadership'),
    system: t('filings.event.actorSystem'),
  };
  const events = known ?? (state.data?.id === filing.id ? state.data.events : undefined);
  return (
    <div data-testid="filing-history">
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {t('filings.history')}
      </Divider>
      {events ? (
        <EventTimeline
          events={events}
          testId="filing-event"
          emptyText={t('filings.history.empty')}
          title={(e) => (isEventType(e.type) ? t(`filings.event.${e.type}`) : t('filings.event.unknown'))}
          color={(e) => (isEventType(e.type) ? COLOR[e.type] : 'gray')}
          actor={(e) => describeActor(e, labels, unitName)}
          details={(e) => detailsOf(t, lang, e)}
        />
      ) : state.error && !state.loading ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : (
        <PageLoading />
      )}
    </div>
  );
}
