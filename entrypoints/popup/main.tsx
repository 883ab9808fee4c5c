// First: starts the storage read while the rest of the popup's code is evaluated (./data.ts).
import './data';
import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { parseClockStyle } from '@/lib/i18n/clock';
import { adoptClockStyle, localizePage, t } from '@/lib/i18n/t';
import { saveValue } from '@/lib/pages/page-data';
import { CLOCK_STYLE_KEY } from '@/lib/storage/items';
import { App } from './App';
import { data } from './data';

localizePage(t('common_page_popup'));

/**
 * Learns how the user's language writes clock times and keeps it, so the next popup writes the
 * next break's time without making a formatter, the costliest thing a first render did (see
 * lib/i18n/clock.ts). Once the popup has shown itself, when the browser is idle.
 */
function rememberClockStyle(): void {
  const learn = () => {
    import('./later')
      .then(({ learnUserClockStyle }) => {
        const style = learnUserClockStyle();
        if (style) return saveValue(CLOCK_STYLE_KEY, style);
      })
      .catch((error: unknown) => {
        console.warn('Limber: could not keep the clock style', error);
      });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(learn, { timeout: 1_000 });
  else setTimeout(learn, 500);
}

const root = document.getElementById('app');
void data.ready.then(() => {
  const known = adoptClockStyle(parseClockStyle(data.value(CLOCK_STYLE_KEY)));
  if (root) render(<App data={data} />, root);
  if (!known) rememberClockStyle();
});
