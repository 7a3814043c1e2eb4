import type { UnitView } from '@app/contracts';
import { App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';

import { referenceApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError, errorDetail } from '@web/shared/errors';
import { useAsync } from '@web/shared/useAsync';

// One unit's aliases as the office edits them: the list, the reason, and Save (PUT /api/units/:code/aliases).
function AliasEditor({ unit, onSaved }: { unit: UnitView; onSaved: (u: UnitView) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [aliases, setAliases] = useState<string[]>(unit.aliases);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const changed = aliases.join('\n') !== unit.aliases.join('\n');

  const save = async () => {
    if (!reason.trim()) {
      void message.warning(t('units.reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      const saved = await referenceApi.setUnitAliases(unit.code, aliases, reason.trim());
      setReason('');
      onSaved(saved);
      void message.success(t('units.saved', { unit: unit.nameZh }));
    } catch (err) {
      const detail = errorDetail(err);
      void message.error(`${t('units.saveFailed')}：${describeError(t, err)}${detail ? `（${detail}）` : ''}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space wrap data-testid={`unit-aliases-${unit.code}`}>
      <Select
        mode="tags"
        value={aliases}
        onChange={setAliases}
        open={false}
        placeholder={t('units.aliasesPlaceholder')}
        style={{ minWidth: 240 }}
        tokenSeparators={['，', ',', '、']}
        data-testid="unit-aliases-input"
      />
      {changed ? (
        <>
          <Input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('units.reason')}
            style={{ width: 200 }}
            data-testid="unit-aliases-reason"
          />
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="unit-aliases-save">
            {t('units.save')}
          </Button>
        </>
      ) : null}
    </Space>
  );
}

// 成员单位简称与别名: the office keeps the names people use for each unit (the pickers and minutes parser match them).
export function UnitAliasesPage() {
  const { t } = useI18n();
  const list = useAsync(() => referenceApi.units(), []);
  const [saved, setSaved] = useState<Record<string, UnitView>>({});
  const rows = (list.data ?? []).map((u) => saved[u.code] ?? u);
  return (
    <Card title={<span data-testid="page-title">{t('units.title')}</span>}>
      <Typography.Paragraph type="secondary">{t('units.hint')}</Typography.Paragraph>
      <Table<UnitView>
        rowKey="code"
        size="middle"
        loading={list.loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        data-testid="unit-aliases-table"
        columns={[
          { key: 'name', title: t('units.col.name'), width: 260, render: (_, u) => u.nameZh },
          {
            key: 'aliases',
            title: t('units.col.aliases'),
            render: (_, u) => (
              <AliasEditor
                key={u.aliases.join('\n')}
                unit={u}
                onSaved={(next) => setSaved((s) => ({ ...s, [next.code]: next }))}
              />
            ),
          },
          {
            key: 'initials',
            title: t('units.col.initials'),
            width: 220,
            responsive: ['lg'],
            render: (_, u) => <Typography.Text type="secondary">{u.initials.join(' / ')}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
