import { useEffect, useState } from 'preact/hooks';
import { endFlare, FLARE_OFF, type FlareState, parseFlare, startFlare } from '@/lib/flare/state';
import { FLARE_KEY } from '@/lib/storage/items';
import { type PageData, saveValue } from './page-data';

/**
 * Flare mode as a page sees and changes it. A page reads the stored state with its first read
 * (`more: [FLARE_KEY]`, ./page-data.ts) and follows its changes from there; the worker hears the
 * same change and reschedules (entrypoints/background/index.ts). Written as lib/storage's
 * flareItem stores it: the value as it is, no version.
 */

/** The stored flare state, checked against the clock at `now`. */
export function readFlare(data: PageData | undefined, now: number): FlareState {
  return data?.loaded() ? parseFlare(data.value(FLARE_KEY), now) : FLARE_OFF;
}

/**
 * The flare state, followed while the page is open. A flare that runs out while the page is open
 * reads as ended on the next render after its end (`now` from the page's clock).
 */
export function useFlare(data: PageData | undefined, now: number): FlareState {
  const [stored, setStored] = useState<unknown>(() => data?.value(FLARE_KEY));
  useEffect(() => {
    if (!data) return;
    setStored(data.value(FLARE_KEY));
    return data.watch((keys) => {
      if (keys.has(FLARE_KEY)) setStored(data.value(FLARE_KEY));
    });
  }, [data]);
  return parseFlare(stored, now);
}

function report(error: unknown): void {
  console.error('Limber: could not change flare mode', error);
}

/** Turns flare mode on from now, for the user's `flareDays`. */
export function turnFlareOn(days: number): void {
  saveValue(FLARE_KEY, startFlare(Date.now(), days)).catch(report);
}

/** Ends flare mode by hand, now. */
export function turnFlareOff(flare: FlareState): void {
  saveValue(FLARE_KEY, endFlare(flare, Date.now())).catch(report);
}
