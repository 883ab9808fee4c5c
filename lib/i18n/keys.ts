/**
 * The names of every message, taken from the English files at compile time (types only: no
 * text reaches the bundle this way). Add a line here for each new area file.
 */
type English = typeof import('./locales/en/extension.json') &
  typeof import('./locales/en/common.json') &
  typeof import('./locales/en/history.json') &
  typeof import('./locales/en/popup.json') &
  typeof import('./locales/en/exercises.json') &
  typeof import('./locales/en/break.json') &
  typeof import('./locales/en/redflags.json') &
  typeof import('./locales/en/guidance.json') &
  typeof import('./locales/en/options.json') &
  typeof import('./locales/en/settings.json') &
  typeof import('./locales/en/tips.json') &
  typeof import('./locales/en/notify.json') &
  typeof import('./locales/en/badge.json') &
  typeof import('./locales/en/policy.json') &
  typeof import('./locales/en/workstation.json') &
  typeof import('./locales/en/stand.json') &
  typeof import('./locales/en/diary.json') &
  typeof import('./locales/en/flare.json') &
  typeof import('./locales/en/myexercises.json');

export type MessageKey = keyof English & string;

/** Keys written as `<base>_one` and `<base>_other`: a count in words (see `tn`). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];
