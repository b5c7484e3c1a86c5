// Ordered list of migrations; index + 1 is the schema version. Never edit a landed one: append, then run
// `npm run schema:snapshot` (tests/migrations compares every upgrade path with that snapshot).
import type Database from 'better-sqlite3';
import { m0001Init } from './0001-init';
import { m0002ReasonBank } from './0002-reason-bank';
import { m0003ManagerDesk } from './0003-manager-desk';
import { m0004WalkoutFacts } from './0004-walkout-facts';
import { m0005DashboardRollups } from './0005-dashboard-rollups';
import { m0006PartnerExchange } from './0006-partner-exchange';
import { m0007WalkInCubeTriggers } from './0007-walk-in-cube-triggers';
import { m0008ReasonRollupsByCategory } from './0008-reason-rollups-by-category';
import { m0009LateVisitCameBack } from './0009-late-visit-came-back';
import { m0010ReturningVisitsIndex } from './0010-returning-visits-index';
import { m0011PartnerShareScope } from './0011-partner-share-scope';
import { m0012OneOpenCall } from './0012-one-open-call';
import { m0013TiedVisits } from './0013-tied-visits';
import { m0014AuditUndo } from './0014-audit-undo';
import { m0015PersonVisitsIndex } from './0015-person-visits-index';
import { m0016ProspectSearch } from './0016-prospect-search';
import { m0017TruthfulFigures } from './0017-truthful-figures';
import { m0018ImportSource } from './0018-import-source';
import { m0019FirstCallAhead } from './0019-first-call-ahead';

export interface Migration {
  name: string;
  sql: string;
  /** Data work SQL cannot do (store-time-zone dates); runs after `sql`, inside the same transaction. */
  up?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  m0001Init,
  m0002ReasonBank,
  m0003ManagerDesk,
  m0004WalkoutFacts,
  m0005DashboardRollups,
  m0006PartnerExchange,
  m0007WalkInCubeTriggers,
  m0008ReasonRollupsByCategory,
  m0009LateVisitCameBack,
  m0010ReturningVisitsIndex,
  m0011PartnerShareScope,
  m0012OneOpenCall,
  m0013TiedVisits,
  m0014AuditUndo,
  m0015PersonVisitsIndex,
  m0016ProspectSearch,
  m0017TruthfulFigures,
  m0018ImportSource,
  m0019FirstCallAhead,
];
