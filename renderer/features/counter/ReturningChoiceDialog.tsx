// Asked when Enter logs a walkout whose phone or email matches a stored prospect nobody has answered for:
// S (or Enter) = the same person, D = a different person; then the walkout is logged. Esc goes back.
import type { ProspectMatchDto } from '../../../shared/contract/dto';
import { Dialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import styles from './ReturningChoiceDialog.module.css';
import type { Choice } from './walkoutFormValues';

interface Props {
  matches: ProspectMatchDto[];
  timeZone: string;
  onChoose: (choice: Choice) => void;
  onBack: () => void;
}

export function ReturningChoiceDialog({ matches, timeZone, onChoose, onBack }: Props) {
  const onKeyDown = (e: React.KeyboardEvent) => {
    const key = e.key.toLowerCase();
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (key === 's') onChoose({ returning: matches[0].prospect });
    else if (key === 'd') onChoose({ confirmNewProspect: true });
    else return;
    e.preventDefault();
  };
  return (
    <Dialog title="Same person as before?" onClose={onBack}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the S and D keys of the buttons inside */}
      <div onKeyDown={onKeyDown}>
        <p>This phone or email is already on file. Is this customer the same person?</p>
        {matches.map((m, i) => (
          <div key={m.prospect.id} className={styles.match}>
            <div>
              <strong>{prospectName(m.prospect)}</strong> — same {m.matchedOn.join(' and ')}; {m.walkoutCount}{' '}
              {m.walkoutCount === 1 ? 'visit' : 'visits'}, last {formatDate(m.lastVisitAt, timeZone)} with{' '}
              {m.lastEmployeeName}
            </div>
            <button type="button" className="primary" onClick={() => onChoose({ returning: m.prospect })}>
              Same person
              {i === 0 && (
                <>
                  {' '}
                  <kbd>S</kbd>
                </>
              )}
            </button>
          </div>
        ))}
        <div className="form-actions">
          <button type="button" onClick={() => onChoose({ confirmNewProspect: true })}>
            Different person <kbd>D</kbd>
          </button>
          <button type="button" onClick={onBack}>
            Back to the form <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </Dialog>
  );
}
