// The partners a file about the person went to or came from, each with those files: the owner tells
// them of the erasure, since their copies are theirs to erase.
import type { ErasePartnerDto, ShareBatchDto } from '../../../shared/contract/dto';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatDate } from '../../ui/format';

const WHAT: Record<ShareBatchDto['kind'], string> = {
  lead_export: 'received the lead',
  lead_import: 'sent us the lead',
  outcome_export: 'received its outcome',
  outcome_import: 'sent us its outcome',
};

export function PartnersToTell({ partners, done = false }: { partners: ErasePartnerDto[]; done?: boolean }) {
  const { timeZone } = useStoreSettings();
  return (
    <section className="erase-partners" aria-labelledby="erase-partners-title">
      <h3 id="erase-partners-title">{done ? 'Now tell these partners' : 'Partners to tell'}</h3>
      {partners.length === 0 ? (
        <p className="muted">No file about this person went to or came from a partner.</p>
      ) : (
        <ul>
          {partners.map((p) => (
            <li key={p.partnerId}>
              <strong>{p.partnerName}</strong>
              {p.contact && <span className="muted"> · {p.contact}</span>}
              <ul>
                {p.batches.map((b) => (
                  <li key={b.batchId}>
                    {WHAT[b.kind]} on {formatDate(b.at, timeZone)} (file #{b.batchId}
                    {b.fileName && `, ${b.fileName}`})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
