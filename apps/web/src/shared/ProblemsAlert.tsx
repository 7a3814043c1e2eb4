import { useI18n } from '@web/i18n/i18n-context';
import { Notice } from '@web/shared/Notice';

// What to fix before a form can be sent, as a list (the first ten); nothing when there is nothing to fix.
export function ProblemsAlert({ lines, testId }: { lines: string[]; testId: string }) {
  const { t } = useI18n();
  return lines.length ? (
    <Notice
      type="error"
      title={t('office.batch.fix')}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {lines.slice(0, 10).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      }
      data-testid={testId}
    />
  ) : null;
}
