import type { FormRule } from 'antd';

import type { Translate } from '../i18n/i18n-context';

// A text field's rules: at most `max` characters, and not blank when `required` carries the message saying what
// to write (a reason, a note, a summary).
export function textRules(t: Translate, max: number, required?: string): FormRule[] {
  const long: FormRule = { max, message: t('action.textTooLong', { n: max }) };
  return required ? [{ required: true, whitespace: true, message: required }, long] : [long];
}
