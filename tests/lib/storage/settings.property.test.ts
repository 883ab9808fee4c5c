import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { BOOLEAN_FIELDS, NUMBER_BOUNDS, parseSettings, type Settings } from '@/lib/settings/schema';
import { NEWER_VERSION } from '@/lib/storage/store';

/**
 * Reading settings repairs whatever storage holds (issue 14): any stored values in, valid
 * settings out, and every valid value of the copy that is read kept, as is, through the next save.
 */

type SettingsStore = typeof import('@/lib/storage/settings');

/** Loads a fresh copy of the module, so migrations run on what was just stored. */
async function load(): Promise<SettingsStore> {
  vi.resetModules();
  const store = await import('@/lib/storage/settings');
  await store.settingsItem.getMeta();
  await store.localSettingsItem.getMeta();
  return store;
}

type Field = keyof typeof NUMBER_BOUNDS | (typeof BOOLEAN_FIELDS)[number];

/** Some fields with the user's own valid values, others with junk, in any mix. */
const userValues: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        Object.entries(NUMBER_BOUNDS).map(([field, { min, max }]) => [
          field,
          fc.integer({ min, max }),
        ]),
      ),
      { requiredKeys: [] },
    ),
    fc.record(Object.fromEntries(BOOLEAN_FIELDS.map((field) => [field, fc.boolean()])), {
      requiredKeys: [],
    }),
    fc.dictionary(
      fc.constantFrom('sitMinutes', 'showBadge', 'workingHours', 'region', 'future', 'x'),
      fc.jsonValue(),
      { maxKeys: 3 },
    ),
  )
  .map(([numbers, booleans, junk]) => ({ ...junk, ...numbers, ...booleans }));

/** What a settings key may hold: the user's values, anything JSON at all, or nothing. */
const stored = fc.oneof(
  { weight: 3, arbitrary: userValues },
  fc.jsonValue(),
  fc.constant(undefined),
);
const meta = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(1, 2, SETTINGS_VERSION, 99).map((v) => ({ v })),
  fc.jsonValue(),
);
const place = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('quota', 'unavailable', 'newer', 'other').map((reason) => ({
    area: 'local',
    reason,
  })),
  fc.jsonValue(),
);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of `copy` holding a valid value of the user's. */
function validFields(copy: unknown): [Field, unknown][] {
  if (!isRecord(copy)) return [];
  return Object.entries(copy).filter(([field, value]) => {
    if (field in NUMBER_BOUNDS) {
      const { min, max } = NUMBER_BOUNDS[field as keyof typeof NUMBER_BOUNDS];
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    }
    return (BOOLEAN_FIELDS as readonly string[]).includes(field) && typeof value === 'boolean';
  }) as [Field, unknown][];
}

describe('settings read from any stored values', () => {
  it('are valid, come from the copy in use (else the other), and keep its valid values through a save', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ sync: stored, syncMeta: meta, local: stored, localMeta: meta, place }),
        async (seed) => {
          fakeBrowser.reset();
          const set = (area: 'sync' | 'local', values: Record<string, unknown>) =>
            area === 'sync'
              ? fakeBrowser.storage.sync.set(values)
              : fakeBrowser.storage.local.set(values);
          const defined = (values: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
          await set('sync', defined({ settings: seed.sync, settings$: seed.syncMeta }));
          await set(
            'local',
            defined({ settings: seed.local, settings$: seed.localMeta, settingsPlace: seed.place }),
          );
          const store = await load();
          // What storage holds once migrations have run: the copies the reader sees.
          const sync = (await fakeBrowser.storage.sync.get('settings')).settings;
          const local = (await fakeBrowser.storage.local.get('settings')).settings;

          const loaded = await store.loadSettings();
          expect(parseSettings(loaded.settings)).toEqual({
            settings: loaded.settings,
            problems: [],
          });
          expect(loaded.place).toEqual(store.parsePlace(seed.place));
          const copy = loaded.place.area === 'local' && isRecord(local) ? local : sync;
          expect(loaded.settings).toEqual(parseSettings(copy).settings);
          for (const [field, value] of validFields(copy)) {
            expect(loaded.settings[field], field).toEqual(value);
          }

          // The options page saves the whole value with one change: nothing else moves.
          const edited: Settings = { ...loaded.settings, breakSound: !loaded.settings.breakSound };
          const saving = store.saveSettings(edited);
          const localMeta = (await fakeBrowser.storage.local.get('settings$')).settings$;
          if (isRecord(localMeta) && (localMeta.v as number) > SETTINGS_VERSION) {
            const syncMeta = (await fakeBrowser.storage.sync.get('settings$')).settings$;
            if (isRecord(syncMeta) && (syncMeta.v as number) > SETTINGS_VERSION) {
              // Both copies are a newer Limber's: the change is refused, and both are kept.
              await expect(saving).rejects.toThrow(NEWER_VERSION);
              expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(sync);
              expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(local);
              return;
            }
          }
          const where = await saving;
          const area = where.area === 'sync' ? fakeBrowser.storage.sync : fakeBrowser.storage.local;
          expect((await area.get('settings')).settings).toEqual(edited);
          if (where.area === 'local' && where.reason === 'newer') {
            // Newer synced settings are left exactly as they were.
            expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(sync);
          }
          expect(await store.readSettings()).toEqual(edited);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('read any stored place as one of the places there are', async () => {
    const { parsePlace } = await load();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const place = parsePlace(value);
        expect([
          { area: 'sync' },
          { area: 'local', reason: 'quota' },
          { area: 'local', reason: 'unavailable' },
          { area: 'local', reason: 'newer' },
        ]).toContainEqual(place);
      }),
    );
  });
});
