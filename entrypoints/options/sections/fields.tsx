import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
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

/** One number setting, wired to the form: typed text is kept, committed values are saved. */
export function NumberSetting({
  form,
  settings,
  field,
}: SectionProps & { field: NumberFieldName }) {
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
    />
  );
}

/** One on/off setting, saved as soon as it is switched. */
export function BooleanSetting({ form, settings, field }: SectionProps & { field: BooleanField }) {
  return (
    <CheckboxField
      id={field}
      label={fieldLabel(field)}
      help={fieldHelp(field)}
      checked={settings[field]}
      onChange={(checked) => form.change((s) => ({ ...s, [field]: checked }))}
    />
  );
}
