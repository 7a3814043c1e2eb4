import type { MatterDetail } from '@app/contracts';
import { Alert, Typography } from 'antd';

import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';

// A matter's description and its leadership instructions (批示), as every matter page shows them.
export function MatterText({ matter }: { matter: Pick<MatterDetail, 'description' | 'instructions'> }) {
  const { t, lang } = useI18n();
  return (
    <>
      <div>
        <Typography.Text type="secondary">{t('matter.description')}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }} data-testid="matter-description">
          {matter.description || '—'}
        </Typography.Paragraph>
      </div>
      {matter.instructions.length > 0 ? (
        <div data-testid="matter-instructions">
          <Typography.Text type="secondary">{t('matter.instructions')}</Typography.Text>
          {matter.instructions.map((ins, i) => (
            <Alert
              key={i}
              type="warning"
              style={{ marginTop: 6 }}
              data-testid="matter-instruction"
              title={<span style={{ whiteSpace: 'pre-wrap' }}>{ins.text}</span>}
              description={`${ins.byName ?? ins.byUserId} · ${formatDateTime(ins.at, lang)}`}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
