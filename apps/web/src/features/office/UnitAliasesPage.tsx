import type { UnitView } from '@app/contracts';
import { App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { referenceApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError, errorDetail } from '@web/shared/errors';
import { useAsync } from '@web/shared/useAsync';
import { useUser } from '@web/auth/auth-context';
import type { UnitChange } from './UnitChangeDialog';
import { UnitChangeDialog } from './UnitChangeDialog';

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

// What became of a unit (在册, 已并入…) and the names it had.
function UnitStatus({ unit, units }: { unit: UnitView; units: readonly UnitView[] }) {
  const { t } = useI18n();
  const into = units.find((u) => u.code === unit.mergedInto)?.nameZh ?? unit.mergedInto ?? '';
  const former = unit.formerNames.map((n) => n.nameZh).join('、');
  return (
    <Space direction="vertical" size={0} data-testid={`unit-status-${unit.code}`}>
      {unit.status === 'active' ? (
        <Tag color="green">{t('unitChanges.active')}</Tag>
      ) : (
        <Tag>
          {unit.status === 'merged'
            ? t('unitChanges.mergedInto', { unit: into, date: unit.effectiveTo ?? '' })
            : t('unitChanges.dissolved', { date: unit.effectiveTo ?? '' })}
        </Tag>
      )}
      {former ? (
        <Typography.Text type="secondary">{t('unitChanges.formerNames', { names: former })}</Typography.Text>
      ) : null}
    </Space>
  );
}

// 成员单位: the office keeps the names people use for each unit (the pickers and minutes parser match them), and after
// a reorganisation (机构改革) adds, renames, merges or dissolves units.
export function UnitAliasesPage() {
  const { t } = useI18n();
  // Merging a unit away or dissolving it is the office director's (policy units.retire); staff add and rename.
  const mayRetire = useUser().roles.includes('office_director');
  const list = useAsync(() => referenceApi.units(), []);
  const [saved, setSaved] = useState<Record<string, UnitView>>({});
  const [change, setChange] = useState<UnitChange | null>(null);
  const rows = (list.data ?? []).map((u) => saved[u.code] ?? u);
  return (
    <Card
      title={<span data-testid="page-title">{t('units.title')}</span>}
      extra={
        <Button onClick={() => setChange({ kind: 'add' })} data-testid="unit-add">
          {t('unitChanges.add')}
        </Button>
      }
    >
      <UnitChangeDialog
        change={change}
        units={rows}
        onClose={() => setChange(null)}
        onDone={() => {
          setChange(null);
          setSaved({});
          list.reload();
        }}
      />
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
            key: 'status',
            title: t('unitChanges.col.status'),
            width: 200,
            render: (_, u) => <UnitStatus unit={u} units={rows} />,
          },
          {
            key: 'changes',
            width: 200,
            render: (_, u) =>
              u.status === 'active' ? (
                <Space size={0}>
                  <Button
                    type="link"
                    onClick={() => setChange({ kind: 'rename', unit: u })}
                    data-testid={`unit-rename-${u.code}`}
                  >
                    {t('unitChanges.rename')}
                  </Button>
                  {u.isLeadUnit || !mayRetire ? null : (
                    <Button
                      type="link"
                      onClick={() => setChange({ kind: 'merge', unit: u })}
                      data-testid={`unit-merge-${u.code}`}
                    >
                      {t('unitChanges.merge')}
                    </Button>
                  )}
                  {u.isLeadUnit || !mayRetire ? null : (
                    <Button
                      type="link"
                      danger
                      onClick={() => setChange({ kind: 'dissolve', unit: u })}
                      data-testid={`unit-dissolve-${u.code}`}
                    >
                      {t('unitChanges.dissolve')}
                    </Button>
                  )}
                </Space>
              ) : null,
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
