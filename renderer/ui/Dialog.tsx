// A modal dialog in the page (the browser's own <dialog>): focus moves into it, the page behind is inert,
// Escape closes it unless it is busy. Never window.confirm, which Electron does not show and cannot style.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  /** While true (a restore running), Escape does nothing: the result must be seen. */
  busy?: boolean;
  children: ReactNode;
}

export function Dialog({ title, onClose, busy = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
