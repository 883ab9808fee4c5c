import { t } from '@/lib/i18n/t';
import { draftLabel } from '@/lib/settings/form';
import { formatTimeOfDay } from '@/lib/settings/validate';
import { BooleanSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** Read with the prompt's fields while they do not apply. */
const OFF_REASON_ID = 'check-in-off';

/**
 * The pain diary (issue 19): on or off, and the once-a-day prompt with its time. The prompt and
 * its time only apply with the diary on, and the time only with the prompt on.
 */
export function DiarySection(props: SectionProps) {
  const { form, settings } = props;
  const diaryOff = !settings.painDiary;
  const timeOff = diaryOff || !settings.checkInPrompt || form.locked('checkInTime');
  const error = form.errors.checkInTime;
  const text = form.drafts.checkInTime?.text ?? formatTimeOfDay(settings.checkInTime);
  const describedBy = [
    error && 'checkInTime-error',
    timeOff && !diaryOff && OFF_REASON_ID,
    'checkInTime-help',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Section id="diary" title={t('diary_heading')}>
      <BooleanSetting {...props} field="painDiary" />
      <BooleanSetting
        {...props}
        field="checkInPrompt"
        disabled={diaryOff}
        disabledReason={t('diary_options_off')}
      />
      <div class={`field time-field${error ? ' has-error' : ''}`}>
        <label class="field-label" for="checkInTime">
          {draftLabel('checkInTime')}
        </label>
        <input
          id="checkInTime"
          type="time"
          value={text}
          disabled={timeOff}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => form.edit('checkInTime', { text: event.currentTarget.value })}
          onChange={(event) => form.commit('checkInTime', { text: event.currentTarget.value })}
        />
        {timeOff && !diaryOff ? (
          <p class="field-disabled-reason" id={OFF_REASON_ID}>
            {form.locked('checkInTime') ? t('policy_locked') : t('diary_options_prompt_off')}
          </p>
        ) : null}
        {error ? (
          <p class="field-error" id="checkInTime-error">
            {error}
          </p>
        ) : null}
        <p class="field-help" id="checkInTime-help">
          {t('settings_check_in_time_help')}
        </p>
      </div>
      <p class="field-help">{t('diary_privacy')}</p>
    </Section>
  );
}
