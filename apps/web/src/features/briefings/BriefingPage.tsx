import { EditOutlined, FileWordOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import type { BriefingView } from '@app/contracts';
import { Alert, App, Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';

import { briefingsApi } from '@web/api/conference';
import { formatDateTime, labelled } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { BackLink } from '@web/shared/BackLink';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { describeError } from '@web/shared/errors';
import { PageStatus } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useSubmit } from '@web/shared/useSubmit';
import { useUnitList } from '@web/features/office/units';
import { BriefingDocument } from './BriefingDocument';
import { BriefingEditor } from './BriefingEditor';
import { issueLabel, STATUS_COLOR, useBriefingArea, visibleTo } from './briefingArea';

function PublishDialog({
  b,
  onClose,
  onDone,
}: {
  b: BriefingView;
  onClose: () => void;
  onDone: (b: BriefingView) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnitList();
  const { busy, error, run } = useSubmit();
  const publish = () =>
    run(
      () => briefingsApi.publish(b.id),
      (published) => {
        void message.success(t('briefings.published', { n: published.noticesSent }));
        onDone(published);
      },
    );
  return (
    <SubmitDialog
      title={t('briefings.publishTitle', { issue: issueLabel(b, lang, t) })}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={() => void publish()}
      icon={<SendOutlined />}
      okTestId="briefing-publish-confirm"
      okText={t('briefings.publishOk')}
    >
      <Typography.Paragraph data-testid="briefing-publish-text">
        {t('briefings.publishConfirm', { n: units.length || 21 })}
      </Typography.Paragraph>
    </SubmitDialog>
  );
}

// Word and print/PDF, for everyone who may read the issue.
function ExportButtons({ b }: { b: BriefingView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'print' | null>(null);
  const run = async (which: 'docx' | 'print', action: () => Promise<void>) => {
    setBusy(which);
    try {
      await action();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        disabled={busy !== null}
        onClick={() => void run('docx', () => briefingsApi.exportDocx(b))}
        data-testid="briefing-export-docx"
      >
        {t('briefings.exportDocx')}
      </Button>
      <Button
        icon={<PrinterOutlined />}
        loading={busy === 'print'}
        disabled={busy !== null}
        onClick={() => void run('print', () => briefingsApi.openPrintable(b.id))}
        data-testid="briefing-print"
      >
        {t('briefings.print')}
      </Button>
    </>
  );
}

// One issue (第N期): read and export (everyone who may read it); for the office, a draft is edited and published.
export function BriefingPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { base, isOffice, mayOpenMatters } = useBriefingArea();
  const state = useAsync(() => briefingsApi.get(id), [id]);
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);

  const back = (
    <BackLink to={`${base}/briefings`} buttonTestId="briefing-back">
      {t('briefings.back')}
    </BackLink>
  );
  if (!state.data) {
    return <PageStatus state={state} back={back} />;
  }
  const b = state.data;
  if (!visibleTo(isOffice, b.status)) {
    return (
      <>
        {back}
        <Result status="info" title={t('briefings.notPublished')} data-testid="briefing-not-published" />
      </>
    );
  }
  const draft = b.status === 'draft';
  const editable = isOffice && draft;

  return (
    <>
      {back}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card
          size="small"
          title={
            <Space wrap>
              <span data-testid="page-title">{issueLabel(b, lang, t)}</span>
              <Tag color={STATUS_COLOR[b.status]} data-testid="briefing-status" data-status={b.status}>
                {t(`briefings.status.${b.status}`)}
              </Tag>
            </Space>
          }
        >
          {/* In the body, not the card's head: the buttons wrap on a phone. */}
          <Space wrap style={{ marginBottom: 12 }}>
            <ExportButtons b={b} />
            {editable && !editing ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="briefing-edit">
                  {t('briefings.edit')}
                </Button>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  onClick={() => setPublishing(true)}
                  data-testid="briefing-publish"
                >
                  {t('briefings.publish')}
                </Button>
              </>
            ) : null}
          </Space>
          {draft ? (
            <Alert
              type="warning"
              showIcon
              title={t('briefings.draftBanner')}
              description={`${labelled(t('briefings.createdAt'), lang)}${formatDateTime(b.createdAt, lang)}`}
              data-testid="briefing-draft-banner"
            />
          ) : (
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  key: 'at',
                  label: t('briefings.publishedAt'),
                  children: <span data-testid="briefing-published-at">{formatDateTime(b.publishedAt, lang)}</span>,
                },
                {
                  key: 'sent',
                  label: t('briefings.noticesSent'),
                  children: (
                    <span data-testid="briefing-notices-sent" data-value={b.noticesSent}>
                      {t('briefings.noticesSentValue', { n: b.noticesSent })}
                    </span>
                  ),
                },
              ]}
            />
          )}
        </Card>
        {editing && editable ? (
          <BriefingEditor
            b={b}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              state.setData(saved);
              setEditing(false);
            }}
          />
        ) : (
          <Card>
            <BriefingDocument b={b} matterBase={mayOpenMatters ? base : null} />
          </Card>
        )}
      </Space>
      {publishing ? (
        <PublishDialog
          b={b}
          onClose={() => setPublishing(false)}
          onDone={(published) => {
            state.setData(published);
            setPublishing(false);
            setEditing(false);
          }}
        />
      ) : null}
    </>
  );
}
