// Managers and owners: the dashboard — headline figures against the previous period and the charts
// that show where walkouts turn into sales, each opening the walkouts behind a bar.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { DashboardDto, EmployeeDto } from '../../../shared/contract/dto';
import type { DashboardFilters as ScopeFilters } from '../../../shared/contract/schemas';
import { describePeriod, previousPeriod } from '../../../shared/domain/period';
import { useApiQuery } from '../../api/useApi';
import { useStoreNow } from '../../app/useStoreClock';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { initialPeriod, type PeriodChoice } from '../../ui/PeriodPicker';
import { WalkoutDesk } from '../walkout/WalkoutDesk';
import type { ChartScope } from './ChartCard';
import type { DrillTarget } from './chartTable';
import { countWords } from './counting';
import styles from './Dashboard.module.css';
import { DrillDown } from './DrillDown';
import { EmployeeChart } from './EmployeeChart';
import { DashboardFilters, describeFilters, type FilterChoice, NO_FILTERS } from './Filters';
import { FunnelChart } from './FunnelChart';
import { defaultGranularity, type Granularity } from './figures';
import { Headline } from './Headline';
import { ObjectionChart, ReasonChart } from './ObjectionReasonCharts';
import { DashboardSkeleton } from './Skeleton';
import { SpeedChart } from './SpeedChart';
import { TrendChart } from './TrendChart';

export function DashboardScreen({ me }: { me: EmployeeDto }) {
  const now = useStoreNow();
  const { timeZone } = useStoreSettings();
  return (
    <div className={styles.dashboard}>
      <div className="screen-head">
        <h1>Dashboard</h1>
      </div>
      {/* "This month" comes from the store's clock, so wait for it rather than guess. */}
      {now === null ? (
        <DashboardSkeleton />
      ) : (
        <Dashboard key={timeZone} now={now} timeZone={timeZone} me={me} />
      )}
    </div>
  );
}

function Dashboard({ now, timeZone, me }: { now: number; timeZone: string; me: EmployeeDto }) {
  const [choice, setChoice] = useState<PeriodChoice>(() => initialPeriod('month', now, timeZone));
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTERS);
  const [grainChoice, setGrainChoice] = useState<Granularity | null>(null);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [walkoutId, setWalkoutId] = useState<number | null>(null);
  const team = useApiQuery('employees.list', {});

  const granularity = grainChoice ?? defaultGranularity(choice.preset, choice.period);
  const previous = previousPeriod(choice.preset, choice.period, timeZone, now);
  const scope: ScopeFilters = {
    ...choice.period,
    ...(filters.employeeId === null ? {} : { employeeId: filters.employeeId }),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.objection ? { objection: filters.objection } : {}),
  };
  // Keep the last answer on screen (dimmed) while new filters load, so the charts never blank.
  const figures = useApiQuery(
    'dashboard.figures',
    { ...scope, previousFrom: previous.from, previousTo: previous.to, granularity, by: filters.by },
    { placeholderData: keepPreviousData },
  );

  const employeeName = team.data?.find((e) => e.id === filters.employeeId)?.name;
  const chartScope: ChartScope = {
    period: choice.period,
    timeZone,
    text: `${describePeriod(choice.period, timeZone)} · ${describeFilters(filters, employeeName)}`,
    words: countWords(filters.by),
  };
  const onPeriod = (c: PeriodChoice) => {
    setChoice(c);
    setGrainChoice(null);
    setDrill(null);
  };
  const onFilters = (f: FilterChoice) => {
    setFilters(f);
    setDrill(null);
  };

  return (
    <>
      <DashboardFilters
        choice={choice}
        filters={filters}
        categories={figures.data?.categories ?? []}
        now={now}
        timeZone={timeZone}
        onPeriod={onPeriod}
        onFilters={onFilters}
      />
      <p className={styles.printOnly}>{chartScope.text}</p>
      {figures.error && <Banner tone="error">{figures.error.message}</Banner>}
      {figures.isPending && <DashboardSkeleton />}
      {figures.data && (
        <div
          className={
            figures.isPlaceholderData ? `${styles.dashboardBody} ${styles.stale}` : styles.dashboardBody
          }
          aria-busy={figures.isFetching}
        >
          <Headline
            figures={figures.data}
            words={chartScope.words}
            preset={choice.preset}
            period={choice.period}
            onDrill={setDrill}
          />
          <Charts
            figures={figures.data}
            scope={chartScope}
            granularity={granularity}
            onGranularity={setGrainChoice}
            onDrill={setDrill}
          />
        </div>
      )}
      <div className={`${styles.dashboardDrill}${walkoutId !== null ? ' with-panel' : ''}`}>
        {drill && (
          <DrillDown
            key={JSON.stringify(drill)}
            target={drill}
            scope={scope}
            ofPeople={filters.by === 'prospect'}
            timeZone={timeZone}
            onOpen={setWalkoutId}
            onClose={() => setDrill(null)}
          />
        )}
        {walkoutId !== null && (
          <WalkoutDesk
            key={walkoutId}
            walkoutId={walkoutId}
            me={me}
            now={now}
            onClose={() => setWalkoutId(null)}
          />
        )}
      </div>
    </>
  );
}

interface ChartsProps {
  figures: DashboardDto;
  scope: ChartScope;
  granularity: Granularity;
  onGranularity: (g: Granularity) => void;
  onDrill: (target: DrillTarget) => void;
}

function Charts({ figures, scope, granularity, onGranularity, onDrill }: ChartsProps) {
  const common = { figures, scope, onDrill };
  return (
    <div className={styles.dashboardGrid}>
      <TrendChart {...common} granularity={granularity} onGranularity={onGranularity} />
      <SpeedChart {...common} />
      <FunnelChart {...common} />
      <EmployeeChart {...common} />
      <ObjectionChart {...common} />
      <ReasonChart {...common} />
    </div>
  );
}
