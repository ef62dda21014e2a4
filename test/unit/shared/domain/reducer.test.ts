import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { CommandSchema, mergeKey, type Command } from '../../../../shared/domain/commands';
import { DomainError, type Refusal } from '../../../../shared/domain/errors';
import { MARKETING_TEAM_ID, SALES_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

const ana: Command = {
  type: 'person.add',
  person: { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
};

function expectDomainError(
  fn: () => unknown,
  code: DomainError['code'],
  text: RegExp,
  refusal?: Refusal,
) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect((error as DomainError).message).toMatch(text);
    // What the screen shows: a catalogue code and its values, never the English message.
    if (refusal) expect((error as DomainError).refusal).toEqual(refusal);
    return;
  }
  throw new Error('expected a DomainError');
}

describe('applyCommand', () => {
  it('renames a plan and returns patches that lead there and back', () => {
    const before = samplePlan();
    const { doc, patches, inverse } = applyCommand(before, {
      type: 'plan.rename',
      name: 'New name',
    });
    expect(doc.name).toBe('New name');
    expect(before.name).toBe('FY27 plan');
    expect(applyPatches(before, patches)).toEqual(doc);
    expect(applyPatches(doc, inverse)).toEqual(before);
  });

  it('sets meta fields together and leaves the rest alone', () => {
    const { doc } = applyCommand(samplePlan(), {
      type: 'plan.setMeta',
      patch: {
        client: 'Globex',
        currency: 'USD',
        period: { start: '2027-04-01', end: '2027-06-30' },
      },
    });
    expect(doc).toMatchObject({ client: 'Globex', currency: 'USD', name: 'FY27 plan' });
    expect(doc.period.end).toBe('2027-06-30');
  });

  it('adds, updates and removes a person', () => {
    let doc = applyCommand(samplePlan(), ana).doc;
    doc = applyCommand(doc, {
      type: 'person.update',
      personId: 'ana',
      patch: { teamId: SALES_TEAM_ID, roleTitle: 'CRO' },
    }).doc;
    expect(doc.people).toEqual([
      { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CRO', teamId: SALES_TEAM_ID },
    ]);
    doc = applyCommand(doc, { type: 'person.remove', personId: 'ana' }).doc;
    expect(doc.people).toEqual([]);
  });

  it('adds and removes an extra team but never marketing or sales', () => {
    const withOps = applyCommand(samplePlan(), {
      type: 'team.add',
      team: { id: 'ops', name: 'RevOps' },
    }).doc;
    expect(withOps.teams.map((t) => [t.name, t.kind])).toContainEqual(['RevOps', 'other']);
    expect(applyCommand(withOps, { type: 'team.remove', teamId: 'ops' }).doc.teams).toHaveLength(2);
    expectDomainError(
      () => applyCommand(samplePlan(), { type: 'team.remove', teamId: SALES_TEAM_ID }),
      'CONFLICT',
      /sales team is part of every plan/,
      { code: 'team.builtIn', values: { team: 'Sales' } },
    );
  });

  it('refuses to remove a team that still has people', () => {
    let doc = applyCommand(samplePlan(), {
      type: 'team.add',
      team: { id: 'ops', name: 'RevOps' },
    }).doc;
    doc = applyCommand(doc, { ...ana, person: { ...ana.person, teamId: 'ops' } } as Command).doc;
    expectDomainError(
      () => applyCommand(doc, { type: 'team.remove', teamId: 'ops' }),
      'CONFLICT',
      /1 people/,
      { code: 'team.hasPeople', values: { team: 'RevOps', count: 1 } },
    );
  });

  it('names the field when the result would break the schema', () => {
    expectDomainError(
      () =>
        applyCommand(samplePlan(), {
          ...ana,
          person: { ...ana.person, teamId: 'ghost' },
        } as Command),
      'INVALID_INPUT',
      /people\.0\.teamId: team ghost does not exist/,
    );
    expectDomainError(
      () =>
        applyCommand(samplePlan(), {
          type: 'plan.setMeta',
          patch: { period: { start: '2027-05-01', end: '2027-01-01' } },
        }),
      'INVALID_INPUT',
      /period\.end/,
      { code: 'input.invalid', values: { field: 'end' } },
    );
  });

  it('reports a missing person as NOT_FOUND and leaves the plan untouched', () => {
    const before = samplePlan();
    expectDomainError(
      () =>
        applyCommand(before, { type: 'person.update', personId: 'nobody', patch: { name: 'X' } }),
      'NOT_FOUND',
      /person nobody/,
      { code: 'missing.person' },
    );
    expect(before).toEqual(samplePlan());
  });

  it('applies a batch all or nothing, with inverse patches in reverse order', () => {
    const before = samplePlan();
    const batch: Command[] = [
      ana,
      { type: 'person.update', personId: 'ana', patch: { name: 'Ana R.' } },
    ];
    const { doc, inverse } = applyCommands(before, batch);
    expect(doc.people[0]?.name).toBe('Ana R.');
    expect(applyPatches(doc, inverse)).toEqual(before);
    expect(() => applyCommands(before, [ana, ana])).toThrow(/already exists/);
  });
});

describe('commands', () => {
  it('rejects unknown command types and extra fields', () => {
    expect(CommandSchema.safeParse({ type: 'plan.explode' }).success).toBe(false);
    expect(CommandSchema.safeParse({ type: 'plan.rename', name: 'x', extra: 1 }).success).toBe(
      false,
    );
    expect(CommandSchema.safeParse({ type: 'plan.rename', name: '   ' }).success).toBe(false);
  });

  it('merges typing into one field, but not adds or different fields', () => {
    expect(mergeKey({ type: 'plan.rename', name: 'a' })).toBe(
      mergeKey({ type: 'plan.rename', name: 'ab' }),
    );
    expect(mergeKey({ type: 'plan.setMeta', patch: { client: 'a' } })).not.toBe(
      mergeKey({ type: 'plan.setMeta', patch: { currency: 'EUR' } }),
    );
    expect(mergeKey(ana)).toBeNull();
    expect(mergeKey({ type: 'person.update', personId: 'a', patch: { name: 'x' } })).not.toBe(
      mergeKey({ type: 'person.update', personId: 'b', patch: { name: 'x' } }),
    );
  });
});
