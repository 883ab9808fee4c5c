import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

interface ConfirmDialogProps {
  id: string;
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  /** Also called for Escape. */
  onCancel: () => void;
}

/**
 * An in-page confirmation on the native modal `<dialog>`: it traps focus, closes on Escape and
 * hides the page from screen readers while open. Focus starts on Cancel, the safe choice.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { id, open, title, children, confirmLabel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div class="confirm-actions">
        <button type="button" class="danger" onClick={props.onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </dialog>
  );
}
