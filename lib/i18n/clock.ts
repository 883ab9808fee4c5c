/**
 * Clock times ("14:30", "2:30 PM", "14 h 30") written without `Intl`, from a style learnt from
 * `Intl` itself.
 *
 * Why: the first `Intl.DateTimeFormat` made in a browser process costs 15-25 ms in Chromium (V8
 * builds its list of the languages date formats exist for; measured in headless Chromium 156),
 * and each popup opens in a process of its own. The popup's first render shows when the next
 * break falls ("a 5-minute break at 14:30"), so that one formatter was the largest part of its
 * time. Instead, a page learns once how the user's language writes each hour, the popup keeps
 * that in storage (lib/storage/items.ts, `clockStyleItem`) and reads it with the rest of its
 * data, and times are written from it with no formatter at all.
 *
 * Pure: the formatter and the moment are parameters.
 */

/** The options every clock time is written with: the hour as the language writes it. */
export const CLOCK_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** How one language writes the time of day, learnt from its `Intl.DateTimeFormat`. */
export interface ClockStyle {
  /**
   * The language and browser it was learnt in (see `clockStyleOwner` in ./t.ts): a style learnt
   * for another language, or by another browser version (whose locale data may differ), is not
   * used.
   */
  owner: string;
  /** For each hour of the day, 0 to 23: the text before the two-digit minutes and after them. */
  hours: [before: string, after: string][];
}

/**
 * The clock style `format` writes, or null when its times are not "text, two-digit minutes,
 * text" in Latin digits (then `Intl` keeps writing them). Each hour is learnt from two times on an
 * ordinary January day: where ":59" puts the minutes, checked by ":07"; an hour that day lacks (a
 * clock change) learns nothing. Learnt from `format` itself, so a style writes exactly what it
 * does (whatever spaces the engine puts before "PM").
 */
export function learnClockStyle(format: (at: Date) => string, owner: string): ClockStyle | null {
  const hours: ClockStyle['hours'] = [];
  for (let hour = 0; hour < 24; hour++) {
    const late = new Date(2026, 0, 12, hour, 59);
    if (late.getHours() !== hour) return null;
    const text = format(late);
    const at = text.indexOf('59');
    if (at < 0 || text.indexOf('59', at + 1) >= 0) return null;
    const pair: [string, string] = [text.slice(0, at), text.slice(at + 2)];
    if (format(new Date(2026, 0, 12, hour, 7)) !== `${pair[0]}07${pair[1]}`) return null;
    hours.push(pair);
  }
  return { owner, hours };
}

/** The time of day at `at` (this computer's time zone), written in `style`. */
export function formatClockIn(style: ClockStyle, at: number): string {
  const date = new Date(at);
  const [before, after] = style.hours[date.getHours()] ?? ['', ''];
  return `${before}${String(date.getMinutes()).padStart(2, '0')}${after}`;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 40;

/** A stored clock style, checked part by part; anything else is none. */
export function parseClockStyle(stored: unknown): ClockStyle | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { owner, hours } = stored as Record<string, unknown>;
  if (typeof owner !== 'string' || !Array.isArray(hours) || hours.length !== 24) return null;
  const pairs = hours.filter(
    (pair): pair is [string, string] =>
      Array.isArray(pair) && pair.length === 2 && isText(pair[0]) && isText(pair[1]),
  );
  return pairs.length === 24 ? { owner, hours: pairs } : null;
}
