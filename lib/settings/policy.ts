/**
 * Settings set by an organisation through the browser's policies (Chrome's and Edge's managed
 * storage, Firefox's policies.json: see DEPLOYING.md), and how they combine with the user's own.
 *
 * The rules, kept pure here so they can be tested over any input:
 * - A policy value is checked on its own, by the same checks as the user's settings
 *   (`parseSettings`); a value that fails is ignored and reported, and the rest still apply.
 * - Effective settings: the policy's value where it sets one, the user's own elsewhere, Limber's
 *   defaults for a setting that is locked but given no value.
 * - Locked: every setting the policy gives a value for (what the user chose there could not
 *   apply), and those it names in `lockedSettings`, which stay at Limber's default.
 * - `painDiaryAllowed: false` turns the pain diary and its daily prompt off and locks both
 *   (`lockedFields`); the user's diary entries are kept, only hidden. `true` or absent: no change.
 * - The user's own stored settings are never written over: saving keeps their locked fields as
 *   they were (`keepLocked`), so once the policy is gone their own values apply again.
 */

import { DEFAULT_SETTINGS, isRecord, parseSettings, type Settings } from './schema';

/**
 * The settings an organisation may set: the schedule, the reminders, working hours, what the
 * guided break leaves out and the country for emergency numbers. The user's personal health
 * settings are not among them and stay the user's alone.
 */
export const POLICY_SETTINGS = [
  'sitMinutes',
  'breakMinutes',
  'longBreakEvery',
  'longBreakMinutes',
  'idleSeconds',
  'snoozeMinutes',
  'maxSnoozes',
  'reRemind',
  'holdDuringFullscreen',
  'workingHours',
  'showBadge',
  'notificationStays',
  'notificationSilent',
  'breakSound',
  'excludedCategories',
  'region',
] as const satisfies readonly (keyof Settings)[];

export type SettingKey = (typeof POLICY_SETTINGS)[number];

/** Every key the managed storage schema declares (public/managed-schema.json). */
export const POLICY_KEYS = [...POLICY_SETTINGS, 'lockedSettings', 'painDiaryAllowed'] as const;

export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Why a part of the policy is ignored: the words are chosen where it is shown. */
export type PolicyProblem =
  /** The value under a policy key is not valid for it. */
  | { kind: 'invalid'; key: PolicyKey }
  /** A key that is not one of Limber's policies (Firefox passes any key on). */
  | { kind: 'unknown'; key: string }
  /** `lockedSettings` names something that is not a setting. */
  | { kind: 'unknown-lock'; name: string };

export interface Policy {
  /** The valid values the organisation set. */
  values: Partial<Settings>;
  /** Settings the user cannot change, in the order of POLICY_SETTINGS. */
  locked: readonly SettingKey[];
  /**
   * Whether the pain diary may be used; null when the policy does not say (allowed). False turns
   * off DIARY_SETTINGS (see `lockedFields`).
   */
  painDiaryAllowed: boolean | null;
  /** What was ignored, and why. */
  problems: PolicyProblem[];
}

export const NO_POLICY: Readonly<Policy> = Object.freeze({
  values: {},
  locked: [],
  painDiaryAllowed: null,
  problems: [],
});

const isSettingKey = (key: string): key is SettingKey =>
  (POLICY_SETTINGS as readonly string[]).includes(key);

const isPolicyKey = (key: string): key is PolicyKey =>
  (POLICY_KEYS as readonly string[]).includes(key);

/** The value of one setting from the policy, if it passes the settings' own checks. */
function checkSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  const parsed = parseSettings({ [key]: value });
  return parsed.problems.length === 0 ? parsed.settings[key] : undefined;
}

/**
 * Reads what the browser's managed storage holds. Anything that is not an object (nothing set,
 * a browser without managed storage) is no policy at all, with nothing to report.
 */
export function parsePolicy(raw: unknown): Policy {
  if (!isRecord(raw)) return { ...NO_POLICY, problems: [] };
  const values: Partial<Settings> = {};
  const problems: PolicyProblem[] = [];
  const lockedNames = new Set<SettingKey>();
  let painDiaryAllowed: boolean | null = null;
  for (const [key, value] of Object.entries(raw)) {
    // A key present with nothing in it (Windows' registry can hold an empty value) sets nothing.
    if (value === undefined || value === null) continue;
    if (!isPolicyKey(key)) {
      problems.push({ kind: 'unknown', key });
    } else if (key === 'painDiaryAllowed') {
      if (typeof value === 'boolean') painDiaryAllowed = value;
      else problems.push({ kind: 'invalid', key });
    } else if (key === 'lockedSettings') {
      if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
        problems.push({ kind: 'invalid', key });
        continue;
      }
      // Each name on its own: a misspelt one must not unlock the others.
      for (const name of value as string[]) {
        if (isSettingKey(name)) lockedNames.add(name);
        else problems.push({ kind: 'unknown-lock', name });
      }
    } else {
      const checked = checkSetting(key, value);
      if (checked === undefined) problems.push({ kind: 'invalid', key });
      else Object.assign(values, { [key]: checked });
    }
  }
  const locked = POLICY_SETTINGS.filter(
    (key) => lockedNames.has(key) || Object.hasOwn(values, key),
  );
  return { values, locked, painDiaryAllowed, problems };
}

/** What `painDiaryAllowed: false` turns off: the diary, and its daily prompt with it. */
export const DIARY_SETTINGS = [
  'painDiary',
  'checkInPrompt',
] as const satisfies readonly (keyof Settings)[];

export type LockedField = SettingKey | (typeof DIARY_SETTINGS)[number];

/** Whether the organisation lets the user keep the pain diary (it does unless it says no). */
export function diaryAllowed(policy: Policy): boolean {
  return policy.painDiaryAllowed !== false;
}

/**
 * Every setting the user cannot change: the locked ones, and the diary's when the policy does
 * not allow it.
 */
export function lockedFields(policy: Policy): readonly LockedField[] {
  return diaryAllowed(policy) ? policy.locked : [...policy.locked, ...DIARY_SETTINGS];
}

/** A setting's value as a fresh copy, so no caller can change another's arrays or objects. */
function copyOf<K extends SettingKey>(value: Settings[K]): Settings[K] {
  return structuredClone(value);
}

/**
 * The settings in force: the policy's value where it sets one, Limber's default for a locked
 * setting it gives no value for, the diary and its prompt off where it does not allow the diary,
 * the user's own elsewhere.
 */
export function effectiveSettings(policy: Policy, own: Settings): Settings {
  const out = structuredClone(own) as unknown as Record<string, unknown>;
  for (const key of policy.locked) {
    out[key] = copyOf(
      Object.hasOwn(policy.values, key)
        ? (policy.values[key] as Settings[typeof key])
        : DEFAULT_SETTINGS[key],
    );
  }
  if (!diaryAllowed(policy)) for (const key of DIARY_SETTINGS) out[key] = false;
  return out as unknown as Settings;
}

/**
 * What to store for the user after a change (`next`): their own value, as it was in `own`, for
 * every locked setting, so no change (a preset, an import, a reset) ever writes one over.
 */
export function keepLocked(policy: Policy, next: Settings, own: Settings): Settings {
  const locked = lockedFields(policy);
  if (locked.length === 0) return next;
  const out = { ...next } as unknown as Record<string, unknown>;
  for (const key of locked) out[key] = structuredClone(own[key]);
  return out as unknown as Settings;
}

/** The locked settings `wanted` would change from what is in force: what an import cannot set. */
export function lockedChanges(
  policy: Policy,
  wanted: Settings,
  effective: Settings,
): LockedField[] {
  return lockedFields(policy).filter(
    (key) => JSON.stringify(wanted[key]) !== JSON.stringify(effective[key]),
  );
}
