import { renderAsync } from '@resvg/resvg-js';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DayCount } from '../store/records.js';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export { ACTIVITY_CHART_NAME } from './activity-chart-name.js';
/** How many days the chart shows, newest last. */
export const CHART_DAYS = 14;

/** Chart size and fonts. */
export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  /**
   * Where the labels' font comes from. Default: the system's fonts (DejaVu Sans, Liberation Sans or
   * Arial, whichever is installed). Without any font the bars still draw, but no text does.
   */
  readonly font?: { readonly loadSystemFonts?: boolean; readonly fontFiles?: readonly string[] };
}

const FONTS = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
const COLORS = { answered: '#3ba55d', declined: '#ed4245' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 May" from "2025-05-03". */
function dayLabel(day: string): string {
  const [, month, date] = /^\d{4}-(\d{2})-(\d{2})$/u.exec(day) ?? [];
  return month && date ? `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}` : day;
}

/** The chart as SVG: stacked bars of answered and declined questions per day. */
export function renderActivitySvg(perDay: readonly DayCount[], width: number, height: number): string {
  const days = perDay.slice(-CHART_DAYS);
  // An SSR chart holds no timers or DOM, but only dispose() releases it: without it the process stays up.
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONTS, color: '#2e3338' },
      color: [COLORS.answered, COLORS.declined],
      title: { text: 'Questions per day', left: 16, top: 12, textStyle: { fontSize: 16 } },
      legend: { top: 14, right: 16, itemGap: 16 },
      grid: { left: 48, right: 24, top: 56, bottom: 40 },
      xAxis: { type: 'category', data: days.map((d) => dayLabel(d.day)), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Answered', type: 'bar', stack: 'questions', data: days.map((d) => d.answered) },
        { name: 'Declined', type: 'bar', stack: 'questions', data: days.map((d) => d.declined) },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The /stats chart as PNG: ECharts' server-side SVG, rasterised by resvg off the event loop (on
 * libuv's thread pool). Works offline; text needs a font (see ChartOptions.font).
 */
export async function renderActivityChart(
  perDay: readonly DayCount[],
  options: ChartOptions = {},
): Promise<Buffer> {
  const { width = 800, height = 360 } = options;
  const svg = renderActivitySvg(perDay, width, height);
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: options.font?.loadSystemFonts ?? true,
      fontFiles: [...(options.font?.fontFiles ?? [])],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'original' },
  });
  return image.asPng();
}
