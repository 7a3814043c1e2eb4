import type { BriefingItem, BriefingStatus } from '@app/contracts';
import { useLocation } from 'react-router-dom';

import { useUser } from '@web/auth/auth-context';
import type { Lang, Translate } from '@web/i18n/i18n-context';

const OFFICE_ROLES = ['office_director', 'office_staff'] as const;

export interface BriefingArea {
  // The area the page is opened in (/office, /unit, /leadership): links stay inside it.
  base: string;
  // The office compiles, edits and publishes; everyone else reads.
  isOffice: boolean;
  // Leadership and the office may open the matters of the 通报 list; a unit sees only its own assignments.
  mayOpenMatters: boolean;
}

// One component serves the three areas: the path says where links lead, the roles say what the user may do.
export function useBriefingArea(): BriefingArea {
  const { pathname } = useLocation();
  const user = useUser();
  const area = pathname.split('/')[1] ?? 'unit';
  const isOffice = area === 'office' && user.roles.some((r) => (OFFICE_ROLES as readonly string[]).includes(r));
  return { base: `/${area}`, isOffice, mayOpenMatters: area === 'office' || area === 'leadership' };
}

// Drafts are the office's working copies: the other areas list and read published issues only.
export const visibleTo = (isOffice: boolean, status: BriefingStatus): boolean => isOffice || status === 'published';

export const STATUS_COLOR: Record<BriefingStatus, string> = { draft: 'gold', published: 'green' };

// 87.5% (one decimal), or — when nothing was closed yet.
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

export type TextItem = Omit<BriefingItem, 'id'>;

// The items as the PATCH sends them; used to tell whether the office changed them at all.
export const asTextItems = (items: readonly BriefingItem[]): TextItem[] =>
  items.map(({ title, text, unitCode }) => ({ title, text, unitCode }));

export const sameItems = (a: readonly TextItem[], b: readonly TextItem[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.title === y.title && x.text === y.text && (x.unitCode ?? null) === (y.unitCode ?? null);
  });

export const thisYear = (): number =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

// 2026年第3期 (the API's own label) in Chinese, No. 3, 2026 in English.
export interface IssueRef {
  issue: string;
  year: number;
  number: number;
}

export function issueLabel(b: IssueRef, lang: Lang, t: Translate): string {
  return lang === 'zh' ? b.issue : t('briefings.issueLabel', { year: b.year, number: b.number });
}
