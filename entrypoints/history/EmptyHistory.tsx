import { t } from '@/lib/i18n/t';

const COMING = [
  'history_empty_item_breaks',
  'history_empty_item_sitting',
  'history_empty_item_streak',
  'history_empty_item_insights',
] as const;

/** Bar heights of the sketch: a made-up week, drawn only to show what the charts will look like. */
const SKETCH = [
  [34, 8],
  [52, 0],
  [28, 12],
  [60, 4],
  [44, 0],
] as const;

/** A faint sketch of the charts to come, in their colours; decorative, the list says it in words. */
function Sketch() {
  return (
    <svg class="history-empty-sketch" viewBox="0 0 160 72" aria-hidden="true" focusable="false">
      {SKETCH.map(([taken, missed], i) => {
        const x = 10 + i * 30;
        return (
          <g key={x}>
            <rect
              class="history-empty-taken"
              x={x}
              y={66 - taken}
              width="9"
              height={taken}
              rx="2"
            />
            <rect
              class="history-empty-missed"
              x={x + 11}
              y={66 - missed}
              width="9"
              height={missed}
              rx="2"
            />
          </g>
        );
      })}
      <line class="history-empty-axis" x1="4" x2="156" y1="66.5" y2="66.5" />
    </svg>
  );
}

/**
 * What a new user sees before anything is recorded: what this page will show and when, in
 * place of charts and tables full of zeros.
 */
export function EmptyHistory() {
  return (
    <section class="history-empty" aria-labelledby="empty-heading">
      <Sketch />
      <div class="history-empty-text">
        <h2 id="empty-heading">{t('history_empty_heading')}</h2>
        <p>{t('history_empty')}</p>
        <p>{t('history_empty_intro')}</p>
        <ul class="history-empty-list">
          {COMING.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <a class="history-empty-link" href="/break.html">
          {t('history_empty_try')}
        </a>
      </div>
    </section>
  );
}
