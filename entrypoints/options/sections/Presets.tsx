import { describeSchedule, matchingPreset, SCHEDULE_PRESETS } from '@/lib/settings/presets';
import { SourceLinks } from '../SourceLinks';
import type { DraftField } from '../useSettings';
import type { SectionProps } from './fields';

const SCHEDULE_DRAFTS: readonly DraftField[] = [
  'sitMinutes',
  'breakMinutes',
  'longBreakEvery',
  'longBreakMinutes',
];

/** The current schedule in words, and one-click schedules grounded in the evidence. */
export function Presets({ form, settings }: SectionProps) {
  const current = matchingPreset(settings);
  return (
    <div class="presets">
      <p class="current-schedule">
        <strong>Now:</strong> {describeSchedule(settings)}
        {current ? '' : ' (your own schedule)'}
      </p>
      <ul class="preset-list" aria-label="Suggested schedules">
        {SCHEDULE_PRESETS.map((preset) => {
          const inUse = current?.id === preset.id;
          return (
            <li key={preset.id} class={`preset${inUse ? ' in-use' : ''}`}>
              <button
                type="button"
                aria-pressed={inUse}
                aria-describedby={`preset-${preset.id}-why`}
                onClick={() =>
                  form.change((s) => ({ ...s, ...preset.schedule }), {
                    what: `Schedule set: ${preset.name.toLowerCase()}`,
                    replaces: SCHEDULE_DRAFTS,
                  })
                }
              >
                {preset.name}
              </button>
              <p id={`preset-${preset.id}-why`} class="preset-why">
                {preset.why} <SourceLinks sources={preset.sources} />
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
