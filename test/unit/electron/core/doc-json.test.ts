import { describe, expect, it } from 'vitest';
import { docJson } from '../../../../electron/core/doc-json';
import type { Command } from '../../../../shared/domain/commands';
import { SALES_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

/**
 * The text stored for a plan is what JSON.stringify would write, however much of it was
 * remembered from the versions before: the library reads it back with JSON.parse, and a
 * plan file, a backup and the team server compare it byte for byte.
 */
describe('a plan written from its parts', () => {
  it('is the text JSON.stringify writes, through a run of edits that share parts', () => {
    let doc = samplePlan();
    const edits: Command[] = [
      {
        type: 'person.add',
        person: { id: 'p1', name: 'Ana', roleTitle: '', teamId: SALES_TEAM_ID },
      },
      { type: 'plan.rename', name: 'Plan "Q1" / 2027' },
      {
        type: 'raci.role.add',
        role: { id: 'r1', name: 'SDR', teamId: SALES_TEAM_ID, personId: 'p1' },
      },
      {
        type: 'raci.activities.add',
        activities: [{ id: 'a1', name: 'Call back', phase: 'handoff', handoff: true }],
      },
      { type: 'raci.cell.set', activityId: 'a1', roleId: 'r1', letter: 'R' },
      { type: 'person.update', personId: 'p1', patch: { name: 'Ana Ruiz' } },
      { type: 'raci.cell.set', activityId: 'a1', roleId: 'r1', letter: null },
      { type: 'person.remove', personId: 'p1' },
    ];
    for (const edit of edits) {
      doc = applyCommands(doc, [edit]).doc;
      expect(docJson(doc)).toBe(JSON.stringify(doc));
    }
  });

  it('writes a part that can still change as it is now, not as it was first written', () => {
    const part = { name: 'before' };
    const doc = { section: { part } };
    expect(docJson(doc)).toBe('{"section":{"part":{"name":"before"}}}');
    part.name = 'after';
    expect(docJson(doc)).toBe('{"section":{"part":{"name":"after"}}}');
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const doc = Object.freeze({
      kept: 1,
      gone: undefined,
      list: Object.freeze([1, undefined, () => 0, 'two']),
      when: new Date(Date.UTC(2026, 11, 1)),
      deep: Object.freeze({ deeper: Object.freeze({ deepest: Object.freeze({ n: [null] }) }) }),
    });
    expect(docJson(doc)).toBe(JSON.stringify(doc));
  });
});
