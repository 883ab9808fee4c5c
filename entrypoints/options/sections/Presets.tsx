import { SOURCES, type Source } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';
import {
  describeSchedule,
  matchingPreset,
  presetChosen,
  presetName,
  presetWhy,
  SCHEDULE_PRESETS,
} from '@/lib/settings/presets';
import type { DraftField } from '../useSettings';
import type { SectionProps } from './fields';

const SCHEDULE_DRAFTS: readonly DraftField[] = [
  'sitMinutes',
  'breakMinutes',
  'longBreakEvery',
  'longBreakMinutes',
];

/**
 * Every source behind the default schedule and the presets, once each: shown under "Why" rather
 * than after each preset, so the choices stay short to read.
 */
export const SCHEDULE_SOURCES: readonly Source[] = [
  ...new Set([
    SOURCES.hseBreaks,
    SOURCES.thorp2014,
    SOURCES.henson2016,
    ...SCHEDULE_PRESETS.flatMap((preset) => preset.sources),
  ]),
];

/** The current schedule in words, and one-click schedules grounded in the evidence. */
export function Presets({ form, settings }: SectionProps) {
  const current = matchingPreset(settings);
  const schedule = describeSchedule(settings);
  return (
    <div class="presets">
      <p class="current-schedule">
        <strong>{t('options_schedule_now')}</strong>{' '}
        {current ? schedule : t('options_schedule_own', schedule)}
      </p>
      <ul class="preset-list" aria-label={t('options_presets_label')}>
        {SCHEDULE_PRESETS.map((preset) => {
          const inUse = current?.id === preset.id;
          return (
            <li key={preset.id} class={`preset${inUse ? ' in-use' : ''}`}>
              <button
                type="button"
                aria-pressed={inUse}
                aria-describedby={`preset-${preset.id}-why`}
                // Shown before the name of the schedule in use; see options.css.
                data-in-use={t('options_preset_in_use')}
                onClick={() =>
                  form.change((s) => ({ ...s, ...preset.schedule }), {
                    what: presetChosen(preset),
                    replaces: SCHEDULE_DRAFTS,
                  })
                }
              >
                {presetName(preset)}
              </button>
              <p id={`preset-${preset.id}-why`} class="preset-why">
                {presetWhy(preset)}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
