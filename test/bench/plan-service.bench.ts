import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db';
import { PlanService } from '../../electron/core/plan-service';
import type { Command } from '../../shared/domain/commands';
import { MARKETING_TEAM_ID, SALES_TEAM_ID } from '../../shared/domain/plan-doc';
import type { Benchmark } from './harness';

function freshLibrary() {
  const dir = mkdtempSync(join(tmpdir(), 'smarketing-bench-'));
  const db = openDatabase(join(dir, 'library.sqlite'));
  return {
    db,
    service: new PlanService(db),
    teardown: () => (db.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

function people(count: number): Command[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'person.add' as const,
    person: {
      id: `person-${i}`,
      name: `Person ${i}`,
      roleTitle: i % 2 ? 'Account executive' : 'Demand generation manager',
      teamId: i % 2 ? SALES_TEAM_ID : MARKETING_TEAM_ID,
    },
  }));
}

/** One edit through the whole spine (reducer, schema, change log, doc write, commit) vs the bare write. */
export const applyOneCommand: Benchmark = {
  name: 'apply-one-command',
  targetRatio: 2,
  targetP95Ms: 1,
  iterations: 400,
  setup: () => {
    const { db, service, teardown } = freshLibrary();
    const { doc } = service.create({ name: 'Bench plan' });
    service.apply(doc.id, people(50));
    const docJson = JSON.stringify(service.get(doc.id).doc);
    db.exec('CREATE TABLE raw_writes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO raw_writes (body) VALUES (?)');
    const rawWrite = db.transaction((body: string) => insert.run(body));
    let toggle = false;
    return {
      subject: () => {
        toggle = !toggle;
        // Add and remove alternate: neither merges, and the plan keeps its size.
        service.apply(
          doc.id,
          toggle
            ? [
                {
                  type: 'person.add',
                  person: { id: 'bench', name: 'Bench', roleTitle: '', teamId: SALES_TEAM_ID },
                },
              ]
            : [{ type: 'person.remove', personId: 'bench' }],
        );
      },
      anchor: () => void rawWrite(docJson),
      teardown,
    };
  },
};

/**
 * Opening a plan of 1,000 people: the service reads, parses and checks it and
 * its undo state. The floor is what any reader must do: select the row and
 * parse its JSON. Twelve plans are opened in turn, more than the service keeps
 * in memory, so every open is a cold read from the database.
 */
export const openLargePlan: Benchmark = {
  name: 'open-plan-1000-elements',
  targetRatio: 2,
  iterations: 300,
  setup: () => {
    const { db, service, teardown } = freshLibrary();
    const ids = Array.from({ length: 12 }, (_, i) => {
      const { doc } = service.create({ name: `Large plan ${i}` });
      service.apply(doc.id, people(1000));
      return doc.id;
    });
    const select = db.prepare<[string], { doc: string }>('SELECT doc FROM plans WHERE id = ?');
    let next = 0;
    let nextAnchor = 0;
    return {
      subject: () => void service.get(ids[next++ % ids.length] ?? ''),
      anchor: () => void JSON.parse(select.get(ids[nextAnchor++ % ids.length] ?? '')?.doc ?? '{}'),
      teardown,
    };
  },
};
