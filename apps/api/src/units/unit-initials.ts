import { pinyin } from 'pinyin-pro';

// The pinyin initials of a unit's name (without its bracketed second name) and of each alias, lower case and
// without duplicates: 区市场监督管理局 → qscjdglj, 市场监管局 → scjgj. A search matches a substring of them.
export function unitInitials(nameZh: string, aliases: readonly string[]): string[] {
  const names = [nameZh.replace(/〔.*?〕|（.*?）/g, ''), ...aliases];
  const out = names.map((n) => initialsOf(n)).filter((s) => s.length > 0);
  return [...new Set(out)];
}

function initialsOf(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}
