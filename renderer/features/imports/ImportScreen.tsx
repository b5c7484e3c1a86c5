// "Import a spreadsheet" (manager, owner): the store's own old sheet of walkouts, saved as CSV. Choose the
// employee and the file; BeBack guesses each column's field and checks every row, writing nothing; the user
// corrects the columns, decides each match, then imports every valid row at once onto that calendar.
import { useState } from 'react';
import type { SheetImportedDto } from '../../../shared/contract/dto';
import type { SheetField } from '../../../shared/domain/sheetColumns';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { ActiveEmployeeOptions } from '../../ui/EmployeeSelect';
import { Field } from '../../ui/Field';
import { plural } from '../../ui/format';
import { type ChosenFile, FilePicker, FileProblems } from '../partners/PartnerFile';
import { ColumnMapping } from './ColumnMapping';
import styles from './ImportScreen.module.css';
import { type Decision, SheetPreview } from './SheetPreview';

export function ImportScreen() {
  const check = useApiMutation('imports.check');
  const commit = useApiMutation('imports.commit');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [pickerKey, setPickerKey] = useState(0);
  const [done, setDone] = useState<SheetImportedDto | null>(null);

  /** Every change of file, employee or columns checks the whole file again. */
  const recheck = (f: ChosenFile | null, who: number | null, mapping?: (SheetField | null)[]) => {
    commit.reset();
    if (!f || who === null) {
      check.reset();
      return;
    }
    setDone(null);
    check.mutate({ fileName: f.name, text: f.content, employeeId: who, mapping });
  };

  const c = file && employeeId !== null ? check.data : undefined;
  const count = c ? c.fresh + c.matching : 0;
  const undecided = c ? c.matches.filter((m) => !decisions[m.line]).length : 0;
  const ready = c && !check.isPending && count > 0 && undecided === 0 && !commit.isPending;

  const run = () => {
    if (!ready || !file || employeeId === null) return;
    commit.mutate(
      {
        fileName: file.name,
        text: file.content,
        employeeId,
        mapping: c.columns.map((col) => col.field),
        token: c.token,
        decisions,
      },
      {
        onSuccess: (result) => {
          setDone(result);
          setFile(null);
          setDecisions({});
          check.reset();
          setPickerKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <div className={styles.importScreen}>
      <div className="screen-head">
        <h1>Import a spreadsheet</h1>
        <p className="hint">
          Your store’s own list of walkouts, saved from Excel or Google Sheets as CSV. Nothing is written
          until you press Import.
        </p>
      </div>
      <section className={`card ${styles.choose}`} aria-label="File and employee">
        <Field label="Assign to" htmlFor="sheet-employee" hint="Their first calls go on this calendar">
          <select
            id="sheet-employee"
            value={employeeId ?? ''}
            onChange={(e) => {
              const who = e.target.value === '' ? null : Number(e.target.value);
              setEmployeeId(who);
              recheck(
                file,
                who,
                check.data?.columns.map((col) => col.field),
              );
            }}
          >
            <option value="">Choose who calls them</option>
            <ActiveEmployeeOptions />
          </select>
        </Field>
        <FilePicker
          key={pickerKey}
          id="sheet-file"
          label="Spreadsheet (CSV)"
          accept=".csv,text/csv"
          hint="The first row holds the column names; up to 40 MB"
          disabled={commit.isPending}
          onChosen={(f) => {
            setFile(f);
            setDecisions({});
            recheck(f, employeeId);
          }}
        />
        {file && employeeId === null && (
          <p className="field-hint">Choose who calls them to check the file.</p>
        )}
      </section>
      {check.isPending && <p className="muted">Checking every row of the file…</p>}
      {check.error && <FileProblems error={check.error} />}
      {c && file && (
        <div className={styles.work}>
          <section className="card" aria-labelledby="columns-title">
            <h2 id="columns-title">Columns</h2>
            <ColumnMapping
              columns={c.columns}
              disabled={check.isPending || commit.isPending}
              onChange={(mapping) => recheck(file, employeeId, mapping)}
            />
          </section>
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">
              Preview of {file.name}: {plural(c.rows, 'row')}
            </h2>
            <SheetPreview check={c} decisions={decisions} onDecide={setDecisions} />
            {commit.isPending ? (
              <div className={styles.progress}>
                <label htmlFor="sheet-progress">Importing {plural(count, 'walkout')}…</label>
                <progress id="sheet-progress" />
              </div>
            ) : count > 0 ? (
              <button type="button" className="primary" disabled={!ready} onClick={run}>
                Import {plural(count, 'walkout')}
              </button>
            ) : (
              <Banner tone="info">
                No row of this file can be imported: correct the columns or the file.
              </Banner>
            )}
            {undecided > 0 && (
              <p className="field-hint">Choose merge or new for {plural(undecided, 'matching row')} first.</p>
            )}
            {commit.error && <FileProblems error={commit.error} />}
          </section>
        </div>
      )}
      {done && (
        <Banner tone="ok">
          Imported {plural(done.imported, 'walkout')}
          {done.merged > 0
            ? ` (${done.merged.toLocaleString('en-US')} merged into prospects already here)`
            : ''}
          ; {plural(done.firstCalls, 'first call')} booked
          {done.skippedInvalid > 0 ? `; ${plural(done.skippedInvalid, 'invalid row')} left out` : ''}.
        </Banner>
      )}
    </div>
  );
}
