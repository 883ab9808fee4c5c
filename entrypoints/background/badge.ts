import { t } from '@/lib/i18n/t';
import type { BadgeModel } from '@/lib/session/state';
import { formatClock } from '@/lib/time/format';

/** The toolbar badge as the browser shows it. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

const TEAL = '#0f766e';
const GREY = '#52606d';
const AMBER = '#b45309';
const BLUE = '#1d4ed8';

/**
 * The engine's badge in the user's words and Limber's colours. With the badge turned off
 * (`showBadge` false) its text is empty, except while paused: a pause that goes unnoticed is a
 * pause never ended. The tooltip always says it in full.
 */
export function renderBadge(badge: BadgeModel, showBadge: boolean): Badge {
  const shown = (text: string) => (showBadge ? text : '');
  switch (badge.kind) {
    case 'sitting':
      return {
        text: shown(t('badge_minutes', badge.minutes)),
        color: TEAL,
        title: t('badge_title_sitting', badge.minutes),
      };
    case 'away':
      return {
        text: shown(t('badge_minutes', badge.minutes)),
        color: GREY,
        title: t('badge_title_away', badge.minutes),
      };
    case 'due':
      return { text: shown(t('badge_due')), color: AMBER, title: t('badge_title_due') };
    case 'snoozed':
      return {
        text: shown(t('badge_minutes', badge.minutes)),
        color: AMBER,
        title: t('badge_title_snoozed', badge.minutes),
      };
    case 'onBreak':
      return {
        text: shown(t('badge_on_break')),
        color: BLUE,
        title: t('badge_title_on_break', formatClock(badge.until)),
      };
    case 'paused':
      return {
        text: t('badge_paused'),
        color: GREY,
        title:
          badge.until === null
            ? t('badge_title_paused')
            : t('badge_title_paused_until', formatClock(badge.until)),
      };
    case 'offHours':
      return {
        text: '',
        color: GREY,
        title:
          badge.until === null
            ? t('badge_title_off_hours')
            : t('badge_title_off_hours_until', formatClock(badge.until)),
      };
  }
}
