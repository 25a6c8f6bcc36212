import { generateBackgroundDay } from './backgroundOperations';
import { generateClientDay } from './clientSessions';
import { resolveDatasetOptions, type DatasetOptionsInput, type ResolvedDatasetOptions } from './datasetOptions';
import { DocumentSink } from './documentSink';
import type { InjectedViolation } from './injectedViolation';
import { generateManagerDay } from './managerActivity';
import { ObjectIdFactory } from './objectIdFactory';
import { createPopulation, type Population } from './population';
import { RiskPlanter, type PlantedRisks } from './riskPlanter';
import { SeededRandom } from './seededRandom';
import type { SeedContext } from './seedContext';
import type { FamilyCounts, SeedDocument } from './seedDocument';
import { ViolationInjector } from './violationInjector';

const DAY_MS = 86_400_000;

/** Bump when the same options start producing different documents (invalidates cached datasets). */
export const GENERATOR_VERSION = 3;
/**
 * Part of every random stream's seed. Kept apart from GENERATOR_VERSION so that adding to the data
 * (planted patterns) leaves every other document as it was; bumping it re-draws the whole dataset.
 */
const RANDOM_STREAMS_VERSION = 2;

export interface DatasetSummary {
  readonly options: ResolvedDatasetOptions;
  readonly counts: FamilyCounts;
  /** How often each activity event name occurs. */
  readonly eventNames: Readonly<Record<string, number>>;
  /** Every planted privacy violation (empty unless `injectViolations`). */
  readonly violations: readonly InjectedViolation[];
  /** Every planted risk pattern (edits before withdrawals, off-hours edits, large bulk operations). */
  readonly risks: PlantedRisks;
  /** How many events each bulk operation wrote (one per client it changed), planted ones included. */
  readonly bulkOperations: Readonly<Record<string, number>>;
}

/**
 * Realistic CRM logs of both families, in time order, one document at a time: memory stays bounded by
 * about a day of traffic whatever the size. The generator's return value is the summary.
 */
export function* generateDataset(
  input: DatasetOptionsInput,
  now?: Date,
): Generator<SeedDocument, DatasetSummary, undefined> {
  const options = resolveDatasetOptions(input, now);
  const root = new SeededRandom(`audit-console/${RANDOM_STREAMS_VERSION}/${options.seed}`);
  const ids = new ObjectIdFactory(root.fork('ids'));
  const population = createPopulation(root.fork('population'), ids, options);
  const sink = new DocumentSink(ids, options.startMs, options.endMs);
  // Separate streams per concern: clients, managers and back office do not shift one another's draws.
  const clientsCtx: SeedContext = { random: root.fork('clients'), ids, sink, population };
  const managersCtx: SeedContext = { ...clientsCtx, random: root.fork('managers') };
  const backOfficeCtx: SeedContext = { ...clientsCtx, random: root.fork('back-office') };
  const injector = options.injectViolations ? new ViolationInjector(root.fork('violations')) : undefined;
  // Streams and ids of its own, derived from the seed alone: planting adds documents, shifts no others.
  const risks = new SeededRandom(`audit-console/${RANDOM_STREAMS_VERSION}/${options.seed}/risks`);
  const plantIds = new ObjectIdFactory(risks.fork('ids'));
  const planter = new RiskPlanter(
    { ...clientsCtx, random: risks.fork('plants'), ids: plantIds, sink: sink.withIds(plantIds) },
    options.days,
  );
  const counts: FamilyCounts = { operational: 0, activity: 0 };
  const eventNames: Record<string, number> = {};
  const bulkOperations: Record<string, number> = {};

  function* release(documents: SeedDocument[]): Generator<SeedDocument, void, undefined> {
    for (const item of documents) {
      injector?.inspect(item);
      counts[item.family]++;
      if (item.family === 'activity') {
        eventNames[item.doc.eventName] = (eventNames[item.doc.eventName] ?? 0) + 1;
        const bulkId = item.doc.change?.bulkId;
        if (bulkId) bulkOperations[bulkId] = (bulkOperations[bulkId] ?? 0) + 1;
      }
      yield item;
    }
  }

  for (let day = 0; day < options.days; day++) {
    const dayStartMs = options.startMs + day * DAY_MS;
    for (const client of population.clients) generateClientDay(clientsCtx, client, dayStartMs);
    generateManagerDay(managersCtx, dayStartMs);
    generateBackgroundDay(backOfficeCtx, dayStartMs);
    planter.plantDay(day, dayStartMs, sink.pendingActivity());
    // Later days can only add moments after this day's start (client zones are at most UTC-3 .. UTC+8).
    yield* release(sink.drain(dayStartMs));
  }
  yield* release(sink.drain(Number.POSITIVE_INFINITY));
  return {
    options,
    counts,
    eventNames,
    violations: injector?.manifest ?? [],
    risks: planter.manifest,
    bulkOperations,
  };
}

/** The clients, managers and tokens a dataset is generated for, without generating its documents. */
export function datasetPopulation(input: DatasetOptionsInput, now?: Date): Population {
  const options = resolveDatasetOptions(input, now);
  const root = new SeededRandom(`audit-console/${RANDOM_STREAMS_VERSION}/${options.seed}`);
  const ids = new ObjectIdFactory(root.fork('ids'));
  return createPopulation(root.fork('population'), ids, options);
}

/** Runs the generator to the end without keeping documents: the exact counts before a load. */
export function summarizeDataset(input: DatasetOptionsInput, now?: Date): DatasetSummary {
  const documents = generateDataset(input, now);
  for (;;) {
    const step = documents.next();
    if (step.done) return step.value;
  }
}
