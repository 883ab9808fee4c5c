import { t } from '@/lib/i18n/t';
import { fieldHelp } from '@/lib/settings/fields';
import { BooleanSetting, isZero, NumberSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** How a reminder behaves: snoozing, the second reminder, the notification and the badge. */
export function RemindersSection(props: SectionProps) {
  const { form, settings } = props;
  return (
    <Section id="reminders" title={t('options_reminders_title')}>
      <fieldset class="field radio-field" aria-describedby="notificationStays-help">
        <legend class="field-label">{t('options_reminders_appear')}</legend>
        {[
          { value: true, label: t('options_reminders_stay') },
          { value: false, label: t('options_reminders_close') },
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
          {fieldHelp('notificationStays')}
        </p>
      </fieldset>
      <BooleanSetting {...props} field="notificationSilent" />
      <BooleanSetting {...props} field="reRemind" />
      {/* The count first: at 0 it turns snoozing off, and the length with it. */}
      <NumberSetting {...props} field="maxSnoozes" />
      <NumberSetting
        {...props}
        field="snoozeMinutes"
        disabled={isZero(form, settings, 'maxSnoozes')}
        disabledReason={t('options_snooze_off')}
      />
      <BooleanSetting {...props} field="showBadge" />
    </Section>
  );
}
