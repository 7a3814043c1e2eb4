import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';

export interface Submission {
  busy: boolean;
  error: unknown;
  // Sends one request; onOk gets its answer.
  run: <T>(send: () => Promise<T>, onOk: (result: T) => void) => Promise<void>;
  // Validates the form first; a wrong field shows its own message and nothing is sent.
  submit: <V, T>(form: FormInstance<V>, send: (values: V) => Promise<T>, onOk: (result: T) => void) => Promise<void>;
}

// The form's values, or null when a field is wrong (antd then shows the field's message).
export async function validated<V>(form: FormInstance<V>): Promise<V | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}

// One request from a dialog or form: busy while it runs, its error kept to show beside the form. After a success
// busy stays on, because the caller closes the dialog (or swaps the form out): a second click cannot send twice.
export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T>(send: () => Promise<T>, onOk: (result: T) => void) => {
    setBusy(true);
    setError(null);
    try {
      onOk(await send());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }, []);
  const submit = useCallback(
    async <V, T>(form: FormInstance<V>, send: (values: V) => Promise<T>, onOk: (result: T) => void) => {
      const values = await validated(form);
      if (values !== null) {
        await run(() => send(values), onOk);
      }
    },
    [run],
  );
  return { busy, error, run, submit };
}
