// The dashboard counts people as well as visits: a visit whose prospect came back later is the only kind
// that can make one person count twice, so those few visits get an index of their own by visit time.
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0010ReturningVisitsIndex: Migration = {
  name: '0010-returning-visits-index',
  sql: `
CREATE INDEX walkouts_returning ON walkouts(visited_at) WHERE came_back = 1;
`,
};
