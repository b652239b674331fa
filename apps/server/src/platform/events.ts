import type { Db, Executor } from '../db/client.ts';
import { domainEvent } from './events.table.ts';
import { logError } from './log.ts';

/** Every event the application raises, with its payload. Add new ones here. */
export interface DomainEvents {
  /** Official results of an index for a year were imported (first time or replaced). */
  'index.published': {
    code: string;
    year: number;
    releaseId: number;
    publishedOn: string | null;
    replaced: boolean;
  };
  /** A lead agency recorded progress, completion or cancellation; or a partner contributed. */
  'task.progress.updated': {
    taskId: number;
    planId: number;
    progressId: number;
    kind: 'update' | 'contribution' | 'cancel';
    status: string;
    percent: number;
    unitPath: string;
    agencyId: number | null;
    userId: number;
  };
  /** A unit sent its report (first time or a corrected version) to the receiving level. */
  'report.submitted': ReportEventPayload;
  /** The receiving level returned a report for correction (comment in the version). */
  'report.returned': ReportEventPayload & { comment: string };
  'report.accepted': ReportEventPayload;
  /** A plan was issued (numbered); `obligedUnits` counts the units it obliges to plan. */
  'plan.issued': {
    planId: number;
    unitId: number;
    documentNumber: string;
    issuedOn: string;
    obligedUnits: number;
  };
  /** A draft was submitted to the unit's leaders for issuing. */
  'plan.submitted': { planId: number; unitId: number; userId: number };
  /** A leader returned a submitted draft to its author, with a reason (on the plan). */
  'plan.returned': { planId: number; unitId: number; userId: number };
  /** A unit was reminded to issue the plan an issued parent plan obliges it to. */
  'plan.obligation.reminded': {
    /** plan_obligation.id */
    obligationId: number;
    unitId: number;
    parentPlanId: number;
    /** ISO due date, null when the deadline is not a date. */
    due: string | null;
    remindedBy: number;
  };
  /** A manager reminded a unit (or agency) of an overdue report or task (overdue board). */
  'work.reminded': {
    kind: 'report' | 'task';
    unitId: number;
    agencyId: number | null;
    /** What is owed, as the notice names it. */
    title: string;
    dueOn: string;
    link: string;
    /** The reminding unit's full name. */
    from: string;
    remindedBy: number;
  };
}

export interface ReportEventPayload {
  reportId: number;
  versionNo: number;
  regimeId: number;
  periodKey: string;
  unitId: number;
  unitPath: string;
  agencyId: number | null;
  receiverUnitId: number;
  dueOn: string;
  userId: number;
}

export type EventType = keyof DomainEvents;

export interface StoredEvent<K extends EventType = EventType> {
  id: number;
  type: K;
  payload: DomainEvents[K];
  occurredAt: Date;
}

type Handler<K extends EventType> = (event: StoredEvent<K>) => void | Promise<void>;

type Handlers = Map<EventType, Set<Handler<EventType>>>;

/** Handlers for events of every database (process-wide caches keyed by their own stamp). */
const everywhere: Handlers = new Map();
/** Handlers bound to one database: they act on it, so events of another must not reach them. */
const perDatabase = new WeakMap<Db, Handlers>();

/**
 * Reacts in this process to events committed by this process — on `db` only when given
 * (a handler that writes to its database must not receive another database's events, and
 * is dropped with it). Returns the unsubscribe function. Handlers run after the commit and
 * must be quick; durable or cross-process work reads the `domain_event` table instead.
 */
export function subscribe<K extends EventType>(type: K, handler: Handler<K>, db?: Db): () => void {
  let table = everywhere;
  if (db) {
    table = perDatabase.get(db) ?? new Map();
    perDatabase.set(db, table);
  }
  const set = table.get(type) ?? new Set();
  table.set(type, set);
  set.add(handler as unknown as Handler<EventType>);
  return () => set.delete(handler as unknown as Handler<EventType>);
}

/** Writes the event to the outbox inside the caller's transaction. */
async function record<K extends EventType>(
  tx: Executor,
  type: K,
  payload: DomainEvents[K],
): Promise<StoredEvent<K>> {
  const [row] = await tx
    .insert(domainEvent)
    .values({ type, payload })
    .returning({ id: domainEvent.id, occurredAt: domainEvent.occurredAt });
  return { id: row!.id, type, payload, occurredAt: row!.occurredAt };
}

/** Calls the in-process handlers; one failing handler never stops the others or the caller. */
async function dispatch(db: Db, events: StoredEvent[]): Promise<void> {
  const own = perDatabase.get(db);
  for (const event of events) {
    for (const handler of [
      ...(everywhere.get(event.type) ?? []),
      ...(own?.get(event.type) ?? []),
    ]) {
      try {
        await handler(event);
      } catch (err) {
        logError(`Lỗi khi xử lý sự kiện ${event.type} #${event.id}:`, err);
      }
    }
  }
}

export type Emit = <K extends EventType>(type: K, payload: DomainEvents[K]) => Promise<void>;

/**
 * Runs `work` in one transaction in which `emit` stores events in the outbox; once the
 * transaction has committed, the events go to this process's subscribers. A rollback
 * stores and dispatches nothing.
 */
export async function transactionWithEvents<T>(
  db: Db,
  work: (tx: Executor, emit: Emit) => Promise<T>,
): Promise<T> {
  const pending: StoredEvent[] = [];
  const result = await db.transaction((tx) =>
    work(tx, async (type, payload) => {
      pending.push((await record(tx, type, payload)) as StoredEvent);
    }),
  );
  await dispatch(db, pending);
  return result;
}
