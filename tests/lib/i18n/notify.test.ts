import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TEXT_MAX, TIPS, tipKey } from '@/lib/content/tips';
import { LOCALES, placeholdersOf, substitute } from '@/lib/i18n/catalog';
import { readCatalogs, readFragments } from '@/lib/i18n/files';
import { NUMBER_BOUNDS } from '@/lib/settings/schema';

// A desktop notification shows about two lines, 100-110 characters, on macOS and Windows, and
// cuts off the rest: every message of the notify area must fit once its placeholders are filled
// with realistic values, the longest the settings and the tip library allow.

const catalogs = readCatalogs();
/** The longest number of minutes a notification can name: the longest break or snooze. */
const MOST_MINUTES = String(
  Math.max(NUMBER_BOUNDS.longBreakMinutes.max, NUMBER_BOUNDS.snoozeMinutes.max),
);
const sourceNames = [...new Set(TIPS.map((tip) => tip.source.name))];

describe.each(LOCALES)('the notification texts in %s', (locale) => {
  const notify = readFragments(locale).notify ?? {};
  const catalog = catalogs[locale];

  /** Every way a message of the notify area can be filled in, as the notification shows it. */
  function filled(key: string, text: string): string[] {
    if (key === 'notify_tip') {
      return TIPS.map((tip) =>
        substitute(text, [
          catalog[tipKey(tip.id, 'title')] ?? '',
          catalog[tipKey(tip.id, 'text')] ?? '',
        ]),
      );
    }
    if (key === 'notify_source') return sourceNames.map((name) => substitute(text, [name]));
    // Every other placeholder is a number of minutes.
    expect(
      placeholdersOf(text).filter((p) => p !== '$1'),
      key,
    ).toEqual([]);
    return [substitute(text, [MOST_MINUTES])];
  }

  it('has messages, the tip message among them', () => {
    expect(Object.keys(notify)).toContain('notify_tip');
    expect(Object.keys(notify)).toContain('notify_no_tip');
  });

  it(`fits every message in ${NOTIFICATION_TEXT_MAX} characters, placeholders filled in`, () => {
    const tooLong = Object.entries(notify).flatMap(([key, text]) =>
      filled(key, text)
        .filter((shown) => shown.length > NOTIFICATION_TEXT_MAX)
        .map((shown) => ({ key, length: shown.length, shown })),
    );
    expect(tooLong).toEqual([]);
  });

  it('fills the tip message with a whole tip, nothing left unfilled', () => {
    for (const shown of filled('notify_tip', notify.notify_tip ?? '')) {
      expect(shown).not.toMatch(/\$\d/);
      expect(shown).toMatch(/[.!?]$/);
    }
  });
});
