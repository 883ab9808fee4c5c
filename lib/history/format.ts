const MINUTE = 60_000;

/** Whole minutes, rounded to the nearest: the unit of the table, the chart and the export. */
export function wholeMinutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

/** A duration for reading: "under a minute", "45 min", "1 h", "2 h 5 min". */
export function formatDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes === 0) return ms > 0 ? 'under a minute' : '0 min';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "1 break", "3 breaks". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
