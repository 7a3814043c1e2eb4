import { ArrowLeftOutlined } from '@ant-design/icons';
import type { MatterDetail } from '@app/contracts';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router-dom';

import { Assignments } from '@web/features/matters/Assignments';
import { personNamed } from '@web/features/matters/EventTimeline';
import { buttonsFor } from '@web/features/matters/commands';
import { MatterFacts } from '@web/features/matters/MatterFacts';
import { MatterPage } from '@web/features/matters/MatterPage';
import { SupervisionPanel } from '@web/features/matters/SupervisionPanel';
import { useI18n } from '@web/i18n/i18n-context';
import { CompletionReport } from './CompletionReport';
import type { OfficeAction } from './OfficeActionDialog';
import { OFFICE_WORDING, OfficeActionDialog } from './OfficeActionDialog';

// The lead unit's report, highlighted while it waits for the office's verification.
function Report({ matter }: { matter: MatterDetail }) {
  const { t } = useI18n();
  if (!matter.assignments.some((a) => a.role === 'lead' && a.completion)) {
    return null;
  }
  const waiting = matter.status === 'awaiting_verification';
  return (
    <Card
      size="small"
      title={t('matter.completion')}
      styles={waiting ? { header: { background: '#f9f0ff' } } : undefined}
    >
      <CompletionReport matter={matter} />
    </Card>
  );
}

// A matter as the office sees it: the completion report, the facts, every unit's assignment, supervision, the
// timeline, and the commands the office may give now.
export function OfficeMatterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingLeft: 0 }}
      onClick={() => void (window.history.length > 1 ? navigate(-1) : navigate('/office'))}
      data-testid="back-to-board"
    >
      {t('office.backToBoard')}
    </Button>
  );
  return (
    <MatterPage<OfficeAction>
      view={{
        back,
        bar: { testId: 'office-actions', none: { text: t('office.matter.noActions'), testId: 'office-actions-none' } },
        buttons: (m) =>
          buttonsFor(m.allowedActions, OFFICE_WORDING, (w) => ({
            label: t(`office.action.${w.action}`),
            testId: `office-action-${w.action}`,
          })),
        main: (m) => (
          <>
            <Report matter={m} />
            <MatterFacts matter={m} meetingLink={(id) => `/office/meetings/${id}`} />
            <Assignments assignments={m.assignments} people={(u) => personNamed(m.events, u)} />
          </>
        ),
        aside: (m) => <SupervisionPanel matter={m} />,
        dialog: (action, m, close, done) => (
          <OfficeActionDialog action={action} matter={m} onClose={close} onDone={done} />
        ),
      }}
    />
  );
}
