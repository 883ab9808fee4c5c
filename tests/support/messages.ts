import { DEFAULT_LOCALE, type Locale, substitute } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';

const catalogs = readCatalogs();

/** `getMessage` as the browsers answer it from the built `_locales`, for one language. */
export function messagesOf(locale: () => Locale) {
  return (name: string, substitutions?: string | (string | number)[]): string => {
    if (name === '@@bidi_dir') return 'ltr';
    if (name === '@@ui_locale') return locale();
    const text = catalogs[locale()][name] ?? catalogs[DEFAULT_LOCALE][name];
    if (text === undefined) return '';
    const list = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return substitute(text, list.map(String));
  };
}
