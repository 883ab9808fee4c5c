import { useId } from 'preact/hooks';
import type { TodaySummary } from '@/lib/history/today';
import { formatDuration } from './time-format';
import './TodayStats.css';

interface TodayStatsProps {
  today: TodaySummary;
  /** Where the full history opens (a new tab); no link when absent. */
  historyHref?: string;
}

/** Today's breaks and sitting at a glance. */
export function TodayStats({ today, historyHref }: TodayStatsProps) {
  const uid = useId();
  return (
    <section class="today" aria-labelledby={`${uid}-heading`}>
      <h3 id={`${uid}-heading`}>Today</h3>
      <dl>
        <div>
          <dt>Breaks taken</dt>
          <dd>{today.breaksTaken}</dd>
        </div>
        <div>
          <dt>Natural breaks</dt>
          <dd>{today.naturalBreaks}</dd>
        </div>
        <div>
          <dt>Time sat</dt>
          <dd>{formatDuration(today.satMs)}</dd>
        </div>
      </dl>
      {historyHref ? (
        <a class="today-history" href={historyHref} target="_blank" rel="noreferrer">
          Your history and streaks
        </a>
      ) : null}
    </section>
  );
}
