import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
import { t } from '@/lib/i18n/t';
import {
  type BooleanField,
  fieldHelp,
  fieldLabel,
  type NumberField as NumberFieldName,
  rangeText,
  unitWord,
} from '@/lib/settings/fields';
import { NUMBER_BOUNDS, type Settings } from '@/lib/settings/schema';
import type { SettingsForm } from '../useSettings';

export interface SectionProps {
  form: SettingsForm;
  settings: Settings;
}

/** A field that cannot be changed now, and why (another setting turns it off, or a policy). */
export interface Availability {
  disabled?: boolean;
  disabledReason?: string;
}

/** A setting the organisation sets is shown, not changeable, with that as the reason. */
function lockedBy(form: SettingsForm, field: string, given: Availability): Availability {
  return form.locked(field) ? { disabled: true, disabledReason: t('policy_locked') } : given;
}

/** One number setting, wired to the form: typed text is kept, committed values are saved. */
export function NumberSetting({
  form,
  settings,
  field,
  disabled,
  disabledReason,
}: SectionProps & Availability & { field: NumberFieldName }) {
  const { min, max } = NUMBER_BOUNDS[field];
  return (
    <NumberField
      id={field}
      label={fieldLabel(field)}
      unit={unitWord(field)}
      help={fieldHelp(field)}
      range={rangeText(field)}
      min={min}
      max={max}
      text={form.drafts[field]?.text ?? String(settings[field])}
      error={form.errors[field]}
      onEdit={(text, badInput) => form.edit(field, { text, badInput })}
      onCommit={(text, badInput) => form.commit(field, { text, badInput })}
      {...lockedBy(form, field, { disabled, disabledReason })}
    />
  );
}

/** One on/off setting, saved as soon as it is switched. */
export function BooleanSetting({
  form,
  settings,
  field,
  disabled,
  disabledReason,
}: SectionProps & Availability & { field: BooleanField }) {
  return (
    <CheckboxField
      id={field}
      label={fieldLabel(field)}
      help={fieldHelp(field)}
      checked={settings[field]}
      onChange={(checked) => form.change((s) => ({ ...s, [field]: checked }))}
      {...lockedBy(form, field, { disabled, disabledReason })}
    />
  );
}

/**
 * Whether a number setting, as typed or saved, is 0: the value that turns its dependent setting
 * off ("0 turns snoozing off"). Half-typed text (empty, not a number) does not turn anything off.
 */
export function isZero(form: SettingsForm, settings: Settings, field: NumberFieldName): boolean {
  const text = form.drafts[field]?.text ?? String(settings[field]);
  return text.trim() !== '' && Number(text) === 0;
}
