// Asked before a call with typed notes or an edited message is left: Stay (Enter, Esc) keeps every word,
// Leave throws them away.
import { useEffect, useRef } from 'react';
import { Dialog } from '../../ui/Dialog';
import { trapTab } from '../../ui/focusTrap';
import { lossWords, type UnsavedWork } from './unsavedWork';

interface Props {
  work: UnsavedWork;
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveCallDialog({ work, onStay, onLeave }: Props) {
  const stay = useRef<HTMLButtonElement>(null);
  // After the dialog opens (its own effect runs first), so Enter means Stay whatever the browser focused.
  useEffect(() => stay.current?.focus(), []);
  return (
    <Dialog title="Leave this call?" onClose={onStay}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Tab stays among the two buttons inside */}
      <div onKeyDown={trapTab}>
        <p>{lossWords(work)}</p>
        <div className="form-actions">
          <button ref={stay} type="button" className="primary" onClick={onStay}>
            Stay <kbd>Enter</kbd>
          </button>
          <button type="button" onClick={onLeave}>
            Leave
          </button>
        </div>
      </div>
    </Dialog>
  );
}
