import { findMemberUnit, isMemberUnitCode, suggestLeadUnits } from './member-units';
import { MEMBER_UNITS } from './member-units.data';

describe('member units', () => {
  describe('data', () => {
    it('lists the 21 member units with ordinals 1..21 in order', () => {
      expect(MEMBER_UNITS).toHaveLength(21);
      expect(MEMBER_UNITS.map((u) => u.ordinal)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    });

    it('gives every unit a unique, kebab-case code', () => {
      const codes = MEMBER_UNITS.map((u) => u.code);
      expect(new Set(codes).size).toBe(21);
      for (const code of codes) {
        expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      }
    });

    it('gives every unit a unique Chinese and English name', () => {
      expect(new Set(MEMBER_UNITS.map((u) => u.nameZh)).size).toBe(21);
      expect(new Set(MEMBER_UNITS.map((u) => u.nameEn)).size).toBe(21);
      for (const u of MEMBER_UNITS) {
        expect(u.nameZh.trim()).not.toBe('');
        expect(u.nameEn.trim()).not.toBe('');
      }
    });

    it('has exactly one lead unit, the Administration for Market Regulation, listed first', () => {
      const leads = MEMBER_UNITS.filter((u) => u.isLeadUnit);
      expect(leads.map((u) => u.code)).toEqual(['market-regulation']);
      expect(MEMBER_UNITS[0]?.code).toBe('market-regulation');
      expect(leads[0]?.dutyZh).toContain('联席会议办公室');
    });

    it.each(MEMBER_UNITS.map((u) => [u.code, u] as const))('%s has a duty text ending in 。', (_code, unit) => {
      expect(unit.dutyZh.trim().length).toBeGreaterThan(0);
      expect(unit.dutyZh.endsWith('。')).toBe(true);
    });

    it.each(MEMBER_UNITS.map((u) => [u.code, u] as const))(
      '%s has unique keywords, each found in its duty text or name',
      (_code, unit) => {
        expect(unit.dutyKeywords.length).toBeGreaterThan(0);
        expect(new Set(unit.dutyKeywords).size).toBe(unit.dutyKeywords.length);
        for (const keyword of unit.dutyKeywords) {
          expect(keyword.trim()).toBe(keyword);
          expect(keyword.length).toBeGreaterThan(0);
          const found = unit.dutyZh.includes(keyword) || unit.nameZh.includes(keyword);
          expect({ keyword, found }).toEqual({ keyword, found: true });
        }
      },
    );
  });

  describe('isMemberUnitCode and findMemberUnit', () => {
    it('know every listed code', () => {
      for (const u of MEMBER_UNITS) {
        expect(isMemberUnitCode(u.code)).toBe(true);
        expect(findMemberUnit(u.code)).toBe(u);
      }
    });

    it.each(['', 'Market-Regulation', 'market_regulation', 'police', ' justice', 'toString', '__proto__'])(
      'do not know %p',
      (code) => {
        expect(isMemberUnitCode(code)).toBe(false);
        expect(findMemberUnit(code)).toBeUndefined();
      },
    );
  });

  describe('suggestLeadUnits', () => {
    it('ranks public security first for a crackdown on IP crime, the procuratorate next', () => {
      const suggestions = suggestLeadUnits('开展打击侵犯知识产权犯罪专项行动');
      expect(suggestions).toEqual([
        { code: 'public-security', score: 12, matched: ['侵犯知识产权犯罪', '打击', '犯罪'] },
        { code: 'procuratorate', score: 6, matched: ['侵犯知识产权'] },
      ]);
    });

    it('scores each matched keyword by its length', () => {
      expect(suggestLeadUnits('推进知识产权质押融资')).toEqual([{ code: 'finance', score: 4, matched: ['质押融资'] }]);
      expect(suggestLeadUnits('推动中医药领域知识产权传承')).toEqual([
        { code: 'health', score: 5, matched: ['中医药', '传承'] },
      ]);
    });

    it('ranks by score, then by code on a tie', () => {
      const suggestions = suggestLeadUnits('组织推进全区软件正版化工作，开展专利密集型产业统计调查', 10);
      const scores = suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(suggestions.map((s) => [s.code, s.score])).toEqual([
        ['statistics', 13],
        ['publicity-copyright', 5],
        ['market-regulation', 2],
      ]);

      // 地理标志 is a keyword of two units; equal scores fall back to code order.
      expect(suggestLeadUnits('加强地理标志保护').map((s) => s.code)).toEqual([
        'local-chronicles',
        'market-regulation',
      ]);
    });

    it('returns at most `limit` suggestions, three by default', () => {
      const text = MEMBER_UNITS.map((u) => u.dutyZh).join('');
      expect(suggestLeadUnits(text)).toHaveLength(3);
      expect(suggestLeadUnits(text, 5)).toHaveLength(5);
      expect(suggestLeadUnits(text, 50)).toHaveLength(21);
      expect(suggestLeadUnits(text, 0)).toEqual([]);
    });

    it.each(MEMBER_UNITS.map((u) => [u.code, u] as const))(
      'suggests %s first for its own duty text, matching every keyword found there',
      (code, unit) => {
        const [best] = suggestLeadUnits(unit.dutyZh);
        expect(best?.code).toBe(code);
        expect(best?.matched).toEqual(unit.dutyKeywords.filter((k) => unit.dutyZh.includes(k)));
        expect(best?.score).toBe(best?.matched.reduce((n, k) => n + k.length, 0));
      },
    );

    it.each(['今天天气很好', 'Organise a patent fair', '', '   '])('returns [] for unrelated text %p', (text) => {
      expect(suggestLeadUnits(text)).toEqual([]);
    });
  });
});
