/**
 * Local calendar days as 'YYYY-MM-DD' keys. A key is computed once, in the zone the browser is in
 * at that moment, and stored as text: a later daylight-saving change or a move to another time
 * zone never moves a day that is already recorded. Day arithmetic goes through the calendar
 * (year, month, day), never through 24-hour steps, which are wrong on the two DST days a year.
 */

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOfDate(date: Date): DayKey {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `at` falls on. */
export function localDayKey(at: number): DayKey {
  return keyOfDate(new Date(at));
}

/** Whether `value` is a well-formed key of a real calendar day. */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const match = DAY_KEY.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d, 12);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Local noon of a day: a moment safely inside it, for formatting its name. */
export function dayKeyToDate(key: DayKey): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** The key `offset` calendar days after (or before, if negative) `key`. */
export function addDays(key: DayKey, offset: number): DayKey {
  const date = dayKeyToDate(key);
  return keyOfDate(new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset, 12));
}

/** The first moment of the local day after the one `at` falls on. */
export function nextLocalMidnight(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** The `count` local days ending with the day of `now`, oldest first. */
export function lastDays(now: number, count: number): DayKey[] {
  const today = localDayKey(now);
  return Array.from({ length: count }, (_, i) => addDays(today, i - (count - 1)));
}

/** The oldest day kept: the same calendar day a year before `now`'s day. */
export function oldestKeptDay(now: number): DayKey {
  const date = new Date(now);
  return keyOfDate(new Date(date.getFullYear() - 1, date.getMonth(), date.getDate(), 12));
}
