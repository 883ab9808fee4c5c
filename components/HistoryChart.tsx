import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { niceScale } from '@/lib/history/scale';
import { formatNumber, t } from '@/lib/i18n/t';
import './HistoryChart.css';

export interface ChartSeries {
  /** Shown in the legend and in each bar's tooltip. */
  name: string;
  /**
   * Picks the bar style, `history-bar--${variant}`, one colour token each across every chart:
   * sitting, breaks taken, and breaks missed (also hatched, so colour is never the only cue).
   */
  variant: 'taken' | 'missed' | 'sat' | 'stood';
  values: readonly number[];
}

interface HistoryChartProps {
  /** The chart's accessible name. */
  title: string;
  /** A one-line summary screen readers hear with it; the table gives the detail. */
  summary: string;
  /** One label per bar group (a day), drawn under the axis. */
  labels: readonly string[];
  /** The longer name of each group, for tooltips. */
  longLabels: readonly string[];
  series: readonly ChartSeries[];
  /** The round steps the value axis may use. */
  steps: readonly number[];
  /** Writes a value for tooltips, e.g. "3" or "1 h 5 min". */
  formatValue: (value: number) => string;
  /**
   * Draw every nth label, counting back from the last (today), so thirty days stay readable; a
   * multiple of it when the chart is too narrow for that many.
   */
  labelEvery?: number;
  /** Write each bar's value above it (for a week; a month's bars are too narrow). */
  showValues?: boolean;
}

/** Until the chart is measured it is drawn this wide. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 260;
const HEIGHT = 200;
const PAD = { top: 16, right: 18, bottom: 26, left: 36 };
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** The least room, in CSS pixels, between two day labels under the axis ("13 Nov." fits). */
const LABEL_ROOM = 56;

/**
 * The drawing's width follows the width it is shown at, one unit to a CSS pixel, so its text
 * stays the page's size in a narrow window instead of shrinking with the picture.
 */
function useMeasuredWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * A bar chart drawn as SVG: one group of bars per day, one bar per series. It is a picture for
 * sighted readers (role="img" with a summary); the page's table carries the same numbers.
 */
export function HistoryChart({
  title,
  summary,
  labels,
  longLabels,
  series,
  steps,
  formatValue,
  labelEvery = 1,
  showValues = false,
}: HistoryChartProps) {
  const uid = useId();
  const hatchId = `${uid}-hatch`;
  const { ref, width } = useMeasuredWidth();
  const plotW = width - PAD.left - PAD.right;
  const largest = Math.max(0, ...series.flatMap((s) => s.values));
  const scale = niceScale(largest, steps);
  const y = (value: number) => PAD.top + PLOT_H - (value / scale.max) * PLOT_H;
  const groupW = plotW / Math.max(1, labels.length);
  const barW = Math.min(28, (groupW * 0.78) / Math.max(1, series.length));
  const groupInset = (groupW - barW * series.length) / 2;
  // In a narrow window a month's labels would run together: draw a multiple of every nth.
  let every = Math.max(1, labelEvery);
  while (every * groupW < LABEL_ROOM && every < labels.length) every += Math.max(1, labelEvery);

  return (
    <figure class="history-chart" ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        class="history-chart-svg"
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>{summary}</desc>
        <defs>
          {/* Diagonal lines for missed breaks: told apart by pattern as well as by colour. */}
          <pattern
            id={hatchId}
            class="history-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" />
            <line x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {scale.ticks.map((tick) => (
          <g key={tick} class="history-grid">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, day) => {
          const x0 = PAD.left + day * groupW;
          return (
            <g key={longLabels[day] ?? label}>
              {series.map((s, i) => {
                const value = s.values[day] ?? 0;
                const top = y(value);
                const x = x0 + groupInset + i * barW + 1;
                const w = Math.max(1, barW - 2);
                return (
                  <g key={s.name}>
                    <rect
                      class={`history-bar history-bar--${s.variant}`}
                      x={x}
                      y={top}
                      width={w}
                      height={PAD.top + PLOT_H - top}
                      fill={s.variant === 'missed' ? `url(#${hatchId})` : undefined}
                    >
                      <title>
                        {t(
                          'history_chart_bar',
                          longLabels[day] ?? label,
                          s.name,
                          formatValue(value),
                        )}
                      </title>
                    </rect>
                    {showValues && value > 0 ? (
                      <text
                        class="history-bar-value"
                        x={x + w / 2}
                        y={top - 4}
                        text-anchor="middle"
                      >
                        {formatNumber(value)}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {(labels.length - 1 - day) % every === 0 ? (
                <text
                  class="history-axis-label"
                  x={x0 + groupW / 2}
                  y={HEIGHT - 8}
                  text-anchor="middle"
                >
                  {label}
                </text>
              ) : null}
            </g>
          );
        })}
        {largest === 0 ? (
          <text
            class="history-chart-empty"
            x={PAD.left + plotW / 2}
            y={PAD.top + PLOT_H / 2}
            text-anchor="middle"
          >
            {t('history_chart_empty')}
          </text>
        ) : null}
        <line
          class="history-baseline"
          x1={PAD.left}
          x2={width - PAD.right}
          y1={PAD.top + PLOT_H}
          y2={PAD.top + PLOT_H}
        />
      </svg>
      <figcaption class="history-legend">
        {series.map((s) => (
          <span key={s.name} class="history-legend-item">
            <span class={`history-swatch history-bar--${s.variant}`} aria-hidden="true" />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
