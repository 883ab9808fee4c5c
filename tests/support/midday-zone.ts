/**
 * A fixed-offset time zone in which `now` falls at about midday, for the real-browser suites.
 *
 * Their tests seed sessions "started 10 (or 30) minutes ago" and read today's figures. Run just
 * after local midnight, part of such a session rightly belongs to yesterday, and a test about
 * something else fails for half an hour a day. The day split itself is tested on a fake clock
 * (tests/lib/history/aggregate.test.ts); the browser suites run where the day is nowhere near its end. The browsers
 * they launch inherit the zone through TZ.
 */
export function middayZone(now: Date): string {
  // Etc/GMT names count the other way round: Etc/GMT-3 is three hours ahead of UTC.
  const ahead = 12 - now.getUTCHours();
  if (ahead === 0) return 'UTC';
  return ahead > 0 ? `Etc/GMT-${ahead}` : `Etc/GMT+${-ahead}`;
}
