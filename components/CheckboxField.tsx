interface CheckboxFieldProps {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Not available now (another setting is off, or a policy sets it): shown, but not changeable. */
  disabled?: boolean;
  /** Why it is disabled, shown under it and read with it. */
  disabledReason?: string;
}

/** A checkbox with its label and a short help text that screen readers read with it. */
export function CheckboxField(props: CheckboxFieldProps) {
  const { id, label, help, checked, onChange, disabled = false, disabledReason } = props;
  const helpId = `${id}-help`;
  const reasonId = `${id}-reason`;
  const reason = disabled && disabledReason ? disabledReason : null;
  const describedBy = [reason ? reasonId : null, help ? helpId : null].filter(Boolean).join(' ');
  return (
    <div class={`field checkbox-field${disabled ? ' is-disabled' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
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
        {reason && (
          <p class="field-disabled-reason" id={reasonId}>
            {reason}
          </p>
        )}
      </div>
    </div>
  );
}
