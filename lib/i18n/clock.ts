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
 * Pure: the moment is a parameter. Learning a style (./clock-learn.ts) is loaded only when a
 * page has none to learn one.
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
