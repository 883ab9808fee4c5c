import type { BreakRecord } from '@/lib/session/state';
import { parseRecords } from './records';

/**
 * What to keep of dated data (the per-day history, the raw break records) when the clock may be
 * wrong. Storage stays bounded by dropping what is older than a window; but measured from `now`,
 * one save under a clock set far ahead (by hand, or by a faulty battery or time server) would
 * drop everything, and what it dated would stay ahead of the right clock once it came back.
 *
 * So the window is measured from the data's own present, not from the clock: the `quorum`-th
 * newest day with entries, not counting entries dated ahead of the clock. A few days saved
 * under a wrong clock (fewer than the quorum) cannot move it, in either direction; a real
 * absence, however long, moves it after `quorum` days of use. The window thus holds at most
 * its own length plus `quorum` days of use, and nothing is dropped while there are fewer.
 *
 * Entries dated more than `AHEAD_DAYS` ahead of the clock were dated by a clock that was wrong
 * (or this one is): while they are fewer days than the rest, they come back to now, so none is
 * lost and none stays in the future, where no window would ever drop it. When they are the
 * most (this clock is set back years), they are left as they are. Pure: the clock is a parameter.
 */

/**
 * How far ahead of the clock an entry may be dated and still be left where it is, to be reached
 * in due course: the clock may be the one that is wrong (set back by hand for a while), and a
 * flight across time zones moves a local day by up to two calendar days.
 */
export const AHEAD_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;

/** Days of use that make the raw records' present (see above). */
export const RECORD_QUORUM_DAYS = 7;

/**
 * Adds `added` to the stored raw records (anything malformed in them is dropped, by the records'
 * one check in ./records.ts), then drops
 * those more than `keepMs` older than the records' present (counted in days, as above) and brings
 * records dated more than `AHEAD_DAYS` ahead back to `now`, keeping their span. `cap` bounds a
 * runaway: the earliest written go first.
 */
export function keepRecords(
  existing: unknown,
  added: readonly BreakRecord[],
  now: number,
  { keepMs, cap }: { keepMs: number; cap: number },
): BreakRecord[] {
  const all = [...parseRecords(existing), ...added];
  const latest = now + AHEAD_DAYS * DAY_MS;
  const placed = new Set<number>();
  const ahead = new Set<number>();
  for (const r of all) (r.at > latest ? ahead : placed).add(Math.floor(r.at / DAY_MS));
  const present = [...placed].sort((a, b) => b - a)[RECORD_QUORUM_DAYS - 1];
  const from = present === undefined ? 0 : present * DAY_MS - keepMs;
  const back = ahead.size < placed.size;
  const kept = all.flatMap((r): BreakRecord[] => {
    if (r.at > latest) {
      if (!back) return [r];
      const by = r.at - now;
      return [
        r.type === 'sat' ? { ...r, at: now, startedAt: r.startedAt - by } : { ...r, at: now },
      ];
    }
    return r.at < from ? [] : [r];
  });
  return kept.slice(Math.max(0, kept.length - cap));
}
