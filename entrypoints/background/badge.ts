import { formatDate, t } from '@/lib/i18n/t';
import { type IconState, toolbarIcon } from '@/lib/icons';
import type { BadgeModel } from '@/lib/session/state';
import { formatClock } from '@/lib/time/format';

/** The toolbar badge as the browser shows it. */
export interface Badge {
  text: string;
  color: string;
  title: string;
  /** The toolbar icon of the state, a PNG path for each size (lib/icons.ts). */
  icon: Record<string, string>;
}

/**
 * The light theme's state colours (--state-* in components/base.css; a test keeps them equal):
 * the badge sits on the toolbar whatever the page theme, and white text keeps 4.5:1 on each.
 */
const SITTING = '#0f766e';
const DUE = '#a04a07';
const BREAK = '#1d4ed8';
const PAUSED = '#5b6573';
const FLARE = '#9f1f63';

const icon = (state: IconState) => toolbarIcon(state);

/**
 * The engine's badge in the user's words and Limber's colours. With the badge turned off
 * (`showBadge` false) its text is empty, except while paused: a pause that goes unnoticed is a
 * pause never ended. The tooltip always says it in full.
 */
export function renderBadge(
  badge: BadgeModel,
  showBadge: boolean,
  flareUntil: number | null = null,
): Badge {
  const normal = stateBadge(badge, showBadge);
  return flareUntil === null ? normal : inFlare(badge, normal, flareUntil);
}

/**
 * Flare mode on the toolbar: while the user sits (or is away), its own icon and colour, and
 * every state's tooltip says it is on and until when. A break due, on, or a pause keep their own
 * icons: what to do now matters more.
 */
function inFlare(badge: BadgeModel, normal: Badge, until: number): Badge {
  const sitting = badge.kind === 'sitting' || badge.kind === 'away';
  const end = formatDate(until, { weekday: 'short', day: 'numeric', month: 'short' });
  return {
    ...normal,
    // Away keeps its grey: the count is on hold.
    ...(badge.kind === 'sitting' ? { color: FLARE } : {}),
    ...(sitting ? { icon: icon('flare') } : {}),
    title: t('badge_title_flare', normal.title, end),
  };
}

function stateBadge(badge: BadgeModel, showBadge: boolean): Badge {
  const shown = (text: string) => (showBadge ? text : '');
  switch (badge.kind) {
    case 'sitting':
      return {
        // At a sit-stand desk, standing: an arrow up on the minutes, and the mode in the tooltip.
        text: shown(
          t(badge.standing === undefined ? 'badge_minutes' : 'stand_badge', badge.minutes),
        ),
        color: SITTING,
        title:
          badge.standing === undefined
            ? t('badge_title_sitting', badge.minutes)
            : t('stand_badge_title', badge.standing, badge.minutes),
        icon: icon('sitting'),
      };
    case 'away':
      return {
        text: shown(t('badge_minutes', badge.minutes)),
        color: PAUSED,
        title: t('badge_title_away', badge.minutes),
        // The count is on hold, not stopped: the sitting icon, in the badge's grey.
        icon: icon('sitting'),
      };
    case 'due':
      return {
        text: shown(t('badge_due')),
        color: DUE,
        title: t('badge_title_due'),
        icon: icon('due'),
      };
    case 'snoozed':
      return {
        text: shown(t('badge_minutes', badge.minutes)),
        color: DUE,
        title: t('badge_title_snoozed', badge.minutes),
        icon: icon('due'),
      };
    case 'onBreak':
      return {
        text: shown(t('badge_on_break')),
        color: BREAK,
        title: t('badge_title_on_break', formatClock(badge.until)),
        icon: icon('break'),
      };
    case 'paused':
      return {
        text: t('badge_paused'),
        color: PAUSED,
        icon: icon('paused'),
        title:
          badge.until === null
            ? t('badge_title_paused')
            : t('badge_title_paused_until', formatClock(badge.until)),
      };
    case 'offHours':
      return {
        text: '',
        color: PAUSED,
        // No reminders until working hours: drawn as a pause, which is what it is for the user.
        icon: icon('paused'),
        title:
          badge.until === null
            ? t('badge_title_off_hours')
            : t('badge_title_off_hours_until', formatClock(badge.until)),
      };
  }
}
