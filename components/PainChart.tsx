import { useId } from 'preact/hooks';
import { MAX_PAIN } from '@/lib/diary/entry';
import { formatNumber } from '@/lib/i18n/t';
import './PainChart.css';

export interface PainChartDay {
  /** Drawn under the axis (may be empty to leave a label out). */
  label: string;
  /** The day's pain, or null for a day without an entry (a gap in the line). */
  pain: number | null;
  /** Hours sat, drawn as a soft bar behind the pain. */
  satHours: number;
}

interface PainChartProps {
  /** The chart's accessible name and a summary read with it; the page's table has the detail. */
  title: string;
  summary: string;
  days: readonly PainChartDay[];
  /** The names of the two series, for the legend. */
  painName: string;
  satName: string;
  /** Writes an hour count for the right axis ("4 h"), in the user's language. */
  formatHours: (hours: number) => string;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 14, right: 40, bottom: 26, left: 30 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];

/**
 * Pain (0 to 10, left axis) as a line with a dot on each day that has an entry, over soft bars of
 * the hours sat (right axis): one picture of how the two went together. A picture for sighted
 * readers (role="img" with a summary); the table beside it carries the same numbers. The text
 * is drawn at a fixed size in a viewBox that scales, so it is kept short: numbers and day labels.
 */
export function PainChart({
  title,
  summary,
  days,
  painName,
  satName,
  formatHours,
}: PainChartProps) {
  const uid = useId();
  const slot = PLOT_W / Math.max(1, days.length);
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const yPain = (pain: number) => PAD.top + PLOT_H - (pain / MAX_PAIN) * PLOT_H;
  const maxHours = Math.max(4, Math.ceil(Math.max(0, ...days.map((d) => d.satHours)) / 2) * 2);
  const ySat = (hours: number) => PAD.top + PLOT_H - (hours / maxHours) * PLOT_H;
  const barW = Math.max(2, Math.min(24, slot * 0.6));
  // The line breaks at a day without an entry rather than joining across it.
  const runs: string[] = [];
  let run = '';
  days.forEach((day, i) => {
    if (day.pain === null) {
      if (run) runs.push(run);
      run = '';
    } else run += `${run ? 'L' : 'M'}${x(i).toFixed(1)},${yPain(day.pain).toFixed(1)}`;
  });
  if (run) runs.push(run);

  return (
    <figure class="pain-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        class="pain-chart-svg"
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>{summary}</desc>
        {PAIN_TICKS.map((tick) => (
          <g key={tick} class="pain-chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yPain(tick)} y2={yPain(tick)} />
            <text x={PAD.left - 6} y={yPain(tick)} dy="0.32em" text-anchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {[0, maxHours / 2, maxHours].map((hours) => (
          <text
            key={hours}
            class="pain-chart-hours"
            x={WIDTH - PAD.right + 6}
            y={ySat(hours)}
            dy="0.32em"
          >
            {formatHours(hours)}
          </text>
        ))}
        {days.map((day, i) => (
          <rect
            key={`bar-${i}`}
            class="pain-chart-sat"
            x={x(i) - barW / 2}
            y={ySat(day.satHours)}
            width={barW}
            height={PAD.top + PLOT_H - ySat(day.satHours)}
          />
        ))}
        {runs.map((d) => (
          <path key={d} class="pain-chart-line" d={d} />
        ))}
        {days.map((day, i) =>
          day.pain === null ? null : (
            <circle
              key={`dot-${i}`}
              class="pain-chart-dot"
              cx={x(i)}
              cy={yPain(day.pain)}
              r={days.length > 31 ? 2.5 : 4}
            />
          ),
        )}
        {days.map((day, i) =>
          day.label ? (
            <text
              key={`label-${i}`}
              class="pain-chart-label"
              x={x(i)}
              y={HEIGHT - 8}
              text-anchor="middle"
            >
              {day.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption class="pain-chart-legend" aria-hidden="true">
        <span class="pain-chart-key pain-chart-key--pain">{painName}</span>
        <span class="pain-chart-key pain-chart-key--sat">{satName}</span>
      </figcaption>
    </figure>
  );
}
