interface CheckboxFieldProps {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label and a short help text that screen readers read with it. */
export function CheckboxField({ id, label, help, checked, onChange }: CheckboxFieldProps) {
  const helpId = `${id}-help`;
  return (
    <div class="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label class="field-label" for={id}>
          {label}
        </label>
        {help && (
          <p class="field-help" id={helpId}>
            {help}
          </p>
        )}
      </div>
    </div>
  );
}
