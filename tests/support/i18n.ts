/**
 * Serves the real message catalog through the fake browser, as the browsers serve
 * `_locales/<locale>/messages.json`: unit and component tests see the English text by default,
 * and a test can switch language with `useTestLocale`.
 */
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/catalog';
import { messagesOf } from './messages';

let current: Locale = DEFAULT_LOCALE;

/** Shows the catalog of `locale` until the test ends. */
export function useTestLocale(locale: Locale): void {
  current = locale;
}

afterEach(() => {
  current = DEFAULT_LOCALE;
});

fakeBrowser.i18n.getMessage = messagesOf(() => current);
// The browser's own language, as Chromium reports it when started with `--lang=<locale>`.
fakeBrowser.i18n.getUILanguage = () => current;
