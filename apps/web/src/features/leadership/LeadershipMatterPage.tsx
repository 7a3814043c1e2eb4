import { EditOutlined } from '@ant-design/icons';

import { Assignments } from '@web/features/matters/Assignments';
import { personNamed } from '@web/features/matters/EventTimeline';
import type { CommandWording } from '@web/features/matters/commands';
import { buttonsFor } from '@web/features/matters/commands';
import { MatterFacts } from '@web/features/matters/MatterFacts';
import { MatterPage } from '@web/features/matters/MatterPage';
import { SupervisionPanel } from '@web/features/matters/SupervisionPanel';
import { useI18n } from '@web/i18n/i18n-context';
import { BackLink } from '@web/shared/BackLink';
import { FollowToggle } from './FollowToggle';
import { InstructionDialog } from './InstructionDialog';

const WORDING: CommandWording<'instruct'>[] = [
  { command: 'instruct', action: 'instruct', kind: 'primary', icon: <EditOutlined /> },
];

// A matter as leadership sees it: everything, read-only, with one command: 批示 (an instruction), and 关注.
export function LeadershipMatterPage() {
  const { t } = useI18n();
  return (
    <MatterPage<'instruct'>
      view={{
        back: (
          <BackLink to="/leadership" testId="back-to-dashboard">
            {t('leadership.matter.back')}
          </BackLink>
        ),
        bar: {
          testId: 'leader-actions',
          none: { text: t('leadership.instruct.finished'), testId: 'instruct-unavailable' },
        },
        buttons: (m) =>
          buttonsFor(m.allowedActions, WORDING, () => ({
            label: t('leadership.instruct.button'),
            testId: 'leader-instruct',
          })),
        main: (m) => (
          <>
            <div style={{ marginBottom: 16 }}>
              {/* A new snapshot of the matter (a 批示 follows it) starts the toggle from what the server says. */}
              <FollowToggle key={`${m.id}:${m.seq}:${String(m.followed)}`} matterId={m.id} followed={m.followed} />
            </div>
            <MatterFacts matter={m} />
            <Assignments assignments={m.assignments} people={(u) => personNamed(m.events, u)} />
            <SupervisionPanel matter={m} />
          </>
        ),
        dialog: (_action, m, close, done) => <InstructionDialog matter={m} onClose={close} onDone={done} />,
      }}
    />
  );
}
