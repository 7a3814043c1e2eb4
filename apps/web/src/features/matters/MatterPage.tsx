import type { MatterDetail } from '@app/contracts';
import type { ReactNode } from 'react';
import { Grid } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';

import { mattersApi } from '@web/api/endpoints';
import type { ActionButton } from '@web/features/matters/ActionBar';
import { ActionBar } from '@web/features/matters/ActionBar';
import { MatterColumns } from '@web/features/matters/MatterColumns';
import { MatterHeader } from '@web/features/matters/MatterHeader';
import { announceNotificationsChanged, readNoticesOn } from '@web/features/notifications/unread';
import { PageStatus } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';

// What one audience's matter page adds to the common frame: its way back, its buttons, its cards, its dialogs.
export interface MatterPageView<A extends string> {
  back: ReactNode;
  bar: { testId: string; none: { text: string; testId?: string } };
  buttons: (matter: MatterDetail) => ActionButton<A>[];
  // `reload` fetches the matter again (after a request outside its command dialogs, such as a contest).
  main: (matter: MatterDetail, reload: () => void) => ReactNode;
  aside?: (matter: MatterDetail) => ReactNode;
  dialog: (action: A, matter: MatterDetail, close: () => void, done: (next: MatterDetail) => void) => ReactNode;
}

// A matter page for any audience: load the matter (the server says what this person may do on it), show the header
// with the action bar, the page's cards beside the timeline, and the dialog of the chosen command; the page then
// shows the matter as the command returned it.
export function MatterPage<A extends string>({ view }: { view: MatterPageView<A> }) {
  const { id = '' } = useParams();
  const state = useAsync(() => mattersApi.get(id), [id]);
  const [dialog, setDialog] = useState<A | null>(null);
  // A phone gets the action bar at the bottom of the screen, where a thumb reaches it, whatever the scroll.
  const phone = Grid.useBreakpoint().md === false;
  const loaded = state.data?.id;
  // Opened: the person's notices on this matter are read (the bell follows).
  useEffect(() => {
    if (loaded) {
      readNoticesOn(loaded);
    }
  }, [loaded]);
  if (!state.data) {
    return <PageStatus state={state} back={view.back} />;
  }
  const matter = state.data;
  const bar = (
    <ActionBar
      buttons={view.buttons(matter)}
      onAction={setDialog}
      testId={view.bar.testId}
      none={view.bar.none}
      large={phone}
    />
  );
  return (
    <>
      {view.back}
      <MatterHeader matter={matter} refresh={{ onClick: state.reload, loading: state.loading }}>
        {phone ? null : bar}
      </MatterHeader>
      <MatterColumns matter={matter} main={view.main(matter, state.reload)} aside={view.aside?.(matter)} />
      {phone ? (
        <div
          data-testid="sticky-action-bar"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 10,
            marginTop: 12,
            padding: '8px 12px calc(8px + env(safe-area-inset-bottom))',
            background: '#fff',
            boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.08)',
          }}
        >
          {bar}
        </div>
      ) : null}
      {dialog
        ? view.dialog(
            dialog,
            matter,
            () => setDialog(null),
            (next) => {
              setDialog(null);
              state.setData(next);
              // The server marked the notices this command answered read: the bell follows.
              announceNotificationsChanged();
            },
          )
        : null}
    </>
  );
}
