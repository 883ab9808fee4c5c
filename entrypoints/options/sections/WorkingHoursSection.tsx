import { CheckboxField } from '@/components/CheckboxField';
import type { Weekday } from '@/lib/settings/schema';
import { formatTimeOfDay } from '@/lib/settings/validate';
import type { DraftField } from '../useSettings';
import type { SectionProps } from './fields';
import { Section } from './Section';

/** Monday first, as most working weeks are written. */
const DAYS: readonly { day: Weekday; name: string }[] = [
  { day: 1, name: 'Monday' },
  { day: 2, name: 'Tuesday' },
  { day: 3, name: 'Wednesday' },
  { day: 4, name: 'Thursday' },
  { day: 5, name: 'Friday' },
  { day: 6, name: 'Saturday' },
  { day: 0, name: 'Sunday' },
];

function TimeField(props: SectionProps & { which: 'start' | 'end'; label: string }) {
  const { form, settings, which, label } = props;
  const field: DraftField = `workingHours.${which}`;
  const id = `working-${which}`;
  const error = form.errors[field];
  const text = form.drafts[field]?.text ?? formatTimeOfDay(settings.workingHours[which]);
  return (
    <div class={`field time-field${error ? ' has-error' : ''}`}>
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="time"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error working-hours-help` : 'working-hours-help'}
        onInput={(event) => form.edit(field, { text: event.currentTarget.value })}
        onChange={(event) => form.commit(field, { text: event.currentTarget.value })}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Whether reminders keep to working days and hours, and which. */
export function WorkingHoursSection(props: SectionProps) {
  const { form, settings } = props;
  const hours = settings.workingHours;
  const daysDraft = form.drafts['workingHours.days']?.days;
  const days = daysDraft ?? hours.days;
  const daysError = form.errors['workingHours.days'];
  const toggleDay = (day: Weekday, on: boolean) => {
    const next = on ? [...days, day] : days.filter((d) => d !== day);
    form.commit('workingHours.days', { text: next.join(','), days: next });
  };
  return (
    <Section id="working-hours" title="Working hours">
      <CheckboxField
        id="workingHours-enabled"
        label="Only remind me during working hours"
        help="Outside them Limber stays quiet and does not count sitting time."
        checked={hours.enabled}
        onChange={(enabled) =>
          form.change((s) => ({ ...s, workingHours: { ...s.workingHours, enabled } }))
        }
      />
      <fieldset
        class={`field day-field${daysError ? ' has-error' : ''}`}
        aria-describedby={daysError ? 'working-days-error' : undefined}
      >
        <legend class="field-label">Working days</legend>
        <div class="day-list">
          {DAYS.map(({ day, name }) => (
            <label key={day} class="day-option">
              <input
                type="checkbox"
                checked={days.includes(day)}
                aria-invalid={daysError ? 'true' : undefined}
                aria-describedby={daysError ? 'working-days-error' : undefined}
                onChange={(event) => toggleDay(day, event.currentTarget.checked)}
              />
              {name}
            </label>
          ))}
        </div>
        {daysError && (
          <p class="field-error" id="working-days-error">
            {daysError}
          </p>
        )}
      </fieldset>
      <div class="time-range">
        <TimeField {...props} which="start" label="Working day starts" />
        <TimeField {...props} which="end" label="Working day ends" />
      </div>
      <p class="field-help" id="working-hours-help">
        The same hours on each working day. They cannot run past midnight; an end at midnight (00:00
        or 12:00 AM) means the end of the day.
      </p>
    </Section>
  );
}
