// My day's paper and phone: print today's call sheet; put my open calls into my own calendar app.
import { useState } from 'react';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { downloadBlob } from '../../ui/download';

export function DayTools({ ownCalendar }: { ownCalendar: boolean }) {
  const [exporting, setExporting] = useState(false);
  return (
    <div className="inline">
      <button type="button" onClick={() => window.print()}>
        Print call sheet
      </button>
      {ownCalendar && (
        <button type="button" onClick={() => setExporting(true)}>
          Export to calendar…
        </button>
      )}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}

function ExportDialog({ onClose }: { onClose: () => void }) {
  const [withPhone, setWithPhone] = useState(false);
  const exportIcs = useApiMutation('calendar.exportIcs');
  const save = () =>
    exportIcs.mutate(
      { withPhone },
      {
        onSuccess: (file) => {
          downloadBlob(new Blob([file.content], { type: 'text/calendar;charset=utf-8' }), file.fileName);
          onClose();
        },
      },
    );
  return (
    <Dialog title="Export my calls to a calendar" onClose={onClose} busy={exportIcs.isPending}>
      <p>
        A calendar file (.ics) of every open call on your calendar, for your phone, Outlook or Google
        Calendar: each call at its time, with the customer's first name and why you call. Import it again
        later and the same calls are updated, not doubled.
      </p>
      <label className="check">
        <input type="checkbox" checked={withPhone} onChange={(e) => setWithPhone(e.target.checked)} />
        Put the customers' phone numbers in the file (it leaves BeBack: keep it on your own device)
      </label>
      {exportIcs.error && <Banner tone="error">{exportIcs.error.message}</Banner>}
      <div className="form-actions">
        <button type="button" className="primary" onClick={save} disabled={exportIcs.isPending}>
          Export
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
