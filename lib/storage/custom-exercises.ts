import { browser } from 'wxt/browser';
import { type CustomExercise, parseCustomExercises } from '@/lib/content/custom-exercises';
import { customExercisesPlaceItem, type SettingsPlace } from './items';

/**
 * Where the user's own exercises live: in `storage.sync` beside the settings, so a physio's
 * programme follows the person, as the list cut into pages (`myExercises-0`, ...) each under
 * sync's 8,192 bytes an item; a full list of 30 long exercises takes a few pages. When sync
 * refuses a save (full, too many writes, off) the list is kept in `storage.local` under the same
 * keys and `customExercisesPlaceItem` says why, as with the settings (./settings.ts); the next
 * save that sync takes moves it back. Every read checks each exercise (a bad one is dropped).
 */

export const PAGE_PREFIX = 'myExercises-';
/** Under sync's 8,192 bytes an item, with room for the key. */
export const PAGE_BYTES = 7_900;

type Area = 'sync' | 'local';

function storageArea(name: Area) {
  const area = browser.storage[name];
  if (!area) throw Error(`browser.storage.${name} is not available`);
  return area;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The list cut into pages, each under PAGE_BYTES as JSON; one exercise is never split. */
export function toPages(list: readonly CustomExercise[]): CustomExercise[][] {
  const pages: CustomExercise[][] = [];
  let page: CustomExercise[] = [];
  let size = 2;
  for (const exercise of list) {
    const add = bytes(JSON.stringify(exercise)) + 1;
    if (page.length > 0 && size + add > PAGE_BYTES) {
      pages.push(page);
      page = [];
      size = 2;
    }
    page.push(exercise);
    size += add;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

const pageIndex = (key: string) =>
  key.startsWith(PAGE_PREFIX) && /^\d+$/.test(key.slice(PAGE_PREFIX.length))
    ? Number(key.slice(PAGE_PREFIX.length))
    : null;

/** Every page an area holds, in order, or null when it holds none (or cannot be read). */
async function readPages(name: Area): Promise<unknown[] | null> {
  let stored: Record<string, unknown>;
  try {
    stored = await storageArea(name).get(null);
  } catch {
    return null;
  }
  const pages = Object.entries(stored)
    .map(([key, value]) => [pageIndex(key), value] as const)
    .filter((entry): entry is readonly [number, unknown] => entry[0] !== null)
    .sort((a, b) => a[0] - b[0]);
  if (pages.length === 0) return null;
  return pages.flatMap(([, value]) => (Array.isArray(value) ? value : []));
}

/** The list, from the copy in use (this computer's while sync refuses it, else the synced one). */
export async function readCustomExercises(): Promise<CustomExercise[]> {
  const place = await customExercisesPlaceItem.getValue();
  const local = place.area === 'local' ? await readPages('local') : null;
  return parseCustomExercises(local ?? (await readPages('sync')) ?? []);
}

async function writePages(name: Area, list: readonly CustomExercise[]): Promise<void> {
  const area = storageArea(name);
  const pages = toPages(list);
  // One write for all pages, then the pages the shorter list no longer needs.
  const set = Object.fromEntries(pages.map((page, i) => [`${PAGE_PREFIX}${i}`, page]));
  if (pages.length > 0) await area.set(set);
  const stale = Object.keys(await area.get(null)).filter(
    (key) => (pageIndex(key) ?? -1) >= pages.length,
  );
  if (stale.length > 0) await area.remove(stale);
}

/**
 * Saves the whole list and says where it went. Refuses (throws) a list with any exercise that is
 * not valid, a repeated id, or more than the limit, so nothing half-checked is ever stored.
 */
export async function saveCustomExercises(list: readonly CustomExercise[]): Promise<SettingsPlace> {
  const clean = parseCustomExercises(list);
  if (clean.length !== list.length || JSON.stringify(clean) !== JSON.stringify(list)) {
    throw new Error('Invalid exercises not saved');
  }
  try {
    await writePages('sync', clean);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place: SettingsPlace = {
      area: 'local',
      reason: /quota/i.test(message) ? 'quota' : 'unavailable',
    };
    await writePages('local', clean);
    await customExercisesPlaceItem.setValue(place);
    return place;
  }
  if ((await customExercisesPlaceItem.getValue()).area !== 'sync') {
    await writePages('local', []);
    await customExercisesPlaceItem.removeValue();
  }
  return { area: 'sync' };
}
