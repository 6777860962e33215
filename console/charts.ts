/**
 * Bar charts drawn by ECharts, for the MDF dashboard. Only what the dashboard uses is bundled
 * (echarts/core with the bar chart, the simple grid, the plain legend and the SVG renderer), in a chunk of its own
 * that only the dashboard loads. SVG rather than canvas: the drawing is part of the page, its
 * colours come from the design tokens (so dark mode works), and it scales on a phone.
 *
 * The console's policy admits no inline style: ECharts and its renderer set styles through the
 * CSSOM (`element.style`), which the policy allows, and nothing here adds a style attribute,
 * a `<style>` element or an HTML tooltip (the numbers are in the table beside each chart).
 * Animations are off: nothing moves, and nothing writes CSS keyframes.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, type GridComponentOption, type LegendComponentOption } from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridSimpleComponent, LegendPlainComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption>;

/** One series of bars: its name, one value per category (null: no bar), and the token that colours it. */
export interface BarSeries {
  name: string;
  values: ReadonlyArray<number | null>;
  tone?: Tone;
}

/** Colours of the design tokens a series may take. */
export type Tone = 'accent' | 'done' | 'current' | 'waiting' | 'muted' | 'no';

/** A bar chart: categories along the bottom, a series per legend entry, optionally stacked. */
export interface Bars {
  categories: readonly string[];
  series: readonly BarSeries[];
  stacked?: boolean;
  /** Written after each value on the value axis, e.g. `%` or ` days`. */
  unit?: string;
}

const TONES: Record<Tone, string> = { accent: '--color-accent', done: '--color-visited', current: '--color-current', waiting: '--color-waiting', muted: '--color-muted', no: '--color-no' };
/** The order series without a tone of their own take colours in. */
const CYCLE: readonly Tone[] = ['current', 'done', 'waiting', 'no', 'muted', 'accent'];

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

const drawn = new Set<EChartsType>();
let listening = false;

/** Draws `bars` into `container` (replacing what was there), as SVG, in the tokens' colours. */
export function drawBars(container: HTMLElement, bars: Bars): void {
  const chart = init(container, undefined, { renderer: 'svg' });
  const text = token('--color-text');
  const muted = token('--color-muted');
  const line = token('--color-line');
  const legend = bars.series.length > 1;
  const option: Option = {
    animation: false,
    textStyle: { color: text, fontFamily: token('--font-body') || 'sans-serif' },
    legend: { show: legend, top: 0, left: 0, textStyle: { color: text }, inactiveColor: muted },
    grid: { left: 8, right: 16, top: legend ? 48 : 16, bottom: 8 },
    xAxis: { type: 'category', data: [...bars.categories], axisLabel: { color: text, interval: 0, overflow: 'break', width: 96 }, axisLine: { lineStyle: { color: muted } } },
    yAxis: { type: 'value', axisLabel: { color: muted, formatter: `{value}${bars.unit ?? ''}` }, splitLine: { lineStyle: { color: line } } },
    series: bars.series.map(
      (series, index): BarSeriesOption => ({
        type: 'bar',
        name: series.name,
        data: [...series.values],
        itemStyle: { color: token(TONES[series.tone ?? CYCLE[index % CYCLE.length] ?? 'accent']) },
        ...(bars.stacked ? { stack: 'all' } : {}),
      }),
    ),
  };
  chart.setOption(option);
  drawn.add(chart);
  if (!listening) {
    listening = true;
    window.addEventListener('resize', () => {
      for (const each of drawn) {
        if (each.isDisposed()) drawn.delete(each);
        else each.resize();
      }
    });
  }
}
