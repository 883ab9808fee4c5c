import { CheckboxField } from '@/components/CheckboxField';
import { NumberField } from '@/components/NumberField';
import {
  BOOLEAN_FIELDS,
  type BooleanField,
  NUMBER_FIELDS,
  type NumberField as NumberFieldName,
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
  const info = NUMBER_FIELDS[field];
  const { min, max } = NUMBER_BOUNDS[field];
  return (
    <NumberField
      id={field}
      label={info.label}
      unit={info.unit}
      help={info.help}
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
  const info = BOOLEAN_FIELDS[field];
  return (
    <CheckboxField
      id={field}
      label={info.label}
      help={info.help}
      checked={settings[field]}
      onChange={(checked) => form.change((s) => ({ ...s, [field]: checked }))}
    />
  );
}
