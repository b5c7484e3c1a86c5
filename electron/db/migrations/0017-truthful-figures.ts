// Figures that tell the truth (issue 15): the speed buckets leave walkouts without a phone or email out
// (counted apart as "no contact details"), and the funnel is nested (a stage counts walkouts that reached
// it or any later stage). Both are new cube measures, so the cube triggers are remade and the cubes
// refilled; "not yet due" depends on the time of reading and is counted live from a new partial index
// of the open first calls.
// Frozen once landed: never edit, append a migration.
import { M0017_SQL } from './0017-truthful-figures.sql';
import type { Migration } from './index';

export const m0017TruthfulFigures: Migration = {
  name: '0017-truthful-figures',
  sql: M0017_SQL,
};
