import { CLOCK_OPTIONS, type ClockStyle } from './clock';
import { clockStyleOwner, uiLocale } from './t';

/**
 * Learning how a language writes clock times (see ./clock.ts): needed only when a page has no
 * style kept for the user's language and browser, after it has shown itself, so it is a module
 * of its own that the popup loads then, out of its first render's script.
 */

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

/**
 * The clock style of the user's language, learnt from its formatter: costly in a fresh browser
 * process (./clock.ts), so a page asks for it only once it has shown itself. Null when its
 * times cannot be written from a style (they are then always written by `Intl`).
 */
export function learnUserClockStyle(): ClockStyle | null {
  const format = new Intl.DateTimeFormat(uiLocale(), CLOCK_OPTIONS);
  return learnClockStyle((at) => format.format(at), clockStyleOwner());
}
