import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage as wxtStorage } from 'wxt/utils/storage';
import {
  defineItem,
  NEWER_VERSION,
  removeItems,
  sameValue,
  setValues,
  storage,
} from '@/lib/storage/store';

const AREAS = ['local', 'session', 'sync'] as const;

async function raw(): Promise<Record<string, Record<string, unknown>>> {
  const all: Record<string, Record<string, unknown>> = {};
  for (const area of AREAS) all[area] = await fakeBrowser.storage[area].get(null);
  return all;
}

/** Lets storage events and migrations that were started settle. */
const settle = () => new Promise((done) => setTimeout(done, 0));

type Counter = { n: number; two?: boolean };
const migrations = {
  2: (old: unknown) => ({ n: ((old as Partial<Counter>).n ?? 0) + 1, two: true }),
  3: (old: unknown) => ({ ...(old as Counter), n: (old as Counter).n * 10 }),
};

describe('the storage layer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores each value as it is, under its key in its area', async () => {
    const a = defineItem<{ x: number }>('local:a');
    const b = defineItem<string[]>('sync:b', { fallback: [] });
    const c = defineItem<number | null>('session:c', { fallback: null });
    await a.setValue({ x: 1 });
    await b.setValue(['y']);
    await c.setValue(3);
    expect(await raw()).toEqual({ local: { a: { x: 1 } }, sync: { b: ['y'] }, session: { c: 3 } });
    expect(await a.getValue()).toEqual({ x: 1 });
    expect(await b.getValue()).toEqual(['y']);
    expect(await c.getValue()).toBe(3);
  });

  it('reads the fallback, else null, while nothing is stored, and writes nothing by reading', async () => {
    expect(await defineItem<string[]>('local:list', { fallback: [] }).getValue()).toEqual([]);
    expect(await defineItem<unknown>('local:thing').getValue()).toBeNull();
    expect(await raw()).toEqual({ local: {}, session: {}, sync: {} });
  });

  it('removes a value set to null, and on removeValue', async () => {
    const item = defineItem<number>('local:n');
    await item.setValue(1);
    await item.setValue(null);
    expect(await raw()).toEqual({ local: {}, session: {}, sync: {} });
    await item.setValue(2);
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
  });

  it('removes several values in one call per area, keeping their versions', async () => {
    await fakeBrowser.storage.local.set({ a: 1, a$: { v: 1 }, b: 2, c: 3 });
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await removeItems([defineItem('local:a'), defineItem('local:b')]);
    expect(remove).toHaveBeenCalledTimes(1);
    expect((await raw()).local).toEqual({ a$: { v: 1 }, c: 3 });
  });

  describe('versions and migrations', () => {
    it('writes the version with the first value saved', async () => {
      const item = defineItem<unknown>('sync:s', { version: 3, migrations });
      await item.setValue({ n: 1 });
      expect((await raw()).sync).toEqual({ s: { n: 1 }, s$: { v: 3 } });
      expect(await item.getMeta()).toEqual({ v: 3 });
    });

    it('writes the value and its version in one storage call', async () => {
      const item = defineItem<unknown>('local:s', { version: 2, migrations });
      await item.getMeta();
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      await item.setValue({ n: 1 });
      await item.setValue({ n: 2 });
      expect(set.mock.calls).toEqual([[{ s: { n: 1 }, s$: { v: 2 } }], [{ s: { n: 2 } }]]);
    });

    it('takes a value with no version as version 1 and runs each step after it, once', async () => {
      await fakeBrowser.storage.local.set({ s: { n: 1 } });
      const item = defineItem<unknown>('local:s', { version: 3, migrations });
      expect(await item.getValue()).toEqual({ n: 20, two: true });
      expect((await raw()).local).toEqual({ s: { n: 20, two: true }, s$: { v: 3 } });
      // Defined again (another page, the next worker start): already current, left alone.
      expect(await defineItem<unknown>('local:s', { version: 3, migrations }).getValue()).toEqual({
        n: 20,
        two: true,
      });
    });

    it('starts from the stored version, keeping other metadata', async () => {
      await fakeBrowser.storage.local.set({ s: { n: 1 }, s$: { v: 2, note: 'kept' } });
      await defineItem<unknown>('local:s', { version: 3, migrations }).getMeta();
      expect((await raw()).local).toEqual({ s: { n: 10 }, s$: { v: 3, note: 'kept' } });
    });

    it('makes reads and writes wait for the migration', async () => {
      await fakeBrowser.storage.local.set({ s: { n: 1 } });
      const item = defineItem<unknown>('local:s', { version: 2, migrations });
      await item.setValue({ n: 7, two: true });
      expect((await raw()).local).toEqual({ s: { n: 7, two: true }, s$: { v: 2 } });
    });

    it('reads a value from a newer version as it is, leaves it for that version, and logs nothing', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const stored = { s: { future: 1 }, s$: { v: 9 } };
      await fakeBrowser.storage.sync.set(stored);
      const item = defineItem<unknown>('sync:s', { version: 3, migrations });
      expect(await item.getValue()).toEqual({ future: 1 });
      expect(await item.getMeta()).toEqual({ v: 9 });
      await settle();
      // Another device running a later version is expected, not a fault.
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
      expect((await raw()).sync).toEqual(stored);
    });

    it('with keepNewer, refuses to write over a value from a newer version', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const stored = { s: { future: 1 }, s$: { v: 9 } };
      await fakeBrowser.storage.sync.set(stored);
      const item = defineItem<unknown>('sync:s', { version: 3, migrations, keepNewer: true });
      await expect(item.setValue({ n: 1 })).rejects.toThrow(NEWER_VERSION);
      await expect(item.setValue(null)).rejects.toThrow(NEWER_VERSION);
      expect((await raw()).sync).toEqual(stored);
      expect(error).not.toHaveBeenCalled();
    });

    it('with keepNewer, checks at each write: a newer value synced later is kept too', async () => {
      const item = defineItem<unknown>('sync:s', { version: 3, migrations, keepNewer: true });
      await item.setValue({ n: 1 });
      // Another computer, updated first, saves its newer format.
      const newer = { s: { n: 2, future: true }, s$: { v: 4 } };
      await fakeBrowser.storage.sync.set(newer);
      await expect(item.setValue({ n: 3 })).rejects.toThrow(NEWER_VERSION);
      expect((await raw()).sync).toEqual(newer);
      // Once the stored version is one this version knows, writes go through again.
      await fakeBrowser.storage.sync.set({ s$: { v: 3 } });
      await item.setValue({ n: 5 });
      expect((await raw()).sync).toEqual({ s: { n: 5 }, s$: { v: 3 } });
    });

    it('logs a migration that throws, and still reads and writes', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ s: 'old' });
      const broken = {
        2: () => {
          throw new Error('cannot');
        },
      };
      const item = defineItem<unknown>('local:s', { version: 2, migrations: broken });
      expect(await item.getValue()).toBe('old');
      expect(error).toHaveBeenCalledTimes(1);
      await item.setValue('new');
      expect((await raw()).local).toEqual({ s: 'new' });
    });

    it('leaves unversioned items without metadata', async () => {
      await defineItem<number>('local:plain').setValue(1);
      expect((await raw()).local).toEqual({ plain: 1 });
    });
  });

  describe('watch', () => {
    it('hears its own key in its own area, with new and old values or the fallback', async () => {
      const item = defineItem<string[]>('local:list', { fallback: [] });
      const heard = vi.fn();
      const stop = item.watch(heard);
      await item.setValue(['a']);
      await fakeBrowser.storage.local.set({ other: 1 });
      await fakeBrowser.storage.sync.set({ list: ['elsewhere'] });
      await item.removeValue();
      await settle();
      expect(heard.mock.calls).toEqual([
        [['a'], []],
        [[], ['a']],
      ]);
      stop();
      await item.setValue(['b']);
      await settle();
      expect(heard).toHaveBeenCalledTimes(2);
    });

    it('ignores a write that leaves the value deeply equal', async () => {
      const item = defineItem<unknown>('local:o');
      await item.setValue({ a: 1, b: [1, { c: 2 }] });
      const heard = vi.fn();
      item.watch(heard);
      await item.setValue({ b: [1, { c: 2 }], a: 1 });
      await settle();
      expect(heard).not.toHaveBeenCalled();
      await item.setValue({ b: [1, { c: 3 }], a: 1 });
      await settle();
      expect(heard).toHaveBeenCalledTimes(1);
    });

    it('throws at once for an area the browser does not have, and rejects reads', async () => {
      const item = defineItem<unknown>('sync:s');
      vi.spyOn(fakeBrowser.storage, 'sync', 'get').mockReturnValue(
        undefined as unknown as typeof fakeBrowser.storage.sync,
      );
      expect(() => item.watch(() => undefined)).toThrow(/sync/);
      await expect(item.getValue()).rejects.toThrow(/sync/);
    });
  });

  describe('parse', () => {
    const count = (stored: unknown, floor = 0): number =>
      typeof stored === 'number' && Number.isInteger(stored) ? Math.max(floor, stored) : floor;

    it('reads every value through it, what is stored or nothing, and passes the reader’s arguments', async () => {
      const item = defineItem('local:count', { parse: count });
      expect(await item.getValue()).toBe(0);
      await fakeBrowser.storage.local.set({ count: 'seven' });
      expect(await item.getValue()).toBe(0);
      await item.setValue(7);
      expect(await item.getValue()).toBe(7);
      expect(await item.getValue(10)).toBe(10);
      expect(await raw()).toEqual({ local: { count: 7 }, session: {}, sync: {} });
    });

    it('gives watchers parsed values, with the parse’s own defaults', async () => {
      const item = defineItem('local:count', { parse: count });
      const heard = vi.fn();
      item.watch(heard);
      await fakeBrowser.storage.local.set({ count: [1] });
      await item.setValue(3);
      await item.removeValue();
      await settle();
      expect(heard.mock.calls).toEqual([
        [0, 0],
        [3, 0],
        [0, 3],
      ]);
    });

    it('parses after the migration, and writes with the version as any item does', async () => {
      const item = defineItem('local:s', {
        parse: (stored): Counter => (typeof stored === 'object' ? (stored as Counter) : { n: -1 }),
        version: 3,
        migrations,
      });
      expect(await item.getValue()).toEqual({ n: -1 });
      await item.setValue({ n: 5 });
      expect((await raw()).local).toEqual({ s: { n: 5 }, s$: { v: 3 } });
    });
  });

  describe('setValues', () => {
    it('writes several items in one storage call per area, and removes those set to null', async () => {
      await fakeBrowser.storage.local.set({ gone: 1 });
      const a = defineItem<number>('local:a');
      const b = defineItem('local:b', { parse: (v) => (typeof v === 'string' ? v : '') });
      const gone = defineItem<number>('local:gone');
      const s = defineItem<number>('sync:s');
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
      const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
      await setValues([a.write(1), b.write('x'), gone.write(null), s.write(2)]);
      expect(set).toHaveBeenCalledExactlyOnceWith({ a: 1, b: 'x' });
      expect(remove).toHaveBeenCalledExactlyOnceWith(['gone']);
      expect(syncSet).toHaveBeenCalledExactlyOnceWith({ s: 2 });
      expect(await raw()).toEqual({ local: { a: 1, b: 'x' }, session: {}, sync: { s: 2 } });
    });

    it('writes a versioned item’s first value with its version, in the same call', async () => {
      const versioned = defineItem<Counter>('local:v', { version: 2, migrations });
      const plain = defineItem<number>('local:p');
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      await setValues([versioned.write({ n: 1 }), plain.write(2)]);
      expect(set).toHaveBeenCalledExactlyOnceWith({ v: { n: 1 }, v$: { v: 2 }, p: 2 });
      await setValues([versioned.write({ n: 3 })]);
      expect(set).toHaveBeenLastCalledWith({ v: { n: 3 } });
    });

    it('writes nothing at all when one item refuses (a newer version’s value)', async () => {
      await fakeBrowser.storage.sync.set({ s: { n: 1 }, s$: { v: 9 } });
      const newer = defineItem<Counter>('sync:s', { version: 3, migrations, keepNewer: true });
      const other = defineItem<number>('sync:o');
      await expect(setValues([other.write(1), newer.write({ n: 2 })])).rejects.toThrow(
        NEWER_VERSION,
      );
      expect((await raw()).sync).toEqual({ s: { n: 1 }, s$: { v: 9 } });
    });
  });

  it('compares stored values deeply, whatever the key order', () => {
    expect(sameValue({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue(undefined, undefined)).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

/**
 * The stored format is WXT's (`wxt/utils/storage`), which earlier versions of Limber used: the
 * same steps, run through WXT's module and through this layer, must leave storage the same.
 */
describe('the same stored format as WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  type Define = typeof storage.defineItem;
  async function outcome(
    seed: Record<string, unknown>,
    run: (define: Define) => Promise<unknown>,
    define: Define,
  ) {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(seed);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await run(define);
    await settle();
    const logged = error.mock.calls.length > 0;
    error.mockRestore();
    return { result, storage: await raw(), logged };
  }

  const cases: [string, Record<string, unknown>, (define: Define) => Promise<unknown>][] = [
    [
      'first save of a versioned item',
      {},
      async (define) => {
        const item = define<unknown>('local:s', { version: 2, migrations });
        await item.setValue({ n: 5 });
        return item.getValue();
      },
    ],
    [
      'unversioned value migrated on definition',
      { s: { n: 1 } },
      (define) => define<unknown>('local:s', { version: 3, migrations }).getValue(),
    ],
    [
      'value at an older version',
      { s: { n: 4 }, s$: { v: 2 } },
      (define) => define<unknown>('local:s', { version: 3, migrations }).getValue(),
    ],
    [
      'version 1 with no migrations yet, saved',
      {},
      async (define) => {
        const item = define<unknown>('local:h', { version: 1, migrations: {} });
        await item.setValue({ days: {} });
        return item.getMeta();
      },
    ],
    [
      'plain items with and without a fallback, set, removed and read',
      { a: 1 },
      async (define) => {
        const a = define<number>('local:a');
        const b = define<number[]>('local:b', { fallback: [] });
        const c = define<number | null>('session:c', { fallback: null });
        await b.setValue([1]);
        await c.setValue(2);
        await a.removeValue();
        return [await a.getValue(), await b.getValue(), await c.getValue()];
      },
    ],
  ];

  it('value from a newer version: the same reads and writes, but no error logged (WXT logs one)', async () => {
    const run = async (define: Define) => {
      const item = define<unknown>('local:s', { version: 3, migrations });
      await item.setValue({ n: 6 });
      return item.getValue();
    };
    const seed = { s: { n: 4 }, s$: { v: 5 } };
    const wxt = await outcome(seed, run, wxtStorage.defineItem as unknown as Define);
    const ours = await outcome(seed, run, storage.defineItem);
    expect(ours).toEqual({ ...wxt, logged: false });
    expect(wxt.logged).toBe(true);
  });

  it.each(cases)('%s', async (_name, seed, run) => {
    // One after the other: both use the one fake browser.
    const wxt = await outcome(seed, run, wxtStorage.defineItem as unknown as Define);
    const ours = await outcome(seed, run, storage.defineItem);
    expect(ours).toEqual(wxt);
  });

  it('reads what WXT wrote, and WXT reads what this layer wrote', async () => {
    const value = { sitMinutes: 45 };
    await wxtStorage
      .defineItem<unknown>('sync:settings', { version: 2, migrations })
      .setValue(value);
    expect(
      await defineItem<unknown>('sync:settings', { version: 2, migrations }).getValue(),
    ).toEqual(value);
    fakeBrowser.reset();
    await defineItem<unknown>('sync:settings', { version: 2, migrations }).setValue(value);
    const wxtItem = wxtStorage.defineItem<unknown>('sync:settings', { version: 2, migrations });
    expect(await wxtItem.getValue()).toEqual(value);
    expect(await wxtItem.getMeta()).toEqual({ v: 2 });
  });
});

describe('one storage layer', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(ROOT, dir, name);
      if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
      return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
    });

  it.each([...sources('entrypoints'), ...sources('lib'), ...sources('components')])(
    '%s does not use WXT storage (it would add its 3 kB gzip back to the worker or a page)',
    (file) => {
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/['"]wxt\/utils\/storage['"]/);
    },
  );
});
