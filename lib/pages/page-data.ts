import { browser } from 'wxt/browser';
import { readableRecords } from '@/lib/history/today';
import { parseEngineState } from '@/lib/session/persist';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { effectiveSettings, type Policy, parsePolicy } from '@/lib/settings/policy';
import { isRecord, type Settings } from '@/lib/settings/schema';
import {
  ENGINE_KEY,
  LOCAL_SETTINGS_KEY,
  POLICY_COPY_KEY,
  parsePlace,
  RECORDS_KEY,
  readSettingsCopy,
  SETTINGS_KEY,
  SETTINGS_PLACE_KEY,
  type SettingsPlace,
} from '@/lib/storage/items';
import { readManaged } from '@/lib/storage/policy';
import { chooseSettingsCopy, savedByNewerVersion, UNREADABLE } from '@/lib/storage/settings';

/**
 * What a page shows on its first render, read from storage before that render: one call per
 * storage area, both made at once (the settings live in sync storage, everything else in local),
 * instead of one read per item after the page has drawn itself once. The page then follows every
 * change to those values from the same listener, which is in place before the read starts, so no
 * change can fall between the read and the page's first render.
 *
 * The keys, each value's parse and the rule for which copy of the settings counts are
 * lib/storage's (items.ts, settings.ts), imported from there; the values are read raw, so that a
 * page that only shows the settings does not load, and run at load, the settings' migration
 * check: migrating is the background's and the options page's work.
 * tests/lib/pages/page-data.test.ts checks that both read the same settings from any stored values.
 */

export type StorageKey = `${'local' | 'sync'}:${string}`;

/**
 * The organisation's policy (lib/storage/policy.ts): the browser's managed area, read whole with
 * the settings and followed as one value, each of its keys under `managed:<key>`.
 */
export type PolicyKey = `managed:${string}`;
const MANAGED = 'managed:';

/** Where lib/storage keeps each value a page shows. */
export const KEYS = {
  engine: ENGINE_KEY,
  records: RECORDS_KEY,
  syncSettings: SETTINGS_KEY,
  // A versioned item's metadata (lib/storage/store.ts): which version of Limber saved it.
  syncSettingsMeta: `${SETTINGS_KEY}$`,
  localSettings: LOCAL_SETTINGS_KEY,
  settingsPlace: SETTINGS_PLACE_KEY,
} as const satisfies Record<string, StorageKey>;

const SETTINGS_KEYS: readonly StorageKey[] = [
  KEYS.syncSettings,
  KEYS.syncSettingsMeta,
  KEYS.localSettings,
  KEYS.settingsPlace,
];

/** Where the settings live (lib/storage/items.ts). */
export type PagePlace = SettingsPlace;

export interface PageSettings {
  /** The settings in force: the organisation's policy where it sets them, the user's own elsewhere. */
  settings: Settings;
  /** The user's own settings, as stored. */
  own: Settings;
  /** The organisation's policy (none, for most browsers). */
  policy: Policy;
  place: PagePlace;
  /** The synced settings were saved by a newer Limber: read as far as this version knows them. */
  newer: boolean;
}

/** The stored values, by key, and the areas whose read failed (their values are missing). */
export interface StoredValues {
  values: ReadonlyMap<StorageKey, unknown>;
  /** Areas whose read failed. */
  failed: ReadonlySet<'local' | 'sync'>;
}

/**
 * The settings as `loadSettings` in lib/storage/settings.ts reads them, from values already
 * read: where they live says which copy counts; a local copy that is missing or not even an
 * object falls back to the synced one; sync that cannot be read leaves the local copy.
 */
function settingsFrom(stored: StoredValues, policy: Policy): PageSettings {
  const { settings: own, place, newer } = ownSettingsFrom(stored);
  return { settings: effectiveSettings(policy, own), own, policy, place, newer };
}

function ownSettingsFrom({
  values,
  failed,
}: StoredValues): Pick<PageSettings, 'settings' | 'place' | 'newer'> {
  const { settings, place } = chooseSettingsCopy(
    parsePlace(values.get(KEYS.settingsPlace)),
    readSettingsCopy(values.get(KEYS.localSettings)),
    failed.has('sync') ? UNREADABLE : readSettingsCopy(values.get(KEYS.syncSettings)),
  );
  const newer = !failed.has('sync') && savedByNewerVersion(values.get(KEYS.syncSettingsMeta));
  return { settings, place, newer };
}

export interface PageDataOptions {
  /** Whether the page shows the engine's state and break records (all but the options page). */
  engine?: boolean;
  /** Whether the page shows the settings (read from sync storage, beside the local read). */
  settings?: boolean;
  /** Further local values the page needs for its first render, by key ("local:popupSection"). */
  more?: readonly StorageKey[];
}

export interface PageData {
  /** Resolves once the first read is in; a failed read leaves its values missing. */
  readonly ready: Promise<void>;
  /**
   * Settles when the organisation's policy has been read (after `ready` as a rule: see below);
   * a policy found then comes to `watch` like a policy change.
   */
  readonly policyRead: Promise<void>;
  /** Whether the first read is in. */
  loaded(): boolean;
  /**
   * How many times the values have changed (the read counts once): a page that noted it when it
   * rendered can tell whether it has missed a change since.
   */
  revision(): number;
  /** The value under `key`, as read or as last changed; undefined when there is none. */
  value(key: StorageKey): unknown;
  /** Why the first read of `area` failed; null when it did not (or is not in yet). */
  error(area: 'local' | 'sync'): string | null;
  /** The settings; null if the page did not ask for them or the read is not in yet. */
  settings(): PageSettings | null;
  /** The stored engine state, checked against the clock at `now` (see lib/session/persist.ts). */
  state(now: number): EngineState | null;
  /** The break records, readable ones only. */
  records(): BreakRecord[];
  /**
   * Calls `onChange` with the keys that changed, after each change to any of them (a change of
   * the organisation's policy comes as its `managed:` keys).
   */
  watch(onChange: (keys: ReadonlySet<StorageKey | PolicyKey>) => void): () => void;
  /** Stops following storage. */
  close(): void;
}

const areaOf = (key: StorageKey) => key.slice(0, key.indexOf(':')) as 'local' | 'sync';
const nameOf = (key: StorageKey) => key.slice(key.indexOf(':') + 1);

/**
 * Starts reading the engine state and records, the settings, and `more` (each as asked) and
 * follows their changes from this moment on. Await `ready` before the first render.
 */
export function openPageData({
  engine = true,
  settings = true,
  more = [],
}: PageDataOptions = {}): PageData {
  const keys: StorageKey[] = [
    ...(engine ? [KEYS.engine, KEYS.records] : []),
    ...(settings ? SETTINGS_KEYS : []),
    ...more,
  ];
  const values = new Map<StorageKey | PolicyKey, unknown>();
  const failed = new Set<'local' | 'sync'>();
  const errors = new Map<'local' | 'sync', string>();
  // Keys changed while the read was on its way: the change is at least as new as what it reads.
  const changedEarly = new Set<StorageKey | PolicyKey>();
  const listeners = new Set<(keys: ReadonlySet<StorageKey | PolicyKey>) => void>();
  let loaded = false;
  let revision = 0;

  const onChanged = (
    changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
    area: string,
  ) => {
    const changed = new Set<StorageKey | PolicyKey>();
    for (const [name, change] of Object.entries(changes)) {
      const key = `${area}:${name}` as StorageKey | PolicyKey;
      // A late managed read's answer, kept by whoever made it (see readManaged): the whole policy.
      if (key === POLICY_COPY_KEY) {
        if (settings) replacePolicy(change.newValue, changed);
        continue;
      }
      const followed = area === 'managed' ? settings : keys.includes(key as StorageKey);
      if (!followed) continue;
      values.set(key, change.newValue ?? undefined);
      if (!loaded) changedEarly.add(key);
      changed.add(key);
    }
    if (changed.size === 0) return;
    revision++;
    if (!loaded) return;
    for (const listener of listeners) listener(changed);
  };
  function replacePolicy(managed: unknown, changed: Set<StorageKey | PolicyKey>): void {
    const next = isRecord(managed) ? managed : {};
    for (const key of values.keys()) {
      if (key.startsWith(MANAGED) && !(key.slice(MANAGED.length) in next)) {
        values.set(key, undefined);
        if (!loaded) changedEarly.add(key);
        changed.add(key);
      }
    }
    for (const [name, value] of Object.entries(next)) {
      const key: PolicyKey = `${MANAGED}${name}`;
      values.set(key, value);
      if (!loaded) changedEarly.add(key);
      changed.add(key);
    }
  }
  browser.storage.onChanged.addListener(onChanged);

  const byArea = new Map<'local' | 'sync', StorageKey[]>();
  for (const key of keys) byArea.set(areaOf(key), [...(byArea.get(areaOf(key)) ?? []), key]);
  const reads = [...byArea].map(async ([area, inArea]) => {
    try {
      const stored = await browser.storage[area].get(inArea.map(nameOf));
      for (const key of inArea) {
        if (!changedEarly.has(key)) values.set(key, stored[nameOf(key)]);
      }
    } catch (error) {
      failed.add(area);
      errors.set(area, String(error));
    }
  });
  // The policy: no managed area, or none for Limber, is no policy and no error (see readManaged).
  // Not awaited before the first render: Chromium answers the first managed read after it
  // starts only once its policy service is up (about 3 s on a fresh profile, 70 ms warm), while
  // local and sync answer in about 10 ms. Most browsers have no policy, so the page renders at
  // once; one under a policy renders again when it arrives, as it does for a policy change.
  let managedRead: Promise<void> = Promise.resolve();
  if (settings) {
    managedRead = readManaged().then((managed) => {
      if (!isRecord(managed)) return;
      const changed = new Set<StorageKey | PolicyKey>();
      for (const [name, value] of Object.entries(managed)) {
        const key: PolicyKey = `${MANAGED}${name}`;
        if (changedEarly.has(key)) continue;
        values.set(key, value);
        changed.add(key);
      }
      if (changed.size === 0) return;
      revision++;
      if (loaded) for (const listener of listeners) listener(changed);
    });
  }
  const policy = (): Policy => {
    const managed: Record<string, unknown> = {};
    for (const [key, value] of values) {
      if (key.startsWith(MANAGED) && value !== undefined) {
        managed[key.slice(MANAGED.length)] = value;
      }
    }
    return parsePolicy(managed);
  };
  const ready = Promise.all(reads).then(() => {
    loaded = true;
    revision++;
  });

  return {
    ready,
    policyRead: managedRead,
    loaded: () => loaded,
    revision: () => revision,
    value: (key) => values.get(key),
    error: (area) => errors.get(area) ?? null,
    settings: () =>
      loaded && settings
        ? settingsFrom({ values: values as Map<StorageKey, unknown>, failed }, policy())
        : null,
    state: (now) => parseEngineState(values.get(KEYS.engine), now),
    records: () => readableRecords(values.get(KEYS.records)),
    watch: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    close: () => {
      listeners.clear();
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/**
 * Saves one of a page's own preferences (never engine state, which only the background writes),
 * stored as lib/storage/store.ts stores an item without a version; null removes it.
 */
export async function saveValue(key: StorageKey, value: unknown): Promise<void> {
  const area = browser.storage[areaOf(key)];
  if (value == null) await area.remove(nameOf(key));
  else await area.set({ [nameOf(key)]: value });
}
