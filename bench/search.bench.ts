// Issue 15's target: prospect search (Ctrl+K) p95 ≤ 10 ms on the million-walkout store — a first name shared by
// tens of thousands, a whole name, the last 4 digits, a whole phone and an e-mail, as the owner and as a rep.
import { FIRST_NAMES, LAST_NAMES } from '../electron/seed/demoCatalog';
import { createServices } from '../electron/services';
import { BIG_NOW, bigStore } from './bigStore';
import type { BenchEngine } from './engines';
import { mustCall, report, time } from './stats';

export async function searchBench(engine: BenchEngine): Promise<void> {
  const big = await bigStore(engine);
  console.log(`\n== Prospect search (${big.walkouts.toLocaleString('en-US')} walkouts, ${engine}) ==`);
  const { router, sessions } = createServices({ store: big.store, now: () => BIG_NOW });
  sessions.signIn('owner', big.owner);
  const rep = big.bulk.employeeIds[1]!;
  sessions.signIn('rep', rep);
  const prospects = Number(await big.scalar('SELECT max(id) FROM prospects'));
  // The generator's phones are +1312 followed by 2 000 000 + the walkout's index; its e-mails lead<i>@example.com.
  const phoneOf = (i: number) => `+1312${String(2_000_000 + ((i * 7919) % big.walkouts)).padStart(7, '0')}`;
  const cases: [string, (i: number) => string][] = [
    ['name: a first name (1 in 30 prospects)', (i) => FIRST_NAMES[i % FIRST_NAMES.length]!.toLowerCase()],
    [
      'name: first and last',
      (i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]}`,
    ],
    ['name: 3 letters typed', (i) => FIRST_NAMES[i % FIRST_NAMES.length]!.slice(0, 3)],
    ['last 4 digits', (i) => String(1000 + ((i * 37) % 9000))],
    [
      'full phone, (312) 555-0142 style',
      (i) => phoneOf(i).replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'),
    ],
    ['e-mail, whole', (i) => emails[i % emails.length]!],
    ['e-mail, its first 6 letters', (i) => emails[i % emails.length]!.slice(0, 6)],
  ];
  // E-mails the store holds (3 in 10 prospects gave one), spread over the ids.
  const emails: string[] = [];
  for (let k = 0; k < 20; k++)
    emails.push(
      String(
        await big.scalar(
          `SELECT email FROM prospects WHERE email IS NOT NULL AND id >= ${1 + Math.floor((k * prospects) / 20)} ORDER BY id LIMIT 1`,
        ),
      ),
    );
  let last: Record<string, unknown> = {};
  for (const [label, query] of cases) {
    const t = await time(200, async (i) => {
      last = await mustCall(router, i % 2 ? 'rep' : 'owner', 'prospects.search', { query: query(i) });
    });
    report(`search ${label}`, t, 10);
  }
  console.log(
    `${''.padEnd(48)} ${prospects.toLocaleString('en-US')} prospects; the last search found ${(last as unknown as unknown[]).length}`,
  );
}
