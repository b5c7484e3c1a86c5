// Every file that went to or came from a partner: when, what, how many leads, who, and its digest.
import type { PartnerDto } from '../../../shared/contract/dto';
import { useApiQuery } from '../../api/useApi';
import { useStoreNow } from '../../app/useStoreClock';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate, formatWhen } from '../../ui/format';
import { BATCH_KIND_LABELS, sharedText } from './agreement';

export function BatchList({ partner }: { partner: PartnerDto }) {
  const { timeZone } = useStoreSettings();
  const now = useStoreNow();
  const batches = useApiQuery('partners.batches', { partnerId: partner.id });
  const when = (t: number) => (now === null ? formatDate(t, timeZone) : formatWhen(t, now, timeZone));

  return (
    <section className="batch-history" aria-labelledby="batch-history-title">
      <h3 id="batch-history-title">Files exchanged with {partner.name}</h3>
      {batches.error && <Banner tone="error">{batches.error.message}</Banner>}
      {batches.data?.length === 0 && (
        <EmptyState
          title="No files yet"
          next={`Every file shared with or received from ${partner.name} is listed here, with its SHA-256 to compare with theirs.`}
        />
      )}
      {batches.data && batches.data.length > 0 && (
        <table className="table" aria-labelledby="batch-history-title">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Leads
              </th>
              <th scope="col">By</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id}>
                <td>{when(b.createdAt)}</td>
                <td>
                  {BATCH_KIND_LABELS[b.kind]}
                  {b.kind === 'lead_export' && (
                    <span className="muted batch-fields">{sharedText(b.fields)}</span>
                  )}
                </td>
                <td>
                  <span className="batch-file">{b.fileName}</span>{' '}
                  <span className="tag">{b.format.toUpperCase()}</span>
                </td>
                <td className="num">{b.count.toLocaleString('en-US')}</td>
                <td>{b.createdByName}</td>
                <td>
                  <code title={b.sha256}>{b.sha256.slice(0, 12)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
