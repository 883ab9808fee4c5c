import { useId } from 'preact/hooks';
import type { TodaySummary } from '@/lib/history/today';
import { formatNumber, t } from '@/lib/i18n/t';
import { formatDuration } from '@/lib/time/format';
import './TodayStats.css';

interface TodayStatsProps {
  today: TodaySummary;
  /** Where the full history opens (a new tab); no link when absent. */
  historyHref?: string;
  /** The heading's level, to fit the page's outline (3 under a status heading, 2 beside it). */
  headingLevel?: 2 | 3;
}

/** Today's breaks and sitting (and standing, at a sit-stand desk) at a glance. */
export function TodayStats({ today, historyHref, headingLevel = 3 }: TodayStatsProps) {
  const uid = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section class="today" aria-labelledby={`${uid}-heading`}>
      <Heading id={`${uid}-heading`}>{t('popup_today_heading')}</Heading>
      <dl>
        <div>
          <dt>{t('popup_today_breaks_taken')}</dt>
          <dd>{formatNumber(today.breaksTaken)}</dd>
        </div>
        <div>
          <dt>{t('popup_today_natural_breaks')}</dt>
          <dd>{formatNumber(today.naturalBreaks)}</dd>
        </div>
        <div>
          <dt>{t('popup_today_time_sat')}</dt>
          <dd>{formatDuration(today.satMs)}</dd>
        </div>
        {today.stoodMs > 0 ? (
          <div>
            <dt>{t('stand_popup_today_stood')}</dt>
            <dd>{formatDuration(today.stoodMs)}</dd>
          </div>
        ) : null}
      </dl>
      {historyHref ? (
        <a class="today-history" href={historyHref} target="_blank" rel="noreferrer">
          {t('popup_today_history')}
        </a>
      ) : null}
    </section>
  );
}
