import type { ApiEnvelope } from '../../shared/api/envelope';
import type { ShellDispatcher } from './api-handlers';

/** A plan's stored document moved on: every window showing it should show the new revision. */
export interface PlanChange {
  planId: string;
  revision: number;
}

export type PlanChangeListener = (change: PlanChange) => void;

/**
 * The library's changes as they are stored, for the hosts to pass on to every window open
 * on a plan (server-sent events in the browser shell, an IPC event in Electron), so two
 * windows on one plan each show the other's edits within a moment.
 */
export class PlanChanges {
  private readonly listeners = new Set<PlanChangeListener>();

  subscribe(listener: PlanChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: PlanChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // One window gone wrong must not keep the others from hearing of the change.
      }
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

/** The methods that store a new revision of an open plan (reads answer a PlanState too). */
const WRITES = new Set(['plans.apply', 'plans.undo', 'plans.redo', 'plans.rename']);

/** A dispatcher that, after every call that stored a new revision of a plan, publishes it. */
export function publishingChanges(
  dispatch: ShellDispatcher,
  changes: PlanChanges,
): ShellDispatcher {
  return (method, input) => {
    const answer = dispatch(method, input);
    if (!WRITES.has(method)) return answer;
    if (answer instanceof Promise) return answer.then((envelope) => announce(envelope, changes));
    return announce(answer, changes);
  };
}

function announce(envelope: ApiEnvelope, changes: PlanChanges): ApiEnvelope {
  if (envelope.ok) {
    const plan = (envelope.value as { plan?: { id?: unknown; revision?: unknown } } | null)?.plan;
    if (typeof plan?.id === 'string' && typeof plan.revision === 'number') {
      changes.publish({ planId: plan.id, revision: plan.revision });
    }
  }
  return envelope;
}
