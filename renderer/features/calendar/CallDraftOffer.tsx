// Typed notes (and an edited message) the idle lock kept of this call, offered back to the same employee.
import { Banner } from '../../ui/Banner';

interface Props {
  onPutBack: () => void;
  onDiscard: () => void;
}

export function CallDraftOffer({ onPutBack, onDiscard }: Props) {
  return (
    <Banner tone="info">
      <span className="banner-with-actions">
        <span>You had typed notes for this call before the PC locked.</span>
        <span className="banner-actions">
          <button type="button" className="primary" onClick={onPutBack}>
            Put them back
          </button>
          <button type="button" onClick={onDiscard}>
            Discard
          </button>
        </span>
      </span>
    </Banner>
  );
}
