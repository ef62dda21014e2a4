/**
 * The crash-safety suite's victim: a child process that opens the library the
 * way a shell does and edits it through the API dispatcher as fast as it can,
 * printing one line per acknowledged call. The parent kills it with SIGKILL at
 * a random moment; every line printed is a promise the library must keep.
 *
 *   ready
 *   rev <planId> <revision>     a create, edit, undo or redo was committed
 *   trashing <planId>           about to move a plan to the trash (may or may not happen)
 *   trash <planId>              a plan was moved to the trash
 *   purging <planId>            about to delete a plan for good (may or may not happen)
 *   purge <planId>              a plan was deleted for good
 *
 * Lines go to a pipe, which Node writes synchronously on Linux: once a line is
 * printed, it has reached the parent even if this process dies the next instant.
 */
import { randomUUID } from 'node:crypto';
import { openLibrary } from '../../electron/core/library';
import type { ApiEnvelope } from '../../shared/api/envelope';
import type { Command } from '../../shared/domain/commands';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer <data-dir>');

// An orphan must not outlive its test: it stops when its parent stops reading, and after a
// minute in any case (a trial lasts well under a second).
process.stdout.on('error', () => process.exit(0));
const deadline = Date.now() + 60_000;

const library = await openLibrary(dataDir);
process.stdout.write('ready\n');

interface PlanStateValue {
  plan: { id: string; revision: number };
  canUndo: boolean;
  canRedo: boolean;
}

function call<T>(method: string, input: unknown): T | null {
  const envelope: ApiEnvelope = library.dispatch(method, input);
  return envelope.ok ? (envelope.value as T) : null;
}

function livePlanIds(): string[] {
  const listed = call<{ plans: Array<{ id: string }> }>('plans.list', {});
  return listed?.plans.map((plan) => plan.id) ?? [];
}

function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/** Edits of different sizes: a rename, a decision, a parked topic, a batch of eleven. */
function randomCommands(step: number): Command[] {
  const roll = Math.random();
  if (roll < 0.3) return [{ type: 'plan.rename', name: `Plan edit ${step}` }];
  if (roll < 0.55) {
    return [
      {
        type: 'decision.add',
        decision: {
          id: randomUUID(),
          text: `Decision ${step}: MQL means fit ≥ 40 and one demo request`,
          date: '2026-11-27',
          agreedBy: 'Ana (CMO), Bo (VP Sales)',
        },
      },
    ];
  }
  if (roll < 0.8)
    return [{ type: 'parking.add', topic: { id: randomUUID(), text: `Topic ${step}` } }];
  // A larger write: one call of eleven commands, stored as one change.
  return [
    { type: 'plan.rename', name: `Plan batch ${step}` },
    ...Array.from({ length: 10 }, (_, index) => ({
      type: 'parking.add' as const,
      topic: { id: randomUUID(), text: `Batch ${step} topic ${index}` },
    })),
  ];
}

function report(state: PlanStateValue | null): void {
  if (state) process.stdout.write(`rev ${state.plan.id} ${state.plan.revision}\n`);
}

for (let step = 0; step < 200_000 && Date.now() < deadline; step += 1) {
  const plans = livePlanIds();
  const roll = Math.random();
  const id = pick(plans);
  if (!id || (roll < 0.04 && plans.length < 6)) {
    report(call('plans.create', { name: `Crash plan ${step}`, template: 'waterfall' }));
  } else if (roll < 0.06) {
    report(call('plans.duplicate', { id }));
  } else if (roll < 0.08 && plans.length > 2) {
    process.stdout.write(`trashing ${id}\n`);
    if (call('plans.delete', { id })) process.stdout.write(`trash ${id}\n`);
  } else if (roll < 0.1) {
    const trashed = call<{ plans: Array<{ id: string }> }>('plans.list', { trash: true });
    const victim = pick(trashed?.plans ?? []);
    if (victim) {
      process.stdout.write(`purging ${victim.id}\n`);
      if (call('plans.purge', { id: victim.id })) process.stdout.write(`purge ${victim.id}\n`);
    }
  } else if (roll < 0.18) {
    report(call('plans.undo', { id }));
  } else if (roll < 0.22) {
    report(call('plans.redo', { id }));
  } else {
    report(call('plans.apply', { id, commands: randomCommands(step) }));
  }
}
library.close();
