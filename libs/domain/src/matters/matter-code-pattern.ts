// 事项编号: the office's yearly register of matter codes, e.g. 五联督〔2026〕12号. The office sets the pattern once
// (`{year}` the four-digit register year, `{n}` the number in that year, `{n:3}` the number zero-padded to three
// digits); the next number of a year is the largest number already used in it plus one, so a proposal is never a
// code already taken (gaps stay gaps: a number is not reused after its matter was dispatched).

export const DEFAULT_MATTER_CODE_PATTERN = '五联督〔{year}〕{n}号';

// The characters a matter code may hold (the same rule as the create-matter DTO), and its length.
export const MATTER_CODE_CHARS = /^[A-Za-z0-9〔〕()（）_.\-\u4e00-\u9fa5]+$/;
export const MATTER_CODE_MAX_LENGTH = 32;
export const MATTER_CODE_PATTERN_MAX_LENGTH = 64;
// Room left for the number when checking a pattern's length: up to 9999 matters a year.
const NUMBER_ROOM = 4;

type Part = { kind: 'text'; text: string } | { kind: 'year' } | { kind: 'number'; width: number };

export interface MatterCodePattern {
  text: string;
  parts: readonly Part[];
}

export type CodePatternCheck = { ok: true; pattern: MatterCodePattern } | { ok: false; problems: string[] };

const PLACEHOLDER = /\{([^{}]*)\}/g;

function partsOf(text: string): { parts: Part[]; problems: string[] } {
  const parts: Part[] = [];
  const problems: string[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) {
      parts.push({ kind: 'text', text: text.slice(at, m.index) });
    }
    const name = m[1] ?? '';
    const width = /^n(?::([1-6]))?$/.exec(name);
    if (name === 'year') {
      parts.push({ kind: 'year' });
    } else if (width) {
      parts.push({ kind: 'number', width: Number(width[1] ?? 1) });
    } else {
      problems.push(`占位符 {${name}} 不认识：只能用 {year}（年份）、{n}（序号）或 {n:3}（补零到 3 位的序号）。`);
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) {
    parts.push({ kind: 'text', text: text.slice(at) });
  }
  return { parts, problems };
}

// Checks the office's pattern; the problems say, in Chinese, what to fix.
export function checkCodePattern(input: string): CodePatternCheck {
  const text = input.trim();
  if (!text) {
    return { ok: false, problems: ['编号格式不能为空，例如 五联督〔{year}〕{n}号。'] };
  }
  if (text.length > MATTER_CODE_PATTERN_MAX_LENGTH) {
    return { ok: false, problems: [`编号格式最长 ${MATTER_CODE_PATTERN_MAX_LENGTH} 个字符。`] };
  }
  const { parts, problems } = partsOf(text);
  const years = parts.filter((p) => p.kind === 'year').length;
  const numbers = parts.filter((p) => p.kind === 'number').length;
  if (years !== 1) {
    problems.push(`编号格式须含一个 {year}（年份），现有 ${years} 个。`);
  }
  if (numbers !== 1) {
    problems.push(`编号格式须含一个 {n}（序号），现有 ${numbers} 个。`);
  }
  const literal = parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  if (/[{}]/.test(literal)) {
    problems.push('花括号只能用于 {year} 和 {n}。');
  } else if (literal && !MATTER_CODE_CHARS.test(literal)) {
    problems.push('编号格式中的文字只能是字母、数字、汉字、〔〕、括号、横线、点或下划线（不能有空格）。');
  }
  const i = parts.findIndex((p) => p.kind === 'number');
  const touchesDigit = (p: Part | undefined, side: 'before' | 'after'): boolean =>
    p !== undefined && (p.kind !== 'text' || /\d/.test(side === 'before' ? p.text.slice(-1) : p.text.charAt(0)));
  if (i >= 0 && (touchesDigit(parts[i - 1], 'before') || touchesDigit(parts[i + 1], 'after'))) {
    problems.push('序号 {n} 前后不能紧挨数字或 {year}，否则编号读不出序号，例如写成 {year}-{n}。');
  }
  const width = parts.reduce((w, p) => w + (p.kind === 'text' ? p.text.length : p.kind === 'year' ? 4 : 0), 0);
  const room = Math.max(NUMBER_ROOM, ...parts.map((p) => (p.kind === 'number' ? p.width : 0)));
  if (problems.length === 0 && width + room > MATTER_CODE_MAX_LENGTH) {
    problems.push(`按此格式生成的编号会超过 ${MATTER_CODE_MAX_LENGTH} 个字符，请缩短文字。`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, pattern: { text, parts } };
}

// The pattern, which must be valid (the stored one was checked when it was set).
export function codePatternOf(text: string): MatterCodePattern {
  const checked = checkCodePattern(text);
  if (!checked.ok) {
    throw new Error(`Invalid matter code pattern "${text}": ${checked.problems.join(' ')}`);
  }
  return checked.pattern;
}

export function formatMatterCode(pattern: MatterCodePattern, year: number, n: number): string {
  return pattern.parts
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'year' ? String(year) : String(n).padStart(p.width, '0')))
    .join('');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

// The year and number of a code written in the pattern, or null for a code the pattern did not make (another
// layout, or a number written otherwise, such as 012 where the pattern pads to two). Letters compare without case,
// as the database's collation compares codes.
export function parseMatterCode(pattern: MatterCodePattern, code: string): { year: number; n: number } | null {
  const source = pattern.parts
    .map((p) => (p.kind === 'text' ? escapeRegExp(p.text) : p.kind === 'year' ? '(?<year>\\d{4})' : '(?<n>\\d+)'))
    .join('');
  const m = new RegExp(`^${source}$`, 'i').exec(code.trim());
  if (!m?.groups) {
    return null;
  }
  const year = Number(m.groups.year);
  const n = Number(m.groups.n);
  if (!Number.isSafeInteger(n) || n < 1) {
    return null;
  }
  const canonical = formatMatterCode(pattern, year, n);
  return canonical.toLowerCase() === code.trim().toLowerCase() ? { year, n } : null;
}

// The next number of the year: the largest number among the used codes of that year, plus one (1 for a new year).
export function nextMatterCodeNumber(pattern: MatterCodePattern, year: number, used: Iterable<string>): number {
  let max = 0;
  for (const code of used) {
    const parsed = parseMatterCode(pattern, code);
    if (parsed && parsed.year === year && parsed.n > max) {
      max = parsed.n;
    }
  }
  return max + 1;
}

// A SQL LIKE pattern (escape character !, which no code holds; portable across MySQL and SQLite) that every code of the year in this pattern matches.
export function likeOfYear(pattern: MatterCodePattern, year: number): string {
  return pattern.parts
    .map((p) => (p.kind === 'text' ? p.text.replace(/[!%_]/g, (c) => `!${c}`) : p.kind === 'year' ? year : '%'))
    .join('');
}
