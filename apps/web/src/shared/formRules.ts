import type { FormRule } from 'antd';

import type { Translate } from '@web/i18n/i18n-context';

// A text field's rules: at most `max` characters, and not blank when `required` carries the message saying what
// to write (a reason, a note, a summary).
export function textRules(t: Translate, max: number, required?: string): FormRule[] {
  const long: FormRule = { max, message: t('action.textTooLong', { n: max }) };
  return required ? [{ required: true, whitespace: true, message: required }, long] : [long];
}

// A rule from a check that names the problem with the value (null when there is none).
export function checkRule<V>(problem: (value: V) => string | null): {
  validator: (rule: unknown, value: V) => Promise<void>;
} {
  return {
    validator: (_: unknown, value: V) => {
      const text = problem(value);
      return text === null ? Promise.resolve() : Promise.reject(new Error(text));
    },
  };
}
