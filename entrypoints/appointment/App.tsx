import { PainChart } from '@/components/PainChart';
import { PainTable } from '@/components/PainTable';
import { exerciseById, exerciseName } from '@/lib/content/exercises';
import { TAG_KEYS } from '@/lib/diary/csv';
import { PAIN_TAGS } from '@/lib/diary/entry';
import { type PainDay, painSeries } from '@/lib/diary/insights';
import { dayKeyToDate } from '@/lib/history/days';
import { formatDate, formatNumber, t, tn, uiLocale } from '@/lib/i18n/t';
import { formatDuration } from '@/lib/time/format';
import { HOUR } from '@/lib/time/units';
import { dayName } from '../history/names';
import type { AppointmentData, AppointmentLoad } from './useAppointment';

/** The weeks the page covers: about the six weeks after which "not better" is worth a visit. */
export const APPOINTMENT_WEEKS = 6;

const longDate = (day: string) =>
  formatDate(dayKeyToDate(day), { day: 'numeric', month: 'long', year: 'numeric' });
const oneDecimal = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

function PainFigures({ days }: { days: readonly PainDay[] }) {
  const pains = days.flatMap((d) => (d.pain === null ? [] : [d.pain]));
  if (pains.length === 0) return <p>{t('diary_appt_empty')}</p>;
  const average = pains.reduce((a, b) => a + b, 0) / pains.length;
  return (
    <p class="appt-figures">
      {t(
        'diary_appt_average',
        formatNumber(pains.length),
        oneDecimal(average),
        formatNumber(Math.max(...pains)),
        formatNumber(Math.min(...pains)),
      )}
    </p>
  );
}

function Tags({ days }: { days: readonly PainDay[] }) {
  return (
    <section aria-labelledby="appt-tags">
      <h2 id="appt-tags">{t('diary_appt_tags_heading')}</h2>
      <ul class="appt-tags">
        {PAIN_TAGS.map((tag) => (
          <li key={tag}>
            {t(TAG_KEYS[tag])}:{' '}
            {tn('diary_appt_tag_days', days.filter((d) => d.tags.includes(tag)).length)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Exercises({ data, days }: { data: AppointmentData; days: readonly PainDay[] }) {
  const from = days[0]?.day ?? '';
  const guided = Object.entries(data.history.days)
    .filter(([day]) => day >= from)
    .reduce((sum, [, totals]) => sum + totals.completed, 0);
  // The moves the break page showed are kept for a week only (lib/routine/recent.ts); a move of
  // the user's own is not in the library and is left out rather than named by its id.
  const moves = [...new Set(data.recent.map((r) => r.id))]
    .map((id) => exerciseById(id))
    .filter((move) => move !== undefined)
    .map((move) => exerciseName(move));
  const list = new Intl.ListFormat(uiLocale(), { type: 'conjunction' });
  return (
    <section aria-labelledby="appt-exercises">
      <h2 id="appt-exercises">{t('diary_appt_exercises_heading')}</h2>
      <p>{tn('diary_appt_guided', guided)}</p>
      <p>
        {moves.length > 0 ? t('diary_appt_moves', list.format(moves)) : t('diary_appt_no_moves')}
      </p>
    </section>
  );
}

/**
 * "For my appointment" (issue 19): the last weeks of the pain diary beside sitting and breaks, the
 * notes, the exercises done and the red-flag check's reminder, laid out to print (or save as PDF
 * from the print dialog) on plain paper.
 */
export function App({ load }: { load: AppointmentLoad }) {
  if (load.status !== 'ready') {
    return (
      <main class="appt" aria-busy={load.status === 'loading'}>
        <h1>{t('diary_appt_title')}</h1>
        {load.status === 'error' ? (
          <p role="alert">{t('diary_save_failed', load.message)}</p>
        ) : null}
      </main>
    );
  }
  const { data } = load;
  const days = painSeries(data.diary, data.history.days, data.now, APPOINTMENT_WEEKS * 7);
  const first = days[0]?.day ?? '';
  const last = days[days.length - 1]?.day ?? '';
  return (
    <main class="appt">
      <header class="appt-head">
        <h1>{t('diary_appt_title')}</h1>
        <button type="button" class="primary appt-print" onClick={() => window.print()}>
          {t('diary_appt_print')}
        </button>
      </header>
      <p>{t('diary_appt_lede', formatNumber(APPOINTMENT_WEEKS))}</p>
      <p>{t('diary_appt_period', longDate(first), longDate(last))}</p>
      <PainFigures days={days} />
      <PainChart
        title={tn('diary_chart_title', days.length)}
        summary={t('diary_appt_period', longDate(first), longDate(last))}
        days={days.map((d, i) => ({
          label: (days.length - 1 - i) % 7 === 0 ? dayName(d.day) : '',
          pain: d.pain,
          satHours: d.satMs / HOUR,
        }))}
        painName={t('diary_series_pain')}
        satName={t('diary_series_sat')}
        formatHours={(hours) => formatDuration(hours * HOUR)}
      />
      <Tags days={days} />
      <Exercises data={data} days={days} />
      <section aria-labelledby="appt-days">
        <h2 id="appt-days">{t('diary_table_heading')}</h2>
        <PainTable caption={tn('diary_table_caption', days.length)} days={days} dayName={dayName} />
      </section>
      <p class="appt-note">{t('diary_appt_red_flag_note')}</p>
      <p class="appt-note">{t('diary_appt_not_diagnosis')}</p>
    </main>
  );
}
