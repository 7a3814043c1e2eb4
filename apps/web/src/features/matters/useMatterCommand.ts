import type { MatterDetail } from '@app/contracts';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useSubmit } from '@web/shared/useSubmit';

// A command on a matter from a dialog: validate the form, send, say it is done, and hand on the matter as the API
// returned it (the page shows that, never a guess).
export function useMatterCommand<V>(form: FormInstance<V>, onDone: (matter: MatterDetail) => void) {
  const { message } = App.useApp();
  const { busy, error, submit } = useSubmit();
  const send = (command: (values: V) => Promise<{ matter: MatterDetail }>, doneText: string) =>
    void submit(form, command, (res) => {
      void message.success(doneText);
      onDone(res.matter);
    });
  return { busy, error, send };
}
