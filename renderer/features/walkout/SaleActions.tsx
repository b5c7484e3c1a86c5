// Managers close a save (or a late-logged sale) from the desk, or reopen a sale that fell through.
import { useState } from 'react';
import type { EmployeeDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { formatMoney, parseMoney } from '../../ui/format';

export function SaleActions({ story, me }: { story: WalkoutStoryDto; me: EmployeeDto }) {
  const record = useApiMutation('walkouts.recordSale');
  const reopen = useApiMutation('walkouts.reopen');
  const [amount, setAmount] = useState('');
  const [why, setWhy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const w = story.walkout;
  const ownLead = w.employeeId === me.id;
  const error = problem ?? record.error?.message ?? reopen.error?.message ?? null;

  if (w.status === 'sold') {
    return (
      <section className="sale-actions" aria-label="Sale">
        <p>
          Sold{' '}
          {w.closer === 'manager_save'
            ? 'by a manager save'
            : w.closer === 'partner'
              ? 'by a partner'
              : 'by the rep'}{' '}
          for {formatMoney(w.saleAmountCents)}.
        </p>
        <div className="row-fields">
          <Field label="Reopen because" htmlFor="reopen-why">
            <input id="reopen-why" value={why} onChange={(e) => setWhy(e.target.value)} />
          </Field>
          <button
            type="button"
            disabled={why.trim().length < 3 || reopen.isPending}
            onClick={() => reopen.mutate({ walkoutId: w.id, why })}
          >
            Reopen sale
          </button>
        </div>
        {error && <Banner tone="error">{error}</Banner>}
      </section>
    );
  }
  return (
    <section className="sale-actions" aria-label="Sale">
      <div className="row-fields">
        <Field label="Sale amount" htmlFor="record-amount">
          <input
            id="record-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        {(['manager_save', 'rep'] as const).map((closer) => (
          <button
            key={closer}
            type="button"
            className={closer === 'manager_save' ? 'primary' : ''}
            disabled={record.isPending || (closer === 'manager_save' && ownLead)}
            onClick={() => {
              const cents = parseMoney(amount);
              if (cents === null || Number.isNaN(cents))
                return setProblem('Write the sale amount like 41900 or $41,900.');
              setProblem(null);
              record.mutate({ walkoutId: w.id, closer, amountCents: cents });
            }}
          >
            {closer === 'manager_save' ? 'Close as manager save' : `Sold by ${w.employeeName}`}
          </button>
        ))}
      </div>
      {error && <Banner tone="error">{error}</Banner>}
    </section>
  );
}
