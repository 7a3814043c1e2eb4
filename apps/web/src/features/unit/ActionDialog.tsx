import type { CommandResponseBody, EvidenceItem, MatterDetail, UnitDraft } from '@app/contracts';
import { HANDLER_NAME_MAX, HANDLER_PHONE } from '@app/contracts';
import { DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';

import { formatDay } from '@web/shared/dates';
import { matterCommand } from '@web/api/endpoints';
import type { CommandWording } from '@web/features/matters/commands';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import type { MessageKey } from '@web/i18n/zh';
import { textRules } from '@web/shared/formRules';
import { TextAreaField } from '@web/shared/TextAreaField';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import type { EvidenceValues } from '@web/features/matters/Evidence';
import { EvidenceFields, evidenceOf } from '@web/features/matters/Evidence';
import { useMatterCommand } from '@web/features/matters/useMatterCommand';
import { Notice } from '@web/shared/Notice';

interface Values {
  reason?: string;
  text?: string;
  percent?: number;
  summary?: string;
  evidence?: EvidenceValues;
  requestedDueDate?: Dayjs;
  name?: string;
  phone?: string;
}

// A unit's commands in the order its action bar shows them, by their console action (label action.<action>, test
// ids action-<action> and dialog-confirm-<action>).
export const UNIT_WORDING = [
  { command: 'acknowledge', action: 'acknowledge', kind: 'primary' },
  { command: 'decline', action: 'decline', kind: 'danger' },
  { command: 'reportProgress', action: 'progress' },
  { command: 'draftProgress', action: 'progressDraft' },
  { command: 'contribute', action: 'contribution' },
  { command: 'submitCompletion', action: 'completion', kind: 'primary' },
  // Inside the unit: a liaison of a unit with a leader drafts (提交本单位负责同志审核); the leader approves or returns.
  { command: 'draftCompletion', action: 'completionDraft', kind: 'primary' },
  { command: 'approveDraft', action: 'approveDraft', kind: 'primary' },
  { command: 'returnDraft', action: 'returnDraft', kind: 'danger' },
  { command: 'requestExtension', action: 'extension' },
  { command: 'draftExtension', action: 'extensionDraft' },
  { command: 'nameHandler', action: 'handler' },
] as const satisfies readonly CommandWording<string>[];
export type UnitAction = (typeof UNIT_WORDING)[number]['action'];

// Sends one command; each call is one click, so each gets a fresh Idempotency-Key (see matterCommand).
function sendAction(matter: MatterDetail, action: UnitAction, v: Values): Promise<CommandResponseBody> {
  const reason = (v.reason ?? '').trim();
  switch (action) {
    case 'acknowledge':
      return matterCommand(matter.id, 'acknowledge', {});
    case 'decline':
      return matterCommand(matter.id, 'decline', { reason });
    case 'progress':
    case 'progressDraft':
      return matterCommand(matter.id, action === 'progress' ? 'reportProgress' : 'draftProgress', {
        text: (v.text ?? '').trim(),
        percent: v.percent ?? 0,
      });
    case 'contribution':
      return matterCommand(matter.id, 'contribute', { text: (v.text ?? '').trim(), evidence: evidenceOf(v.evidence) });
    case 'completion':
    case 'completionDraft':
      return matterCommand(matter.id, action === 'completion' ? 'submitCompletion' : 'draftCompletion', {
        summary: (v.summary ?? '').trim(),
        evidence: evidenceOf(v.evidence),
      });
    case 'handler':
      return matterCommand(matter.id, 'nameHandler', {
        name: (v.name ?? '').trim(),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      });
    case 'approveDraft':
      return matterCommand(matter.id, 'approveDraft', {});
    case 'returnDraft':
      return matterCommand(matter.id, 'returnDraft', { reason });
    case 'extension':
    case 'extensionDraft':
      return matterCommand(matter.id, action === 'extension' ? 'requestExtension' : 'draftExtension', {
        requestedDueDate: v.requestedDueDate?.format('YYYY-MM-DD') ?? '',
        reason,
      });
  }
}

// A completion report the office returned: its reason, and the report it returned (the resubmission starts from it).
export interface ReturnedReport {
  reason: string;
  summary: string;
  evidence: EvidenceItem[];
}

export function returnedReport(matter: MatterDetail): ReturnedReport | null {
  const events = [...matter.events].sort((a, b) => b.seq - a.seq);
  const lastReturn = events.find((e) => e.type === 'matter.completion_returned');
  const lastSubmit = events.find((e) => e.type === 'matter.completion_submitted');
  if (!lastReturn || (lastSubmit && lastSubmit.seq > lastReturn.seq)) {
    return null;
  }
  const summary = typeof lastSubmit?.data.summary === 'string' ? lastSubmit.data.summary : '';
  const evidence = Array.isArray(lastSubmit?.data.evidence) ? (lastSubmit.data.evidence as EvidenceItem[]) : [];
  return { reason: lastReturn.reason ?? '', summary, evidence };
}

// The unit's own assignment on the matter as the page's reader sees it (drafts are shown to the unit only).
// The draft the leader returned last (its text and evidence, from the timeline), while no new one waits.
function returnedDraft(
  matter: MatterDetail,
  kind: UnitDraft['kind'],
): { summary: string; evidence: EvidenceItem[]; requestedDueDate?: string; percent?: number } | null {
  const own = ownDraftOf(matter);
  if (!own?.draftReturn || own.draft || own.draftReturn.kind !== kind) {
    return null;
  }
  const last = [...matter.events].reverse().find((e) => e.type === 'assignment.draft_returned');
  const summary = typeof last?.data.summary === 'string' ? last.data.summary : '';
  const evidence = Array.isArray(last?.data.evidence) ? (last.data.evidence as EvidenceItem[]) : [];
  const requestedDueDate = typeof last?.data.requestedDueDate === 'string' ? last.data.requestedDueDate : undefined;
  const percent = typeof last?.data.percent === 'number' ? last.data.percent : undefined;
  return last ? { summary, evidence, requestedDueDate, percent } : null;
}

function ownDraftOf(matter: MatterDetail) {
  return matter.assignments.find((a) => a.draft !== null || a.draftReturn !== null) ?? null;
}

// The wording of a draft's kind: the completion report's keys as they are, the other kinds' with `.<kind>`.
type DraftKeyBase =
  'action.draftPending' | 'action.draftReturned' | 'action.approveDraftConfirm' | 'action.done.approveDraft';
function draftKey(base: DraftKeyBase, kind: UnitDraft['kind'] | undefined): MessageKey {
  return kind === 'extension' || kind === 'progress' ? `${base}.${kind}` : base;
}

// The liaison's draft the leader decides on.
function DraftText({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const draft = ownDraftOf(matter)?.draft;
  return draft ? (
    <>
      {draft.requestedDueDate ? (
        <Typography.Paragraph strong data-testid="draft-requested-date">
          {t('action.draftRequestedDate', { date: formatDay(draft.requestedDueDate, lang) })}
        </Typography.Paragraph>
      ) : null}
      {draft.kind === 'progress' ? (
        <Typography.Paragraph strong data-testid="draft-percent">
          {t('action.draftPercent', { percent: String(draft.percent ?? 0) })}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph data-testid="draft-text" style={{ whiteSpace: 'pre-wrap' }}>
        {draft.summary}
      </Typography.Paragraph>
    </>
  ) : null;
}

// The leader's note on the last draft they returned, above the redraft (of that kind only, when `kind` is given: a
// returned progress report's note does not belong above a completion report).
export function DraftReturnNotice({
  matter,
  kind,
  testId = 'draft-return-note',
}: {
  matter: MatterDetail;
  kind?: UnitDraft['kind'];
  testId?: string;
}) {
  const { t } = useI18n();
  const own = ownDraftOf(matter);
  if (!own?.draftReturn || own.draft || (kind && own.draftReturn.kind !== kind)) {
    return null;
  }
  return (
    <Notice
      type="warning"
      gap={16}
      title={t(draftKey('action.draftReturned', own.draftReturn.kind))}
      description={<span data-testid={testId}>{own.draftReturn.reason}</span>}
    />
  );
}

// The draft waiting for the unit's leader (待审核), at the top of the unit's page.
export function DraftPendingNotice({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const draft = ownDraftOf(matter)?.draft;
  if (!draft) {
    return null;
  }
  return (
    <Notice
      type="info"
      data-testid="draft-pending"
      title={t(draftKey('action.draftPending', draft.kind), {
        name: draft.byName ?? draft.byUserId,
        date: draft.requestedDueDate ? formatDay(draft.requestedDueDate, lang) : '',
        percent: String(draft.percent ?? 0),
      })}
      description={<span style={{ whiteSpace: 'pre-wrap' }}>{draft.summary}</span>}
    />
  );
}

function Fields(props: { action: UnitAction; matter: MatterDetail; percent: number; returned: ReturnedReport | null }) {
  const { action, matter, percent, returned } = props;
  const { t, lang } = useI18n();
  // A required text: its field, label, limit, the message when blank, its test id and height.
  const text = (name: keyof Values, label: MessageKey, max: number, required: MessageKey, testId: string, rows = 4) => (
    <TextAreaField name={name} label={t(label)} rules={textRules(t, max, t(required))} rows={rows} testId={testId} />
  );
  switch (action) {
    case 'acknowledge':
      return <Typography.Paragraph>{t('action.acknowledgeConfirm')}</Typography.Paragraph>;
    case 'decline':
      return text('reason', 'action.declineReason', 2000, 'action.reasonRequired', 'field-reason');
    case 'progress':
    case 'progressDraft':
      return (
        <>
          {action === 'progressDraft' ? <DraftReturnNotice matter={matter} kind="progress" /> : null}
          {text('text', 'action.progressText', 4000, 'action.progressTextRequired', 'field-text')}
          <Form.Item name="percent" label={t('action.percent')} initialValue={percent} rules={[{ required: true }]}>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: 140 }}
              data-testid="field-percent"
            />
          </Form.Item>
        </>
      );
    case 'contribution':
      return (
        <>
          {text('text', 'action.contributionText', 4000, 'action.progressTextRequired', 'field-text')}
          <EvidenceFields />
        </>
      );
    case 'handler':
      return (
        <>
          <Form.Item
            name="name"
            label={t('action.handlerName')}
            rules={[
              { required: true, whitespace: true, max: HANDLER_NAME_MAX, message: t('action.handlerNameRequired') },
            ]}
          >
            <Input maxLength={HANDLER_NAME_MAX} data-testid="field-handler-name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('action.handlerPhone')}
            extra={t('action.handlerPhoneNote')}
            rules={[{ pattern: HANDLER_PHONE, message: t('action.handlerPhoneInvalid') }]}
          >
            <Input maxLength={40} data-testid="field-handler-phone" />
          </Form.Item>
        </>
      );
    case 'approveDraft':
    case 'returnDraft':
      return (
        <>
          <DraftText matter={matter} />
          {action === 'approveDraft' ? (
            <Typography.Paragraph>
              {t(draftKey('action.approveDraftConfirm', ownDraftOf(matter)?.draft?.kind))}
            </Typography.Paragraph>
          ) : (
            text('reason', 'action.draftNote', 2000, 'action.draftNoteRequired', 'field-reason')
          )}
        </>
      );
    case 'completion':
    case 'completionDraft':
      return (
        <>
          <DraftReturnNotice matter={matter} kind="completion" />
          {returned ? (
            <Notice
              type="warning"
              gap={16}
              title={t('action.returnedReason')}
              description={<span data-testid="return-reason">{returned.reason}</span>}
            />
          ) : null}
          {text('summary', 'action.summary', 4000, 'action.summaryRequired', 'field-summary', 5)}
          <EvidenceFields />
        </>
      );
    case 'extension':
    case 'extensionDraft':
      return (
        <>
          {action === 'extensionDraft' ? <DraftReturnNotice matter={matter} kind="extension" /> : null}
          <Form.Item
            name="requestedDueDate"
            label={t('action.requestedDueDate')}
            extra={t('action.dateAfterDue', { date: formatDay(matter.dueDate, lang) })}
            rules={[{ required: true, message: t('action.requestedDueDateRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => !d.isAfter(dayjs(matter.dueDate), 'day')}
              format={lang === 'zh' ? 'YYYY年M月D日' : 'YYYY-MM-DD'}
              data-testid="field-date"
            />
          </Form.Item>
          {text('reason', 'action.extensionReason', 2000, 'action.reasonRequired', 'field-reason')}
        </>
      );
  }
}

export function ActionDialog(props: {
  action: UnitAction;
  matter: MatterDetail;
  percent: number;
  onClose: () => void;
  onDone: (matter: MatterDetail) => void;
}) {
  const { action, matter, percent, onClose, onDone } = props;
  const { t } = useI18n();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const { busy, error, send } = useMatterCommand(form, onDone);
  // Approving a draft says where it went.
  const done =
    action === 'approveDraft'
      ? t(draftKey('action.done.approveDraft', ownDraftOf(matter)?.draft?.kind))
      : t(`action.done.${action}`);
  const onOk = () => send((values) => sendAction(matter, action, values), done);
  // A resubmission after a return starts from the returned report, with the office's reason above it.
  const returned = action === 'completion' || action === 'completionDraft' ? returnedReport(matter) : null;
  // A redraft after the leader's return starts from the returned draft.
  const draftBack = action === 'completionDraft' ? returnedDraft(matter, 'completion') : null;
  const start = draftBack ?? returned;
  // A redraft of an extension request starts from the returned one: its date and its reason.
  const extensionBack = action === 'extensionDraft' ? returnedDraft(matter, 'extension') : null;
  // A redraft of a progress report starts from the returned one: its text and its percentage.
  const progressBack = action === 'progressDraft' ? returnedDraft(matter, 'progress') : null;
  // Naming the handler again starts from the unit's one named.
  const ownHandler =
    action === 'handler' ? matter.assignments.find((a) => a.unitCode === user.unitCode)?.handler : undefined;
  const initialValues: Values | undefined = ownHandler
    ? { name: ownHandler.name, phone: ownHandler.phone ?? '' }
    : progressBack
      ? { text: progressBack.summary, percent: progressBack.percent ?? percent }
      : extensionBack
        ? {
            reason: extensionBack.summary,
            requestedDueDate: extensionBack.requestedDueDate ? dayjs(extensionBack.requestedDueDate) : undefined,
          }
        : start
          ? { summary: start.summary, evidence: start.evidence.map((e) => ({ title: e.title, url: e.url })) }
          : undefined;

  return (
    <SubmitDialog
      title={`${t(`action.${action}`)} · ${matter.code}`}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={onOk}
      cancelTestId="dialog-cancel"
      okTestId={`dialog-confirm-${action}`}
      okText={
        action === 'acknowledge' || action === 'approveDraft' || action === 'returnDraft'
          ? t(`action.${action}`)
          : t('common.submit')
      }
    >
      <Form form={form} layout="vertical" requiredMark={false} disabled={busy} initialValues={initialValues}>
        <Fields action={action} matter={matter} percent={percent} returned={returned} />
      </Form>
    </SubmitDialog>
  );
}
