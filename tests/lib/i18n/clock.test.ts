import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_OPTIONS, type ClockStyle, formatClockIn, parseClockStyle } from '@/lib/i18n/clock';
import { learnClockStyle, learnUserClockStyle } from '@/lib/i18n/clock-learn';
import { adoptClockStyle, clockStyleOwner, formatDate, formatTime } from '@/lib/i18n/t';

const MIN = 60_000;

/** The four languages, and regions of each whose clocks differ (12 or 24 hours, "p. m.", "h"). */
const LOCALES = [
  'en',
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IN',
  'es',
  'es-MX',
  'es-AR',
  'es-US',
  'de',
  'de-AT',
  'de-CH',
  'fr',
  'fr-CA',
  'fr-CH',
  'fr-BE',
];

/** Every minute of a winter day and of a summer day, in this computer's time zone. */
const MINUTES = [new Date(2026, 0, 20).getTime(), new Date(2026, 6, 20).getTime()].flatMap((day) =>
  Array.from({ length: 24 * 60 }, (_, i) => day + i * MIN),
);

function learnt(locale: string): { style: ClockStyle; format: Intl.DateTimeFormat } {
  const format = new Intl.DateTimeFormat(locale, CLOCK_OPTIONS);
  const style = learnClockStyle((at) => format.format(at), locale);
  if (!style) throw new Error(`no clock style learnt for ${locale}`);
  return { style, format };
}

describe('a learnt clock style', () => {
  it.each(LOCALES)('writes every minute of the day as Intl does in %s', (locale) => {
    const { style, format } = learnt(locale);
    const wrong = MINUTES.filter((at) => formatClockIn(style, at) !== format.format(at));
    expect(wrong.map((at) => [new Date(at).toString(), formatClockIn(style, at)])).toEqual([]);
  });

  it('learns nothing from times whose minutes are not two Latin digits', () => {
    const minutes = (at: Date) => String(at.getMinutes());
    expect(learnClockStyle((at) => `9:${minutes(at).padStart(2, '0')}`, 'x')?.hours[9]).toEqual([
      '9:',
      '',
    ]);
    // "9:7": one digit.
    expect(learnClockStyle((at) => `9:${minutes(at)}`, 'x')).toBeNull();
    // Other digits than 0-9.
    expect(learnClockStyle(() => '٩:٥٩', 'ar')).toBeNull();
    // "59" twice: which is the minutes cannot be told.
    expect(learnClockStyle((at) => `59 ${minutes(at).padStart(2, '0')}`, 'x')).toBeNull();
    // Text that changes with the minutes.
    expect(
      learnClockStyle((at) => `${minutes(at).padStart(2, '0')} ${minutes(at)}`, 'x'),
    ).toBeNull();
  });

  it('is read back as stored, and anything else stored is none', () => {
    const { style } = learnt('fr-CA');
    expect(parseClockStyle(JSON.parse(JSON.stringify(style)))).toEqual(style);
    const hours = style.hours;
    for (const junk of [
      null,
      undefined,
      'fr',
      42,
      [],
      {},
      { owner: 'fr', hours: hours.slice(1) },
      { owner: 3, hours },
      { owner: 'fr', hours: [...hours.slice(1), ['a']] },
      { owner: 'fr', hours: [...hours.slice(1), ['a', 2]] },
      { owner: 'fr', hours: [...hours.slice(1), ['a', 'b'.repeat(41)]] },
    ]) {
      expect(parseClockStyle(junk), JSON.stringify(junk)).toBeNull();
    }
  });
});

describe('formatTime', () => {
  afterEach(() => adoptClockStyle(null));
  const at = new Date(2026, 0, 20, 14, 5).getTime();
  const marked: ClockStyle = {
    owner: '',
    hours: Array.from({ length: 24 }, (_, hour): [string, string] => [`<${hour}|`, '>']),
  };

  it('writes times with Intl until a style is adopted', () => {
    expect(formatTime(at)).toBe(formatDate(at, CLOCK_OPTIONS));
    expect(formatTime(at)).toBe('2:05 PM');
  });

  it('writes them from a style learnt for this language and browser', () => {
    expect(adoptClockStyle({ ...marked, owner: clockStyleOwner() })).toBe(true);
    expect(formatTime(at)).toBe('<14|05>');
  });

  it('keeps Intl for a style learnt for another language or browser', () => {
    expect(adoptClockStyle({ ...marked, owner: `${clockStyleOwner()} other` })).toBe(false);
    expect(formatTime(at)).toBe('2:05 PM');
    expect(adoptClockStyle(null)).toBe(false);
  });

  it('learns the style of the user’s language, for this language and browser', () => {
    const style = learnUserClockStyle();
    expect(style?.owner).toBe(clockStyleOwner());
    expect(style?.hours[14]?.[0]).toBe('2:');
    expect(style?.hours[14]?.[1]).toMatch(/^\sPM$/);
    expect(adoptClockStyle(style)).toBe(true);
    expect(formatTime(at)).toBe(formatDate(at, CLOCK_OPTIONS));
  });
});
