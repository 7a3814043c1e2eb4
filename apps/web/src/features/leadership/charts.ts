import type { MonthlyClosures, UnitLights } from '@app/contracts';

import type { Lang, Translate } from '@web/i18n/i18n-context';
import type { ChartOption } from './EChart';

// Colours of the three lights, as the tags and badges elsewhere show them.
export const LIGHT_COLORS = { red: '#cf1322', yellow: '#faad14', green: '#52c41a' } as const;
export type OpenLight = keyof typeof LIGHT_COLORS;
// Stacked left to right: the worst first, so red bars line up at the axis.
export const OPEN_LIGHTS: readonly OpenLight[] = ['red', 'yellow', 'green'];

// Units with open matters, the most red first (then yellow, then most open), as the bar chart lists them.
export function rankedUnits(units: readonly UnitLights[]): UnitLights[] {
  return units
    .filter((u) => u.open > 0)
    .sort(
      (a, b) =>
        b.byLight.red - a.byLight.red ||
        b.byLight.yellow - a.byLight.yellow ||
        b.open - a.open ||
        a.ordinal - b.ordinal,
    );
}

export function unitLightsHeight(count: number): number {
  return Math.max(160, count * 30 + 64);
}

// Horizontal stacked bars, one row per unit (top to bottom in rank order), one segment per light.
export function unitLightsOption(
  units: readonly UnitLights[],
  t: Translate,
  unitName: (u: UnitLights) => string,
  narrow: boolean,
): ChartOption {
  const labelWidth = narrow ? 84 : 150;
  return {
    animation: false,
    grid: { left: labelWidth + 16, right: 16, top: 32, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, selectedMode: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map(unitName),
      axisLabel: { width: labelWidth, overflow: 'truncate', fontSize: 12 },
      axisTick: { show: false },
    },
    series: OPEN_LIGHTS.map((light) => ({
      type: 'bar',
      name: t(`light.${light}`),
      stack: 'open',
      barMaxWidth: 18,
      cursor: 'pointer',
      itemStyle: { color: LIGHT_COLORS[light] },
      emphasis: { focus: 'series' },
      data: units.map((u) => u.byLight[light]),
    })),
  };
}

// 2026-03 → 3月 (zh) or Mar (en); January also names its year so the axis reads across the turn of a year.
function monthLabel(month: string, lang: Lang, index: number): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const name =
    lang === 'zh'
      ? `${m}月`
      : new Date(Date.UTC(year, m - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return m === 1 || index === 0 ? (lang === 'zh' ? `${year}年${name}` : `${name} ${year}`) : name;
}

export function closuresOption(months: readonly MonthlyClosures[], t: Translate, lang: Lang): ChartOption {
  return {
    animation: false,
    grid: { left: 36, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, selectedMode: false },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: months.map((m, i) => monthLabel(m.month, lang, i)),
      axisLabel: { hideOverlap: true, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: t('leadership.trend.closed'),
        data: months.map((m) => m.closed),
        smooth: false,
        symbolSize: 6,
        itemStyle: { color: '#1d4ed8' },
        areaStyle: { color: 'rgba(29, 78, 216, 0.08)' },
      },
      {
        type: 'line',
        name: t('leadership.trend.onTime'),
        data: months.map((m) => m.closedOnTime),
        smooth: false,
        symbolSize: 6,
        itemStyle: { color: '#389e0d' },
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}
