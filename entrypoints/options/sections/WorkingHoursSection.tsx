import { CheckboxField } from '@/components/CheckboxField';
import { t, uiLocale } from '@/lib/i18n/t';
import { fieldLabel } from '@/lib/settings/fields';
import { draftLabel } from '@/lib/settings/form';
import type { Weekday } from '@/lib/settings/schema';
import { formatTimeOfDay } from '@/lib/settings/validate';
import type { DraftField } from '../useSettings';
import type { SectionProps } from './fields';
import { Section } from './Section';

/** Monday first, as most working weeks are written. */
const DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * The day's name in the user's language, capitalised as a label even where the language writes
 * weekdays in lower case ("lunes" becomes "Lunes").
 */
export function weekdayName(day: Weekday): string {
  const locale = uiLocale();
  // 4 January 1970 was a Sunday (day 0).
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 4 + day),
  );
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Shown, and read with each of them, while the days and hours do not apply. */
const OFF_REASON_ID = 'working-hours-off';

function TimeField(props: SectionProps & { which: 'start' | 'end'; off: boolean }) {
  const { form, settings, which, off } = props;
  const field: DraftField = `workingHours.${which}`;
  const label = draftLabel(field);
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
        disabled={off}
        aria-describedby={[error && `${id}-error`, off && OFF_REASON_ID, 'working-hours-help']
          .filter(Boolean)
          .join(' ')}
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
  // Days and hours apply only while the switch is on: shown, but not changeable, until then.
  // Set by the organisation: shown as it is, not changeable, and said so.
  const locked = form.locked('workingHours');
  const off = !hours.enabled || locked;
  const daysDescribedBy =
    [daysError && 'working-days-error', off && OFF_REASON_ID].filter(Boolean).join(' ') ||
    undefined;
  const toggleDay = (day: Weekday, on: boolean) => {
    const next = on ? [...days, day] : days.filter((d) => d !== day);
    form.commit('workingHours.days', { text: next.join(','), days: next });
  };
  return (
    <Section id="working-hours" title={fieldLabel('workingHours')}>
      <CheckboxField
        id="workingHours-enabled"
        label={fieldLabel('workingHours.enabled')}
        help={t('options_working_hours_enabled_help')}
        checked={hours.enabled}
        onChange={(enabled) =>
          form.change((s) => ({ ...s, workingHours: { ...s.workingHours, enabled } }))
        }
        disabled={locked}
        disabledReason={t('policy_locked')}
      />
      <fieldset
        class="dependent-fields"
        disabled={off}
        aria-describedby={off ? OFF_REASON_ID : undefined}
      >
        <legend class="visually-hidden">{t('options_working_hours_when')}</legend>
        {off && (
          <p class="field-disabled-reason" id={OFF_REASON_ID}>
            {locked ? t('policy_locked') : t('options_working_hours_off')}
          </p>
        )}
        <fieldset
          class={`field day-field${daysError ? ' has-error' : ''}`}
          aria-describedby={daysDescribedBy}
        >
          <legend class="field-label">{draftLabel('workingHours.days')}</legend>
          <div class="day-list">
            {DAYS.map((day) => (
              <label key={day} class="day-option">
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  disabled={off}
                  aria-invalid={daysError ? 'true' : undefined}
                  aria-describedby={daysDescribedBy}
                  onChange={(event) => toggleDay(day, event.currentTarget.checked)}
                />
                {weekdayName(day)}
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
          <TimeField {...props} which="start" off={off} />
          <TimeField {...props} which="end" off={off} />
        </div>
        <p class="field-help" id="working-hours-help">
          {t('options_working_hours_help')}
        </p>
      </fieldset>
    </Section>
  );
}
