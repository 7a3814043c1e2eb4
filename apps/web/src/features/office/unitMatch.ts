import type { UnitView } from '@app/contracts';

// What a unit is known by: its code, both names, its short names and aliases, and their pinyin initials (from the
// server). Kept free of console imports so that the unit tier tests it.
type Searchable = Pick<UnitView, 'code' | 'nameZh' | 'nameEn' | 'aliases' | 'initials'>;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');

// The text a unit picker's filter searches (antd matches a case-insensitive substring of it).
export function unitSearchText(u: Searchable): string {
  return [u.nameZh, u.nameEn, u.code, ...u.aliases, ...u.initials].join(' ');
}

// Whether what someone typed names the unit: a part of its name or of an alias, or of the initials (scj finds
// 区市场监督管理局 through scjdglj); English and the code case-insensitively.
export function unitMatches(u: Searchable, text: string): boolean {
  const q = norm(text);
  if (!q) {
    return false;
  }
  return [u.nameZh, u.nameEn, u.code, ...u.aliases, ...u.initials].some((s) => norm(s).includes(q));
}

const shortOf = (nameZh: string) => nameZh.replace(/〔.*〕|（.*）/g, '');

// The unit a name in pasted minutes stands for: its code, its exact name or an exact alias first, then a name or
// alias the text contains or that contains the text; the longest alias wins (工信局 before 工信).
export function resolveUnit<U extends Searchable>(units: readonly U[], text: string): U | undefined {
  const s = text.trim();
  if (!s) {
    return undefined;
  }
  const lower = s.toLowerCase();
  const exact = units.find(
    (u) => u.code === s || u.nameZh === s || u.nameEn.toLowerCase() === lower || u.aliases.includes(s),
  );
  if (exact) {
    return exact;
  }
  let best: { unit: U; length: number } | undefined;
  for (const u of units) {
    for (const name of [u.nameZh, shortOf(u.nameZh), ...u.aliases]) {
      if (name && (s.includes(name) || name.includes(s)) && (!best || name.length > best.length)) {
        best = { unit: u, length: name.length };
      }
    }
  }
  return best?.unit;
}

export interface UnitOption {
  value: string;
  label: string;
  // What a search matches: both names, the code, short names, aliases and pinyin initials (市场监管, scj).
  search: string;
}

// Select options for units: the label is the unit's name (Chinese in the Chinese console).
export function unitOptions(
  units: readonly UnitView[],
  lang: 'zh' | 'en',
  exclude: readonly string[] = [],
  opts: { past?: boolean } = {},
): UnitOption[] {
  // Only the units that take work: a unit merged away or dissolved is offered nowhere its work would go (its past
  // matters keep it). A filter of past work (`past`) offers it too, after the others, named with what became of it.
  const byCode = new Map(units.map((u) => [u.code, u]));
  const nameOf = (u: UnitView): string => (lang === 'zh' ? u.nameZh : u.nameEn);
  const labelOf = (u: UnitView): string => {
    if (u.status === 'active') {
      return nameOf(u);
    }
    const into = u.mergedInto ? byCode.get(u.mergedInto) : undefined;
    if (lang === 'zh') {
      return u.status === 'merged' ? `${u.nameZh}（已并入${into?.nameZh ?? '其他单位'}）` : `${u.nameZh}（已撤销）`;
    }
    return u.status === 'merged'
      ? `${u.nameEn} (merged into ${into?.nameEn ?? 'another unit'})`
      : `${u.nameEn} (dissolved)`;
  };
  const offered = units.filter((u) => !exclude.includes(u.code) && (u.status === 'active' || opts.past));
  return [...offered.filter((u) => u.status === 'active'), ...offered.filter((u) => u.status !== 'active')].map(
    (u) => ({ value: u.code, label: labelOf(u), search: unitSearchText(u) }),
  );
}
