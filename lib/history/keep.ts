import type { BreakRecord } from '@/lib/session/state';

/**
 * What to keep of dated data (the per-day history, the raw break records) when the clock may be
 * wrong. Storage stays bounded by dropping what is older than a window before `now`; but a clock
 * set far ahead (by hand, or by a faulty battery or time server) would then drop everything,
 * and whatever it dated would stay ahead of the right clock once it came back.
 *
 * So the clock is believed only when it agrees with the data, counted in days with entries:
 * those inside its window must at least match those it places ahead of itself plus those it
 * would drop. Only the first `quorum` days it would drop count, so that a genuinely long
 * absence is pruned after `quorum` days of use. A clock that does not agree prunes nothing;
 * one that does also brings entries dated ahead of it (from an earlier wrong clock) back to
 * now, so they are neither lost nor left in the future, where no window would ever drop them.
 * Pure: the clock is a parameter.
 */

/**
 * How far ahead of the clock an entry may be dated and still be left where it is, to be reached
 * in due course: the clock may be the one that is wrong (set back by hand for a while), and a
 * flight across time zones moves a local day by up to two calendar days. Further ahead, it was
 * dated by a wrong clock.
 */
export const AHEAD_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;

export interface Spread {
  /** Days with entries older than the window: what pruning would drop. */
  old: number;
  /** Days with entries inside the window. */
  inside: number;
  /** Days with entries dated ahead of the clock (beyond the slack). */
  ahead: number;
}

/** Whether the data backs the clock enough to prune against it (see above). */
export function clockAgrees({ old, inside, ahead }: Spread, quorum: number): boolean {
  return inside >= ahead + Math.min(old, quorum);
}

/** Where a time stands against the window `[from, to]`. */
const place = (at: number, from: number, to: number): keyof Spread =>
  at < from ? 'old' : at > to ? 'ahead' : 'inside';

/** Days of use under a new clock before it is believed over raw records it contradicts. */
export const RECORD_QUORUM_DAYS = 7;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Adds `added` to the stored raw records (anything malformed in them is dropped), then keeps
 * what the clock may prune away: records older than `keepMs` go only when the clock agrees
 * with the records (counted in days), and records dated more than `AHEAD_DAYS` ahead of
 * an agreeing clock are moved back to `now`, keeping their span. `cap` bounds a runaway: the
 * earliest written go first.
 */
export function keepRecords(
  existing: unknown,
  added: readonly BreakRecord[],
  now: number,
  { keepMs, cap }: { keepMs: number; cap: number },
): BreakRecord[] {
  const stored = Array.isArray(existing)
    ? (existing.filter(
        (r) => r && typeof r === 'object' && typeof r.type === 'string' && isTime(r.at),
      ) as BreakRecord[])
    : [];
  let all = [...stored, ...added];
  const from = now - keepMs;
  const to = now + AHEAD_DAYS * DAY_MS;
  const days = { old: new Set<number>(), inside: new Set<number>(), ahead: new Set<number>() };
  for (const r of all) days[place(r.at, from, to)].add(Math.floor(r.at / DAY_MS));
  const spread = { old: days.old.size, inside: days.inside.size, ahead: days.ahead.size };
  if (clockAgrees(spread, RECORD_QUORUM_DAYS)) {
    all = all.flatMap((r): BreakRecord[] => {
      if (r.at < from) return [];
      if (r.at <= to) return [r];
      const back = r.at - now;
      return [
        r.type === 'sat' ? { ...r, at: now, startedAt: r.startedAt - back } : { ...r, at: now },
      ];
    });
  }
  return all.slice(Math.max(0, all.length - cap));
}
