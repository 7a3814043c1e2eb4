import {
  checkCodePattern,
  codePatternOf,
  DEFAULT_MATTER_CODE_PATTERN,
  formatMatterCode,
  likeOfYear,
  MATTER_CODE_CHARS,
  MATTER_CODE_MAX_LENGTH,
  nextMatterCodeNumber,
  parseMatterCode,
} from './matter-code-pattern';

const problemsOf = (text: string): string[] => {
  const checked = checkCodePattern(text);
  return checked.ok ? [] : checked.problems;
};

describe('matter code pattern', () => {
  const office = codePatternOf(DEFAULT_MATTER_CODE_PATTERN);
  const padded = codePatternOf('{year}-{n:2}');

  describe(checkCodePattern.name, () => {
    it.each([DEFAULT_MATTER_CODE_PATTERN, '{year}-{n:2}', 'WH督{n}号〔{year}〕', '  五联督〔{year}〕{n:3}号  '])(
      'accepts %s',
      (text) => {
        expect(problemsOf(text)).toEqual([]);
      },
    );

    it.each([
      ['', '不能为空'],
      ['五联督〔2026〕{n}号', '须含一个 {year}'],
      ['五联督〔{year}〕号', '须含一个 {n}'],
      ['{year}{year}-{n}', '现有 2 个'],
      ['{year}-{n}-{n}', '现有 2 个'],
      ['{year}-{seq}', '{seq} 不认识'],
      ['{year}-{n:9}', '{n:9} 不认识'],
      ['{year}{n}', '不能紧挨数字或 {year}'],
      ['{year}-1{n}', '不能紧挨数字'],
      ['{year}-{n}2', '不能紧挨数字'],
      ['五联 督{year}-{n}', '不能有空格'],
      ['{year}-{n}}', '花括号只能用于'],
      [`${'督'.repeat(25)}{year}{n}号`, '不能紧挨'],
      [`${'督'.repeat(24)}{year}-{n}`, '超过 32 个字符'],
      ['督'.repeat(70), '最长 64 个字符'],
    ])('refuses %j, saying what to fix (%s)', (text, says) => {
      const problems = problemsOf(text);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join(' ')).toContain(says);
    });

    it('leaves room for a four-digit number within the code length', () => {
      const longest = `${'督'.repeat(23)}{year}-{n}`;
      expect(problemsOf(longest)).toEqual([]);
      const code = formatMatterCode(codePatternOf(longest), 2043, 9999);
      expect(code.length).toBe(MATTER_CODE_MAX_LENGTH);
      expect(MATTER_CODE_CHARS.test(code)).toBe(true);
    });
  });

  describe(formatMatterCode.name, () => {
    it('writes the year and the number into the pattern, padding where it says', () => {
      expect(formatMatterCode(office, 2026, 12)).toBe('五联督〔2026〕12号');
      expect(formatMatterCode(padded, 2043, 3)).toBe('2043-03');
      expect(formatMatterCode(padded, 2043, 123)).toBe('2043-123');
    });
  });

  describe(parseMatterCode.name, () => {
    it('reads back the year and number of a code the pattern made', () => {
      expect(parseMatterCode(office, '五联督〔2026〕12号')).toEqual({ year: 2026, n: 12 });
      expect(parseMatterCode(padded, '2043-03')).toEqual({ year: 2043, n: 3 });
      expect(parseMatterCode(codePatternOf('wh-{year}-{n}'), 'WH-2043-7')).toEqual({ year: 2043, n: 7 });
    });

    it.each([
      '2026-03',
      '五联督〔2026〕号',
      '五联督〔2026〕0号',
      '五联督〔2026〕012号',
      '五联督(2026)12号',
      '五联督〔26〕1号',
    ])('does not count %s as a code of the default pattern', (code) => {
      expect(parseMatterCode(office, code)).toBeNull();
    });

    it('counts only the canonical way of writing a number', () => {
      expect(parseMatterCode(padded, '2043-3')).toBeNull();
      expect(parseMatterCode(padded, '2043-003')).toBeNull();
    });
  });

  describe(nextMatterCodeNumber.name, () => {
    it('starts a year at 1', () => {
      expect(nextMatterCodeNumber(office, 2043, [])).toBe(1);
      expect(nextMatterCodeNumber(office, 2043, ['五联督〔2044〕5号', '2043-01'])).toBe(1);
    });

    it('is the largest number used in the year plus one, whatever the order and the gaps', () => {
      const used = ['五联督〔2043〕2号', '五联督〔2043〕11号', '五联督〔2043〕3号', '五联督〔2044〕40号', 'X-1'];
      expect(nextMatterCodeNumber(office, 2043, used)).toBe(12);
      expect(nextMatterCodeNumber(office, 2044, used)).toBe(41);
    });

    it('never proposes a code already used', () => {
      const used = ['2043-01', '2043-02', '2043-04'];
      const next = formatMatterCode(padded, 2043, nextMatterCodeNumber(padded, 2043, used));
      expect(next).toBe('2043-05');
      expect(used).not.toContain(next);
    });
  });

  describe(likeOfYear.name, () => {
    it('matches the codes of one year, with LIKE wildcards in the text escaped', () => {
      expect(likeOfYear(office, 2043)).toBe('五联督〔2043〕%号');
      expect(likeOfYear(codePatternOf('A_{year}_{n}'), 2044)).toBe('A!_2044!_%');
    });
  });
});
