import { parseShownSuggestion } from '@/lib/diary/suggest';
import { parseFlare } from '@/lib/flare/state';
import type { HistoryData } from '@/lib/history/aggregate';
import { migrateHistoryToStanding, parseHistory } from '@/lib/history/parse';
import { parseRecords } from '@/lib/history/records';
import { parseClockStyle } from '@/lib/i18n/clock';
import { parseRecent } from '@/lib/routine/recent';
import { parseEngineState } from '@/lib/session/persist';
import type { EngineState, Owed } from '@/lib/session/state';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/lib/settings/migrations';
import { isRecord, type ParsedSettings, parseSettings, type Settings } from '@/lib/settings/schema';
import { parseWorkstation, type WorkstationRecord } from '@/lib/workstation/answers';
import { defineItem } from './store';

/**
 * Every value Limber keeps in browser storage, each defined here once with the parse its reads go
 * through, so `getValue` and `watch` only ever give a checked value. Values are stored raw and
 * checked on every read, never trusted: a value can be damaged, written by another version of
 * Limber (through sync, or before an update), and a failed migration is only logged.
 *
 * Each is defined as pure (`#__PURE__`): a page, or the worker, that never uses an item leaves it
 * and its checks out of its bundle. What is done with the items lives beside them: where the
 * settings are read from and saved to (./settings.ts), forgetting the history (./history.ts).
 * The pages read what they show before their first render in one storage call per area
 * (lib/pages/page-data.ts), under these keys.
 */

// ---- Where each is kept ("area:name"), for the items below and a page's first read ----

export const ENGINE_KEY = 'local:engine';
export const RECORDS_KEY = 'local:records';
export const HISTORY_KEY = 'local:history';
export const SETTINGS_KEY = 'sync:settings';
export const LOCAL_SETTINGS_KEY = 'local:settings';
export const SETTINGS_PLACE_KEY = 'local:settingsPlace';
export const RECENT_EXERCISES_KEY = 'local:recentExercises';
export const POPUP_SECTION_KEY = 'local:popupSection';
export const CLOCK_STYLE_KEY = 'local:clockStyle';
export const BREAK_TAB_KEY = 'session:breakTab';
export const BREAK_SEEN_KEY = 'session:breakSeen';
export const WORKSTATION_KEY = 'local:workstation';
export const POLICY_COPY_KEY = 'local:policyCopy';

// ---- The engine ----

/**
 * The stored engine state, checked and repaired against the clock at `now` (the reader's own; the
 * moment of reading when not given; see lib/session/persist.ts). `owed` reads what an interrupted
 * run still owes the browser: only the background passes it (`readOwed`, lib/session/delivery.ts),
 * so the pages' bundles do without it.
 */
function readEngine(
  stored: unknown,
  now: number = Date.now(),
  owed?: (stored: unknown) => Owed | undefined,
): EngineState | null {
  const state = parseEngineState(stored, now);
  const owing = owed?.(stored);
  return state && owing ? { ...state, owed: owing } : state;
}

export const engineStateItem = /*#__PURE__*/ defineItem(ENGINE_KEY, { parse: readEngine });

/** The raw break records (two weeks of them; lib/session/persist.ts), usable ones only. */
export const recordsItem = /*#__PURE__*/ defineItem(RECORDS_KEY, { parse: parseRecords });

/**
 * Per-day history totals (lib/history/aggregate.ts), kept a year. A change of format raises
 * `version` and adds the step from the old shape under `migrations`.
 */
export const historyItem = /*#__PURE__*/ defineItem<HistoryData>(HISTORY_KEY, {
  parse: parseHistory,
  version: 2,
  // 2: standing time per day (sit-stand desk mode); a day stored before it stood for none.
  migrations: { 2: migrateHistoryToStanding },
});

// ---- The settings (where they live and why: ./settings.ts) ----

/** Where the settings live: sync, or this computer only, and why. */
export type SettingsPlace =
  | { area: 'sync' }
  | {
      area: 'local';
      /**
       * `quota`: sync storage refused the write as too much or too often; `newer`: the synced
       * settings come from a newer Limber and are kept as they are; `unavailable`: any other
       * failure.
       */
      reason: 'quota' | 'unavailable' | 'newer';
    };

export function parsePlace(value: unknown): SettingsPlace {
  if (isRecord(value) && value.area === 'local') {
    const { reason } = value;
    return {
      area: 'local',
      reason: reason === 'quota' || reason === 'newer' ? reason : 'unavailable',
    };
  }
  return { area: 'sync' };
}

/**
 * A stored copy of the settings, repaired field by field, or null when it holds none of the
 * user's values (nothing stored, or not even an object).
 */
export function readSettingsCopy(stored: unknown): ParsedSettings | null {
  return isRecord(stored) ? parseSettings(stored) : null;
}

const versioned = {
  parse: readSettingsCopy,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  keepNewer: true,
};

/** The settings, synced with the user's browser account. */
export const settingsItem = /*#__PURE__*/ defineItem<ParsedSettings | null, Settings>(
  SETTINGS_KEY,
  versioned,
);
/** This computer's copy, used while sync refuses the settings (see `settingsPlaceItem`). */
export const localSettingsItem = /*#__PURE__*/ defineItem<ParsedSettings | null, Settings>(
  LOCAL_SETTINGS_KEY,
  versioned,
);
export const settingsPlaceItem = /*#__PURE__*/ defineItem(SETTINGS_PLACE_KEY, {
  parse: parsePlace,
});

// ---- The pages' own ----

/** The moves the break page showed lately (ids with times), so routines avoid repeating them. */
export const recentExercisesItem = /*#__PURE__*/ defineItem(RECENT_EXERCISES_KEY, {
  parse: parseRecent,
});

/**
 * The guidance section the user last opened in the popup, so it opens where they left it: only a
 * layout preference, no health answer is ever kept. Read as an id here; whether it still names a
 * section is checked by the popup once the guidance itself has loaded.
 */
export const popupSectionItem = /*#__PURE__*/ defineItem(POPUP_SECTION_KEY, {
  parse: (stored): string | null => (typeof stored === 'string' && stored !== '' ? stored : null),
});

/**
 * How the user's language writes clock times, learnt by the popup from the browser's formatter
 * and read with the rest of its data, so its first render writes the next break's time without
 * making a formatter (lib/i18n/clock.ts). Only a copy of the browser's own locale data, for this
 * language and browser version; anything else stored here is ignored.
 */
export const clockStyleItem = /*#__PURE__*/ defineItem(CLOCK_STYLE_KEY, { parse: parseClockStyle });

/**
 * The last organisation policy this browser gave (lib/storage/policy.ts): the browser's managed
 * area as read, kept so a managed read that is slow or never answers still finds the policy in
 * force. Checked on use like any policy (parsePolicy); here only that it is an object.
 */
export const policyCopyItem = /*#__PURE__*/ defineItem(POLICY_COPY_KEY, {
  parse: (stored): Record<string, unknown> | null => (isRecord(stored) ? stored : null),
});

/**
 * The workstation check's answers and to-do list (lib/workstation/answers.ts): kept on this
 * computer only, as it is about this desk. A change of format raises `version` and adds the step
 * from the old shape under `migrations`.
 */
export const workstationItem = /*#__PURE__*/ defineItem<WorkstationRecord>(WORKSTATION_KEY, {
  parse: parseWorkstation,
  version: 1,
  migrations: {},
});

/**
 * The tab showing the break page, so closing it can end the break. Session storage: it outlives a
 * stopped worker, and a tab id means nothing after the browser restarts.
 */
export const breakTabItem = /*#__PURE__*/ defineItem(BREAK_TAB_KEY, {
  parse: (stored): number | null => (Number.isInteger(stored) ? (stored as number) : null),
});

/** The break the break page showed, and when it was last seen open (see `breakSeenItem`). */
export interface BreakSeen {
  startedAt: number;
  at: number;
}

/**
 * Written by the break page while it shows a break, so a page closed while the worker was stopped
 * still ends its break where it was last seen. Session storage: no listener of the worker's
 * watches it, so the page's writes never wake it.
 */
export const breakSeenItem = /*#__PURE__*/ defineItem(BREAK_SEEN_KEY, {
  parse: (stored): BreakSeen | null =>
    isRecord(stored) && Number.isFinite(stored.startedAt) && Number.isFinite(stored.at)
      ? { startedAt: stored.startedAt as number, at: stored.at as number }
      : null,
});

// ---- The pain diary, flare mode and the user's own exercises (issue 19) ----

/**
 * The pain diary's months live in `storage.sync` under `diary-YYYY-MM` (lib/diary/compact.ts), one
 * key per month, so they are read and written through ./diary.ts rather than as items; while sync
 * refuses a month, it is kept under the same key in `storage.local`, and this item says why.
 */
export const DIARY_PLACE_KEY = 'local:diaryPlace';
export const diaryPlaceItem = /*#__PURE__*/ defineItem(DIARY_PLACE_KEY, { parse: parsePlace });

/**
 * Flare mode's state (lib/flare/state.ts), read against the reader's clock: one whose days are
 * over reads as ended. On this computer: the shell passes the flare schedule to the engine
 * (lib/flare/schedule.ts).
 */
export const FLARE_KEY = 'local:flare';
export const flareItem = /*#__PURE__*/ defineItem(FLARE_KEY, {
  parse: (stored, now: number = Date.now()) => parseFlare(stored, now),
});

/** The diary's last suggestion shown (lib/diary/suggest.ts), so there is at most one a week. */
export const DIARY_SUGGESTION_KEY = 'local:diarySuggestion';
export const diarySuggestionItem = /*#__PURE__*/ defineItem(DIARY_SUGGESTION_KEY, {
  parse: parseShownSuggestion,
});

/**
 * The user's own exercises are kept in `storage.sync` as the list cut into pages of under 8 kB,
 * `myExercises-0`, `myExercises-1`, ... (sync refuses a key over 8,192 bytes), read and written
 * through ./custom-exercises.ts; while sync refuses them, in `storage.local` under the same keys,
 * and this item says why.
 */
export const CUSTOM_EXERCISES_PLACE_KEY = 'local:myExercisesPlace';
export const customExercisesPlaceItem = /*#__PURE__*/ defineItem(CUSTOM_EXERCISES_PLACE_KEY, {
  parse: parsePlace,
});
