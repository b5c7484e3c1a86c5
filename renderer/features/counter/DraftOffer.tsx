// The walkout this employee left half typed, offered back when they open the counter again.
import { Banner } from '../../ui/Banner';
import type { WalkoutFormValues } from './walkoutFormValues';

interface DraftOfferProps {
  draft: WalkoutFormValues;
  onRestore: () => void;
  onDiscard: () => void;
}

export function DraftOffer({ draft, onRestore, onDiscard }: DraftOfferProps) {
  const name = draft.prospect.firstName.trim() || 'a customer with no name yet';
  return (
    <Banner tone="info">
      <span className="banner-with-actions">
        <span>You had a walkout half typed for {name}.</span>
        <span className="banner-actions">
          <button type="button" className="primary" onClick={onRestore}>
            Restore
          </button>
          <button type="button" onClick={onDiscard}>
            Discard
          </button>
        </span>
      </span>
    </Banner>
  );
}
