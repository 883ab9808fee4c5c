import { browser } from 'wxt/browser';

/**
 * A small typed layer over `browser.storage`, in place of WXT's storage module (`wxt/utils/storage`),
 * which with its lock and deep-equal was about 3 kB gzip of the worker that starts every minute.
 * It keeps WXT's stored format exactly, so what earlier versions saved still reads and either
 * module can read what the other wrote:
 *
 * - an item `"area:key"` is the value under `key` in `browser.storage[area]`, stored as it is;
 *   writing `null` or `undefined` removes it;
 * - a versioned item keeps its metadata under `key$` as `{ v: version }`; a value without it is
 *   version 1. Migrations start when the item is defined (as a page or the worker loads) and every
 *   read and write waits for them; a failed migration is logged and the value is left as it is
 *   (readers validate every value anyway). The version is written with the first value saved
 *   where there was none;
 * - a value from a newer version (another device, through sync, runs a later Limber) is read as
 *   it is, with no error logged: it is expected, not a fault. An item defined with `keepNewer`
 *   never writes over it: `setValue` throws instead (its message holds `NEWER_VERSION`), so the
 *   newer data is never downgraded (WXT logs an error, then writes over it);
 * - `watch` hears changes made anywhere (another page, the worker, another device through sync),
 *   except writes that leave the value deeply equal to what it was.
 *
 * Only what Limber uses is here: no `init`, no snapshots, no metadata beyond the version.
 */

export type StorageAreaName = 'local' | 'session' | 'sync';
export type StorageKey = `${StorageAreaName}:${string}`;

type Migrations = Readonly<Record<number, (old: unknown) => unknown>>;

export interface ItemOptions<T> {
  /** What reads (and watchers) get while nothing is stored. */
  fallback?: T;
  /** The stored format's version, from 1; only items with `migrations` are versioned. */
  version?: number;
  /** How a value of version `n - 1` becomes version `n`, under key `n`. */
  migrations?: Migrations;
  /** Refuse (throw) rather than write over a value stored by a newer version. */
  keepNewer?: boolean;
}

export interface StorageItem<T> {
  readonly key: StorageKey;
  getValue(): Promise<T>;
  setValue(value: T | null): Promise<void>;
  removeValue(): Promise<void>;
  /** The item's metadata, such as `{ v: 2 }`; `{}` when there is none. */
  getMeta(): Promise<Record<string, unknown>>;
  /** Calls `onChange` with the new and old values on each change; returns how to stop. */
  watch(onChange: (newValue: T, oldValue: T) => void): () => void;
}

type Meta = Record<string, unknown>;

/** The message `setValue` throws instead of writing over a value stored by a newer version. */
export const NEWER_VERSION = 'Not saved over a newer version';

function area(name: string) {
  const found = browser.storage[name as StorageAreaName];
  if (!found) throw Error(`browser.storage.${name} is not available`);
  return found;
}

function split(key: StorageKey): [StorageAreaName, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as StorageAreaName, key.slice(at + 1)];
}

const asMeta = (value: unknown): Meta =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Meta) : {};

/** Deep equality of stored (JSON-like) values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Meta;
  const y = b as Meta;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k]))
  );
}

export function defineItem<T>(
  key: StorageKey,
  options: ItemOptions<T> & { fallback: T },
): StorageItem<T>;
export function defineItem<T>(key: StorageKey, options?: ItemOptions<T>): StorageItem<T | null>;
export function defineItem<T>(
  key: StorageKey,
  options: ItemOptions<T> = {},
): StorageItem<T | null> {
  const [areaName, name] = split(key);
  const metaName = `${name}$`;
  const { fallback = null, version = 1, migrations, keepNewer } = options;
  const orFallback = (value: unknown) => (value ?? fallback) as T | null;
  // Set when a versioned item has neither value nor version: the first save writes the version.
  let needsVersion = false;

  const migrate = async (): Promise<void> => {
    const stored = await area(areaName).get([name, metaName]);
    const value = stored[name] ?? null;
    const meta = stored[metaName] as Meta | undefined;
    needsVersion = value === null && meta?.v == null;
    if (value === null) return;
    const current = (meta?.v as number | undefined) ?? 1;
    // Newer than this version knows: left for that version; readers take what they understand.
    if (current > version) return;
    let migrated: unknown = value;
    for (let v = current + 1; v <= version; v++)
      migrated = (await migrations?.[v]?.(migrated)) ?? migrated;
    if (current < version) {
      await area(areaName).set({ [name]: migrated, [metaName]: { ...meta, v: version } });
    }
  };
  const ready: Promise<void> = migrations
    ? migrate().catch((error: unknown) => {
        console.error(`Limber storage: migration failed for ${key}`, error);
      })
    : Promise.resolve();

  const getMeta = async (): Promise<Meta> => asMeta((await area(areaName).get(metaName))[metaName]);

  return {
    key,
    getValue: async () => {
      await ready;
      return orFallback((await area(areaName).get(name))[name]);
    },
    setValue: async (value) => {
      await ready;
      // Checked at each write: another device may have synced a newer value since this loaded.
      if (keepNewer && ((await getMeta()).v as number) > version) {
        throw Error(NEWER_VERSION);
      }
      if (value == null) {
        await area(areaName).remove(name);
      } else if (needsVersion) {
        // One write, so no reader ever sees the value without its version.
        const meta = { ...(await getMeta()), v: version };
        await area(areaName).set({ [name]: value, [metaName]: meta });
        needsVersion = false;
      } else {
        await area(areaName).set({ [name]: value });
      }
    },
    removeValue: async () => {
      await ready;
      await area(areaName).remove(name);
    },
    getMeta: async () => {
      await ready;
      return getMeta();
    },
    watch: (onChange) => {
      const changes = area(areaName).onChanged;
      const listener = (all: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = all[name];
        if (change && !sameValue(change.newValue, change.oldValue)) {
          onChange(orFallback(change.newValue), orFallback(change.oldValue));
        }
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}

/** Removes the items' values (not their versions), one storage call per area. */
export async function removeItems(items: readonly StorageItem<unknown>[]): Promise<void> {
  const byArea: Record<string, string[]> = {};
  for (const item of items) {
    const [areaName, name] = split(item.key);
    byArea[areaName] = [...(byArea[areaName] ?? []), name];
  }
  await Promise.all(Object.entries(byArea).map(([name, keys]) => area(name).remove(keys)));
}

/** The same calls as WXT's `storage` object, for code written against it. */
export const storage = { defineItem, removeItems };
