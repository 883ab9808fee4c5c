import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import './ConfirmAction.css';

interface ConfirmActionProps {
  /** The button that asks first, e.g. "Clear history…". */
  label: string;
  /** The question, e.g. "Clear all history?". */
  question: string;
  /** What will and will not happen. */
  children: ComponentChildren;
  /** The button that does it, e.g. "Yes, clear history". */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
}

/**
 * A destructive action with its confirmation in the page, not in a browser dialog: the question
 * replaces the button, focus moves to the safe choice, and Escape or "Cancel" goes back.
 */
export function ConfirmAction({
  label,
  question,
  children,
  confirmLabel,
  onConfirm,
  disabled = false,
}: ConfirmActionProps) {
  const uid = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      close();
    }
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        class="confirm-trigger"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }

  return (
    <fieldset
      class="confirm-box"
      aria-describedby={`${uid}-d`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <legend class="confirm-question">{question}</legend>
      <div id={`${uid}-d`} class="confirm-detail">
        {children}
      </div>
      <div class="confirm-buttons">
        <button type="button" class="confirm-danger" disabled={busy} onClick={confirm}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" disabled={busy} onClick={close}>
          {t('common_cancel')}
        </button>
      </div>
    </fieldset>
  );
}
