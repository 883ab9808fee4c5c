import { useEffect, useRef, useState } from 'preact/hooks';
import { PainChart } from '@/components/PainChart';
import { PainCheckIn } from '@/components/PainCheckIn';
import { PainTable } from '@/components/PainTable';
import { RedFlagCheck } from '@/components/RedFlagCheck';
import { effectiveRegion, routeFor } from '@/lib/content/regions';
import { SOURCES } from '@/lib/content/sources';
import { diaryCsv, diaryCsvFileName } from '@/lib/diary/csv';
import { breaksPainSummary, DIARY_RANGES, type DiaryRange, painSeries } from '@/lib/diary/insights';
import type { SuggestionKind } from '@/lib/diary/suggest';
import type { DayTotals } from '@/lib/history/aggregate';
import { dayKeyToDate, localDayKey, oldestKeptDay } from '@/lib/history/days';
import { browserLanguageTags, formatDate, formatNumber, t, tn } from '@/lib/i18n/t';
import { formatDuration } from '@/lib/time/format';
import { HOUR } from '@/lib/time/units';
import { downloadText } from './download';
import './PainSection.css';
import { axisLabel, dayName } from './names';
import type { PainDiaryPage } from './usePainDiary';

/** The check-in's place on the page: the daily prompt's notification opens it (#pain-checkin). */
export const CHECK_IN_ID = 'pain-checkin';

const oneDecimal = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

function RangeChoice({
  range,
  onChange,
}: {
  range: DiaryRange;
  onChange: (r: DiaryRange) => void;
}) {
  return (
    <fieldset class="history-range">
      <legend>{t('diary_range_legend')}</legend>
      {DIARY_RANGES.map((days) => (
        <label key={days}>
          <input
            type="radio"
            name="pain-range"
            value={days}
            checked={range === days}
            onChange={() => onChange(days)}
          />
          {tn('history_range_last_days', days)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The week's suggestion, gently and with its source, never a diagnosis: the red-flag check shown
 * here in one click (a page cannot open the popup), or a page to take to an appointment.
 */
function Suggestion({ kind, region }: { kind: SuggestionKind; region: string }) {
  const [checkOpen, setCheckOpen] = useState(false);
  // The NHS: get advice when back pain gets worse, or has not improved after a few weeks; NHS
  // inform: most back pain settles within about six weeks.
  const sources =
    kind === 'redFlagCheck'
      ? [SOURCES.nhsBackPain]
      : [SOURCES.nhsBackPain, SOURCES.nhsInformBackProblems];
  return (
    <aside class="pain-suggestion" aria-labelledby="pain-suggestion-heading">
      <h3 id="pain-suggestion-heading">{t('diary_suggest_heading')}</h3>
      <p>
        {t(kind === 'redFlagCheck' ? 'diary_suggest_red_flag' : 'diary_suggest_appointment')}
        {sources.map((source) => (
          <span key={source.url}>
            {' '}
            <a href={source.url} target="_blank" rel="noreferrer">
              {t('diary_suggest_source', source.name)}
            </a>
          </span>
        ))}
      </p>
      {kind === 'redFlagCheck' ? (
        <button
          type="button"
          class="primary"
          aria-expanded={checkOpen}
          aria-controls="pain-red-flag-check"
          onClick={() => setCheckOpen((was) => !was)}
        >
          {t('diary_suggest_red_flag_button')}
        </button>
      ) : (
        <p>
          <a href="/appointment.html" target="_blank" rel="noreferrer">
            {t('diary_suggest_appointment_link')}
          </a>
        </p>
      )}
      <p class="history-note">{t('diary_suggest_not_diagnosis')}</p>
      <div id="pain-red-flag-check" hidden={!checkOpen}>
        {checkOpen ? (
          <RedFlagCheck
            headingLevel={4}
            route={routeFor(effectiveRegion(region, browserLanguageTags()))}
          />
        ) : null}
      </div>
    </aside>
  );
}

/** Any day of the kept year, today first: the check-in for it, to add or change its entry. */
function EditDay({ page, now }: { page: PainDiaryPage; now: number }) {
  const today = localDayKey(now);
  const [date, setDate] = useState(today);
  const box = useRef<HTMLDivElement>(null);
  const entry =
    (page.data && Object.hasOwn(page.data.diary, date) ? page.data.diary[date] : null) ?? null;
  // Opened from the daily prompt: straight to today's question.
  useEffect(() => {
    if (location.hash !== `#${CHECK_IN_ID}`) return;
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked, input')?.focus();
  }, []);
  const question =
    date === today
      ? t('diary_checkin_question')
      : t(
          'diary_checkin_question_day',
          formatDate(dayKeyToDate(date), { weekday: 'long', day: 'numeric', month: 'long' }),
        );
  return (
    <div class="pain-part" id={CHECK_IN_ID} ref={box}>
      <h3 id="pain-edit-heading">{t('diary_edit_heading')}</h3>
      <div class="field pain-day">
        <label for="pain-day">{t('diary_edit_day')}</label>
        <input
          id="pain-day"
          type="date"
          value={date}
          min={oldestKeptDay(now)}
          max={today}
          aria-describedby="pain-day-help"
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value >= oldestKeptDay(now) && value <= today) setDate(value);
          }}
        />
        <p class="history-note" id="pain-day-help">
          {t('diary_edit_help')}
        </p>
      </div>
      <PainCheckIn
        question={question}
        entry={entry}
        onSave={(pain, tags) => page.save(date, pain, tags)}
      />
    </div>
  );
}

interface PainSectionProps {
  page: PainDiaryPage;
  /** The history's days, with today's running session. */
  days: Readonly<Record<string, DayTotals>>;
  now: number;
}

/**
 * The pain diary on the history page (issue 19): pain beside time sat and breaks for 7, 30 or 90
 * days (chart and table), the plain comparison when there are enough days, the week's suggestion,
 * any day's entry to add or change, and the diary's CSV and appointment page.
 */
export function PainSection({ page, days, now }: PainSectionProps) {
  const [range, setRange] = useState<DiaryRange>(30);
  const [message, setMessage] = useState('');
  if (page.error) {
    return (
      <section aria-labelledby="pain-heading" id="pain">
        <h2 id="pain-heading">{t('diary_heading')}</h2>
        <p role="alert">{t('diary_save_failed', page.error)}</p>
      </section>
    );
  }
  // Read after the page's first render (usePainDiary): marked busy until then, so nothing waiting
  // for the page to settle (a screenshot, a test) takes it without its diary.
  if (!page.data) return <div class="pain-loading" aria-busy="true" />;
  // Not allowed by the organisation: no diary on the page, its stored entries kept as they are.
  if (!page.data.allowed) return null;
  const { diary, on, region, shown } = page.data;
  const hasEntries = Object.keys(diary).length > 0;
  if (!on && !hasEntries) {
    return (
      <section aria-labelledby="pain-heading" id="pain">
        <h2 id="pain-heading">{t('diary_heading')}</h2>
        <p class="history-note">
          {t('diary_off')} <a href="/options.html#diary">{t('diary_off_link')}</a>
        </p>
      </section>
    );
  }

  const series = painSeries(diary, days, now, range);
  const painDays = series.filter((d) => d.pain !== null);
  const average = painDays.reduce((sum, d) => sum + (d.pain ?? 0), 0) / (painDays.length || 1);
  const summary = breaksPainSummary(series);
  const every = range === 7 ? 1 : range === 30 ? 5 : 15;
  const today = localDayKey(now);

  const exportCsv = () => {
    const all = painSeries(diary, days, now, 366);
    const name = diaryCsvFileName(today);
    downloadText(diaryCsv(all), name, 'text/csv;charset=utf-8');
    const count = all.filter((d) => d.pain !== null).length;
    setMessage(tn('diary_csv_saved', count, name));
  };

  return (
    <section aria-labelledby="pain-heading" id="pain" class="pain-section">
      <h2 id="pain-heading">{t('diary_heading')}</h2>
      <p class="history-note">{t('diary_lede')}</p>
      {shown ? <Suggestion kind={shown} region={region} /> : null}
      <RangeChoice range={range} onChange={setRange} />
      <PainChart
        title={tn('diary_chart_title', range)}
        summary={
          painDays.length > 0
            ? t(
                'diary_chart_summary',
                formatNumber(painDays.length),
                formatNumber(range),
                oneDecimal(average),
              )
            : t('diary_chart_none')
        }
        days={series.map((d, i) => ({
          label: (series.length - 1 - i) % every === 0 ? axisLabel(d.day, range) : '',
          pain: d.pain,
          satHours: d.satMs / HOUR,
        }))}
        painName={t('diary_series_pain')}
        satName={t('diary_series_sat')}
        formatHours={(hours) => formatDuration(hours * HOUR)}
      />
      {summary ? (
        <div class="pain-part">
          <h3 id="pain-summary-heading">{t('diary_summary_heading')}</h3>
          <p class="pain-summary">
            {t('diary_summary', oneDecimal(summary.mostAverage), oneDecimal(summary.otherAverage))}
          </p>
          <p class="history-note">{t('diary_summary_note')}</p>
        </div>
      ) : null}
      <div class="pain-part">
        <h3 id="pain-table-heading">{t('diary_table_heading')}</h3>
        <PainTable caption={tn('diary_table_caption', range)} days={series} dayName={dayName} />
      </div>
      <EditDay page={page} now={now} />
      <div class="pain-part">
        <h3 id="pain-data-heading">{t('diary_data_heading')}</h3>
        <p class="history-note">{t('diary_privacy')}</p>
        <div class="history-actions">
          <button type="button" onClick={exportCsv} disabled={!hasEntries}>
            {t('diary_csv_button')}
          </button>
          <a
            class="pain-appointment-link"
            href="/appointment.html"
            target="_blank"
            rel="noreferrer"
          >
            {t('diary_appointment_link')}
          </a>
        </div>
        <p role="status" class="history-status">
          {message}
        </p>
      </div>
    </section>
  );
}
