import { BOOLEAN_FIELDS } from '@/lib/settings/fields';
import { BooleanSetting, NumberSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** How a reminder behaves: snoozing, the second reminder, the notification and the badge. */
export function RemindersSection(props: SectionProps) {
  const { form, settings } = props;
  const stays = BOOLEAN_FIELDS.notificationStays;
  return (
    <Section id="reminders" title="Reminders">
      <fieldset class="field radio-field" aria-describedby="notificationStays-help">
        <legend class="field-label">When a reminder appears</legend>
        {[
          { value: true, label: 'Keep it on screen until I respond' },
          { value: false, label: 'Let it close by itself' },
        ].map((option) => (
          <label key={String(option.value)} class="radio-option">
            <input
              type="radio"
              name="notificationStays"
              checked={settings.notificationStays === option.value}
              onChange={() => form.change((s) => ({ ...s, notificationStays: option.value }))}
            />
            {option.label}
          </label>
        ))}
        <p class="field-help" id="notificationStays-help">
          {stays.help}
        </p>
      </fieldset>
      <BooleanSetting {...props} field="notificationSilent" />
      <BooleanSetting {...props} field="reRemind" />
      <NumberSetting {...props} field="snoozeMinutes" />
      <NumberSetting {...props} field="maxSnoozes" />
      <BooleanSetting {...props} field="showBadge" />
    </Section>
  );
}
