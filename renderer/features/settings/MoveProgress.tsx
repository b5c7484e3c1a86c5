// A move's progress (the screen polls it while it runs), then what both sides count, then the outcome in words.
import type { MoveCheckDto, MoveProgressDto } from '../../../shared/contract/dto';
import { Banner } from '../../ui/Banner';
import { formatMoneyExact } from '../../ui/format';

export const moveRunning = (p: MoveProgressDto | undefined) =>
  p?.state === 'copying' || p?.state === 'verifying';

export function MoveProgress({ p }: { p: MoveProgressDto }) {
  const percent = p.totalRows ? Math.round((p.rows / p.totalRows) * 100) : 0;
  const label =
    p.state === 'copying'
      ? p.table
        ? `Copying ${p.table}: ${p.rows.toLocaleString('en-US')} of ${p.totalRows.toLocaleString('en-US')} rows (${percent}%)`
        : 'Starting the copy…'
      : p.state === 'verifying'
        ? 'Copied; counting both sides…'
        : p.state === 'done'
          ? `Copied ${p.totalRows.toLocaleString('en-US')} rows`
          : 'The move stopped';
  return (
    <section className="card store-move" aria-label="Move to the server">
      <h2>Move to the server</h2>
      <div className="store-move-progress">
        <span id="store-move-label">{label}</span>
        <div
          className="store-move-bar"
          role="progressbar"
          aria-labelledby="store-move-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={p.state === 'done' ? 100 : percent}
          aria-valuetext={label}
        >
          <div className="store-move-fill" style={{ width: `${p.state === 'done' ? 100 : percent}%` }} />
        </div>
      </div>
      {p.message && <Banner tone={p.state === 'done' ? 'ok' : 'error'}>{p.message}</Banner>}
      {p.keptFile && p.state === 'done' && (
        <p>
          The built-in file is kept as it was at the move, as its backup: <code>{p.keptFile}</code>
        </p>
      )}
      {p.totals.length > 0 && (
        <div className="store-move-checks">
          <Checks caption="Dashboard totals, all time" rows={p.totals} />
          <Checks caption="Rows per table" rows={p.tables} />
        </div>
      )}
    </section>
  );
}

const figure = (r: MoveCheckDto, n: number) => (r.cents ? formatMoneyExact(n) : n.toLocaleString('en-US'));

function Checks({ caption, rows }: { caption: string; rows: MoveCheckDto[] }) {
  return (
    <table className="table store-move-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">This PC</th>
          <th scope="col">Server</th>
          <th scope="col">Same</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{figure(r, r.file)}</td>
            <td className="num">{figure(r, r.server)}</td>
            <td>{r.file === r.server ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
