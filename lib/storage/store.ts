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
 * Beyond WXT's: an item defined with `parse` reads every value through it (what is stored, or
 * undefined when nothing is), so `getValue` and `watch` only ever give a checked value; and
 * `setValues` writes several items (each item's `write`) in one storage call per area, so no
 * reader ever sees one of them written without the others. Limber's items are all defined, each
 * with its parse, in ./items.ts.
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

/**
 * Reads what storage holds under a key (undefined when nothing) as a valid value. `args` are the
 * reader's own (such as the clock to check a stored moment against); they must be optional, as
 * watchers call it with none.
 */
export type Parse<T, A extends unknown[] = []> = (stored: unknown, ...args: A) => T;

/**
 * A stored value: read as `T`, written as `W`; `A` are what `getValue` passes on to the item's
 * parse.
 */
export interface StorageItem<T, W = T, A extends unknown[] = []> {
  readonly key: StorageKey;
  getValue(...args: A): Promise<T>;
  setValue(value: W | null): Promise<void>;
  /**
   * What `setValue(value)` would write, to be written with other items' in one call by
   * `setValues`. Rejects as `setValue` would (a newer version's value is never written over).
   */
  write(value: W | null): Promise<ItemWrite>;
  /** As `setValue(null)`. */
  removeValue(): Promise<void>;
  /** The item's metadata, such as `{ v: 2 }`; `{}` when there is none. */
  getMeta(): Promise<Record<string, unknown>>;
  /** Calls `onChange` with the new and old values on each change; returns how to stop. */
  watch(onChange: (newValue: T, oldValue: T) => void): () => void;
}

type Meta = Record<string, unknown>;

/** One item's part of a write (see `setValues`): what to set, or remove, in its area. */
export interface ItemWrite {
  area: StorageAreaName;
  set: Record<string, unknown>;
  remove?: string;
  /** Notes that it was written. */
  done?: () => void;
}

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

export function defineItem<T, W = T, A extends unknown[] = []>(
  key: StorageKey,
  options: Omit<ItemOptions<W>, 'fallback'> & { parse: Parse<T, A> },
): StorageItem<T, W, A>;
export function defineItem<T>(
  key: StorageKey,
  options: ItemOptions<T> & { fallback: T },
): StorageItem<T>;
export function defineItem<T>(key: StorageKey, options?: ItemOptions<T>): StorageItem<T | null>;
export function defineItem<T>(
  key: StorageKey,
  options: ItemOptions<T> & { parse?: Parse<unknown, unknown[]> } = {},
): StorageItem<unknown, T, unknown[]> {
  const [areaName, name] = split(key);
  const metaName = `${name}$`;
  const { fallback = null, version = 1, migrations, keepNewer, parse } = options;
  const read: Parse<unknown, unknown[]> = parse ?? ((value) => value ?? fallback);
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

  const write = async (value: unknown): Promise<ItemWrite> => {
    await ready;
    // Checked at each write: another device may have synced a newer value since this loaded.
    if (keepNewer && ((await getMeta()).v as number) > version) {
      throw Error(NEWER_VERSION);
    }
    if (value == null) return { area: areaName, set: {}, remove: name };
    if (!needsVersion) return { area: areaName, set: { [name]: value } };
    // Written with the value, so no reader ever sees the value without its version.
    return {
      area: areaName,
      set: { [name]: value, [metaName]: { ...(await getMeta()), v: version } },
      done: () => {
        needsVersion = false;
      },
    };
  };
  const setValue = (value: unknown) => setValues([write(value)]);

  return {
    key,
    getValue: async (...args) => {
      await ready;
      return read((await area(areaName).get(name))[name], ...args);
    },
    setValue,
    write,
    removeValue: () => setValue(null),
    getMeta: async () => {
      await ready;
      return getMeta();
    },
    watch: (onChange) => {
      const changes = area(areaName).onChanged;
      const listener = (all: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = all[name];
        if (change && !sameValue(change.newValue, change.oldValue)) {
          onChange(read(change.newValue), read(change.oldValue));
        }
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}

/**
 * Writes what several items' `write` gives in one storage call per area (a set, then a remove
 * for values set to null): no reader, and no worker stopped midway, ever leaves some of the
 * values one area holds written without the others. Nothing is written if any item refuses.
 */
export async function setValues(pending: readonly Promise<ItemWrite>[]): Promise<void> {
  const writes = await Promise.all(pending);
  const byArea: Record<string, [set: Record<string, unknown>, remove: string[]]> = {};
  for (const { area: name, set, remove } of writes) {
    byArea[name] ??= [{}, []];
    const [sets, removes] = byArea[name];
    Object.assign(sets, set);
    if (remove) removes.push(remove);
  }
  for (const [name, [set, remove]] of Object.entries(byArea)) {
    if (Object.keys(set).length > 0) await area(name).set(set);
    if (remove.length > 0) await area(name).remove(remove);
  }
  for (const write of writes) write.done?.();
}

/** Removes the items' values (not their versions), one storage call per area. */
export async function removeItems(
  items: readonly Pick<StorageItem<unknown, never>, 'write'>[],
): Promise<void> {
  await setValues(items.map((item) => item.write(null)));
}

/** The same calls as WXT's `storage` object, for code written against it. */
export const storage = { defineItem, removeItems };
