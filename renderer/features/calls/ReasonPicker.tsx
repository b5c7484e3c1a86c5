// "The reason I'm calling is ____": the reasons that fit this walkout, best first; arrow keys choose.
import { useEffect, useRef } from 'react';
import type { SuggestedReasonDto } from '../../../shared/contract/dto';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { choiceTile } from '../../ui/choiceTile';
import styles from './ReasonPicker.module.css';

interface Props {
  walkoutId: number;
  chosen: number | null;
  onChoose: (reason: SuggestedReasonDto | null) => void;
}

export function ReasonPicker({ walkoutId, chosen, onChoose }: Props) {
  const suggestions = useApiQuery('reasons.suggest', { walkoutId });
  // The best fit is chosen for the rep once; any choice they make after that is theirs.
  const preselected = useRef(false);
  useEffect(() => {
    const best = suggestions.data?.[0];
    if (best && !preselected.current) {
      preselected.current = true;
      onChoose(best);
    }
  }, [suggestions.data, onChoose]);
  if (suggestions.error) return <Banner tone="error">{suggestions.error.message}</Banner>;
  const list = suggestions.data ?? [];
  return (
    <fieldset className={styles.picker}>
      <legend>The reason I'm calling is… — best fit first; arrow keys change it</legend>
      {suggestions.isPending && <p className="muted">Finding reasons that fit…</p>}
      {!suggestions.isPending && list.length === 0 && (
        <p className="muted">No reason in the bank fits this walkout yet. Ask your manager to add one.</p>
      )}
      {list.map((s) => (
        <label key={s.reason.id} className={choiceTile(styles.option, chosen === s.reason.id)}>
          <input
            type="radio"
            name="reason"
            value={s.reason.id}
            checked={chosen === s.reason.id}
            onChange={() => onChoose(s)}
          />
          <span>
            {s.reason.text}
            <small className="muted"> — {s.why}</small>
          </span>
        </label>
      ))}
      {list.length > 0 && (
        <label className={choiceTile(styles.option, chosen === null)}>
          <input
            type="radio"
            name="reason"
            value=""
            checked={chosen === null}
            onChange={() => onChoose(null)}
          />
          <span className="muted">No reason this time</span>
        </label>
      )}
    </fieldset>
  );
}
