// 机构改革: the office adds, renames, merges and dissolves member units (src/features/office/UnitChangeDialog.tsx, UnitAliasesPage).
export const unitChangesZh = {
  'unitChanges.add': '新增成员单位',
  'unitChanges.rename': '更名',
  'unitChanges.merge': '合并',
  'unitChanges.dissolve': '撤销',
  'unitChanges.col.status': '状态',
  'unitChanges.active': '在册',
  'unitChanges.mergedInto': '已并入{unit}（{date}）',
  'unitChanges.dissolved': '已撤销（{date}）',
  'unitChanges.formerNames': '曾用名：{names}',
  'unitChanges.code': '单位代码',
  'unitChanges.codeHint': '小写字母、数字，单词间用“-”连接，如 data-bureau；确定后不再改变',
  'unitChanges.nameZh': '中文名称',
  'unitChanges.nameEn': '英文名称',
  'unitChanges.dutyZh': '职责',
  'unitChanges.dutyKeywords': '职责关键词（用于推荐牵头单位）',
  'unitChanges.into': '并入单位',
  'unitChanges.effectiveFrom': '生效日期',
  'unitChanges.reason': '依据或原因',
  'unitChanges.required': '请填写此项',
  'unitChanges.mergeHint':
    '合并后该单位不再承办新事项，以往事项和考核数据仍保留在该单位名下。该单位仍有未办结事项、在用账号或待备案人员时不能合并。',
  'unitChanges.dissolveHint':
    '撤销后该单位不再承办新事项，以往事项和考核数据仍保留在该单位名下。该单位仍有未办结事项、在用账号或待备案人员时不能撤销；其职责并入其他单位的，请用“合并”。',
  'unitChanges.done': '已保存：{unit}',
  'unitChanges.failed': '保存失败',
} as const;

export const unitChangesEn: Record<keyof typeof unitChangesZh, string> = {
  'unitChanges.add': 'Add a member unit',
  'unitChanges.rename': 'Rename',
  'unitChanges.merge': 'Merge',
  'unitChanges.dissolve': 'Dissolve',
  'unitChanges.col.status': 'Status',
  'unitChanges.active': 'Active',
  'unitChanges.mergedInto': 'Merged into {unit} ({date})',
  'unitChanges.dissolved': 'Dissolved ({date})',
  'unitChanges.formerNames': 'Formerly: {names}',
  'unitChanges.code': 'Unit code',
  'unitChanges.codeHint': 'Lower-case letters and digits, words joined by "-", e.g. data-bureau; it never changes',
  'unitChanges.nameZh': 'Chinese name',
  'unitChanges.nameEn': 'English name',
  'unitChanges.dutyZh': 'Duties',
  'unitChanges.dutyKeywords': 'Duty keywords (for the lead-unit suggestion)',
  'unitChanges.into': 'Merged into',
  'unitChanges.effectiveFrom': 'Effective from',
  'unitChanges.reason': 'Basis or reason',
  'unitChanges.required': 'Required',
  'unitChanges.mergeHint':
    'A merged unit takes no new work; its past matters and figures stay under it. A unit with open matters, active ' +
    'accounts or roster filings awaiting record cannot be merged.',
  'unitChanges.dissolveHint':
    'A dissolved unit takes no new work; its past matters and figures stay under it. A unit with open matters, ' +
    'active accounts or roster filings awaiting record cannot be dissolved; if its duties went to another unit, merge it.',
  'unitChanges.done': 'Saved: {unit}',
  'unitChanges.failed': 'Saving failed',
};
