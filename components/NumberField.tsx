import type { TargetedEvent } from 'preact';

interface NumberFieldProps {
  id: string;
  label: string;
  /** Shown after the input ("minutes"). */
  unit: string;
  help: string;
  /** The allowed range in words, shown after the help ("From 5 to 240 minutes."). */
  range: string;
  min: number;
  max: number;
  /** What the input shows: the saved value, or what the user is typing. */
  text: string;
  error?: string;
  onEdit: (text: string, badInput: boolean) => void;
  /** The user is done with the value: blur, Enter, or a step with the arrow keys or spinner. */
  onCommit: (text: string, badInput: boolean) => void;
  /** Not available now (another setting turns it off, or a policy sets it): shown, not editable. */
  disabled?: boolean;
  /** Why it is disabled, shown under it and read with it. */
  disabledReason?: string;
}

type InputEvent = TargetedEvent<HTMLInputElement>;

function read(event: InputEvent): [string, boolean] {
  const input = event.currentTarget;
  return [input.value, input.validity.badInput];
}

/** A whole-number input with its label, unit, help and range, and its error beside it. */
export function NumberField(props: NumberFieldProps) {
  const { id, label, unit, help, range, min, max, text, error, disabled = false } = props;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const reasonId = `${id}-reason`;
  const reason = disabled && props.disabledReason ? props.disabledReason : null;
  const describedBy = [error ? errorId : null, reason ? reasonId : null, helpId]
    .filter(Boolean)
    .join(' ');
  const classes = ['field', 'number-field', error && 'has-error', disabled && 'is-disabled'];
  return (
    <div class={classes.filter(Boolean).join(' ')}>
      <label class="field-label" for={id}>
        {label}
      </label>
      <div class="field-control">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          disabled={disabled}
          aria-describedby={describedBy}
          onInput={(event) => props.onEdit(...read(event))}
          onChange={(event) => props.onCommit(...read(event))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') props.onCommit(...read(event));
          }}
        />
        <span class="field-unit">{unit}</span>
      </div>
      <p class="field-help" id={helpId}>
        {help} {range}
      </p>
      {reason && (
        <p class="field-disabled-reason" id={reasonId}>
          {reason}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
