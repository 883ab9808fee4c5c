import { useId } from 'preact/hooks';
import { type FlareState, flareActive } from '@/lib/flare/state';
import { formatDate, t, tn } from '@/lib/i18n/t';
import './FlareCard.css';

interface FlareProps {
  flare: FlareState;
  /** How long a flare lasts, from the settings (`flareDays`). */
  days: number;
  now: number;
  /** Turns flare mode on for `days` (the page stores it: lib/pages/flare.ts `turnFlareOn`). */
  onStart: () => void;
}

/** When flare mode ends, as a day: "Tue, 10 Mar". */
function endText(until: number): string {
  return formatDate(until, { weekday: 'short', day: 'numeric', month: 'short' });
}

/**
 * Flare mode in the popup: while on, that it is and until when, with "End flare mode"; while off,
 * the one button that turns it on ("My back hurts now"). The worker follows the stored change.
 */
export function FlareCard({
  flare,
  days,
  now,
  onStart,
  onEnd,
}: FlareProps & { onEnd: () => void }) {
  const id = useId();
  if (!flareActive(flare, now)) {
    return (
      <div class="flare flare-off">
        <button type="button" class="flare-start" aria-describedby={id} onClick={onStart}>
          {t('flare_start')}
        </button>
        <p id={id} class="flare-help">
          {t('flare_start_help', tn('settings_days', days))}
        </p>
      </div>
    );
  }
  return (
    <section class="flare flare-on" aria-labelledby={id}>
      <div>
        <h2 id={id} class="flare-title">
          {t('flare_on_title')}
        </h2>
        <p class="flare-help">{t('flare_on_until', endText(flare.until))}</p>
      </div>
      <button type="button" onClick={onEnd}>
        {t('flare_end')}
      </button>
    </section>
  );
}

/**
 * The offer of flare mode where the user has just said their back hurts (the pain diary's check-in,
 * at 5 or more): nothing while flare mode is already on.
 */
export function FlareOffer({ flare, days, now, onStart }: FlareProps) {
  const id = useId();
  if (flareActive(flare, now)) return null;
  return (
    <div class="flare flare-offer">
      <p id={id} class="flare-help">
        {t('flare_offer_text', tn('settings_days', days))}
      </p>
      <button type="button" aria-describedby={id} onClick={onStart}>
        {t('flare_offer_button')}
      </button>
    </div>
  );
}
