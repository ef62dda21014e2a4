import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { apiContract, METHOD_NAMES, type MethodName } from '../../../../shared/api/contract';
import { newGoal } from '../../../../shared/domain/goals';
import { makeTempDir } from '../../../helpers/temp-dir';
import { solidPng } from '../../../helpers/png';
import { createHash } from 'node:crypto';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;
let planId: string;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
  const created = library.dispatch('plans.create', { name: 'Seed plan' });
  if (!created.ok) throw new Error(created.error.message);
  planId = (created.value as { doc: { id: string } }).doc.id;
});
afterEach(() => {
  library.close();
  dir.remove();
});

/** Everything a write could touch, so "changes nothing" is checked byte for byte. */
function snapshotDatabase(): string {
  return JSON.stringify(
    ['plans', 'plan_changes', 'snapshots', 'settings', 'templates', 'images'].map((table) =>
      library.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    ),
  );
}

/** Per method, inputs that are wrong in different ways: type, unknown field, out of range. */
const malformed: Record<MethodName, unknown[]> = {
  'plans.list': [{ trash: 'yes' }, { extra: true }, 'list'],
  'plans.create': [
    {},
    { name: '' },
    { name: 'x', template: 'nope' },
    { name: 'x', currency: 'euro' },
    null,
  ],
  'plans.get': [{}, { id: 42 }, { id: '../etc' }],
  'images.add': [
    {},
    { base64: 5 },
    { base64: 'x'.repeat(800_001) },
    { base64: 'PHN2Zz4=', type: 'png' },
  ],
  'images.get': [{ id: 'x' }, { id: 'A'.repeat(64) }],
  'templates.list': [{ all: true }, 'list'],
  'templates.save': [
    { planId: 'x', name: 'M', description: '', language: 'en', parts: [] },
    { planId: 'x', name: ' ', description: '', language: 'en', parts: ['raci'] },
    { planId: 'x', name: 'M', description: '', language: 'en', parts: ['people'] },
    { planId: 'x', name: 'M', description: 'd'.repeat(501), language: 'en', parts: ['raci'] },
    { planId: 'x', name: 'M', language: 'fr', parts: ['raci'] },
  ],
  'templates.get': [{}, { id: '../x' }],
  'templates.share': [{}, { id: 'x', team: 'other' }],
  'templates.team': [{ all: true }],
  'templates.takeFromTeam': [{ id: 'not-a-uuid' }, {}],
  'templates.delete': [{ id: 5 }],
  'templates.export': [{ id: 'x', format: 'xml' }],
  'templates.import': [{}, { content: 7 }, { content: 'x'.repeat(4_000_001) }],
  'plans.rename': [{ id: 'x' }, { id: 'x', name: '   ' }, { id: 'x', name: 'a'.repeat(500) }],
  'plans.duplicate': [{ name: 'x' }, { id: 'x', name: 7 }],
  'plans.delete': [{}, { id: '' }],
  'plans.restore': [{ id: null }],
  'plans.purge': [{ id: ['x'] }],
  'plans.import': [{}, { content: 5 }, { content: '{}', overwrite: true }],
  'plans.signOff': [{}, { id: 'x', force: true }],
  'snapshots.list': [{ id: 7 }],
  'snapshots.get': [{ id: 'x' }, { id: 'x', snapshotId: '' }],
  'snapshots.copy': [
    { id: 'x', snapshotId: 'y' },
    { id: 'x', snapshotId: 'y', name: ' ' },
  ],
  'report.pdf': [
    { id: 'x', paper: 'A3', language: 'en', sections: [] },
    { id: 'x', paper: 'A4', language: 'fr', sections: [] },
    { id: 'x', paper: 'A4', language: 'en', sections: ['appendix'] },
  ],
  'plans.apply': [
    { id: 'x', commands: [] },
    { id: 'x', commands: [{ type: 'plan.explode' }] },
    { id: 'x', commands: [{ type: 'plan.rename' }] },
    { id: 'x', commands: [{ type: 'plan.rename', name: 'ok' }], baseRevision: -1 },
    { id: 'x', commands: [{ type: 'funnel.assumptions.set', patch: { topVolume: -5 } }] },
    { id: 'x', commands: [{ type: 'goal.update', goalId: 'g1', patch: { target: 'ten' } }] },
    {
      id: 'x',
      commands: [{ type: 'goal.update', goalId: 'g1', patch: { deadline: '31/12/2026' } }],
    },
    { id: 'x', commands: [{ type: 'funnel.assumptions.set', patch: { revenueTarget: 'a lot' } }] },
    {
      id: 'x',
      commands: [
        {
          type: 'funnel.handoff.add',
          handoff: { id: 'h', source: 'a', target: 'b', kind: 'main', rate: 1.5, presetRate: null },
        },
      ],
    },
  ],
  'plans.undo': [{ id: 3 }],
  'plans.redo': [{ id: 'x', extra: 1 }],
  'plans.history': [
    { id: 'x', limit: 0 },
    { id: 'x', limit: 'all' },
  ],
  'plans.export': [{ id: 'x', format: 'pdf' }, {}],
  'settings.get': [{ language: 'en' }, { systemLanguage: 'fr' }],
  'settings.set': [{ language: 'fr' }, { paperSize: 'A3' }, { theme: 'dark' }],
  'library.status': [{ verbose: true }],
  'library.dismissRecovery': [{ force: true }],
  'backups.list': [{ all: true }],
  'team.status': [{ server: 'x' }],
  'team.connect': [
    {},
    { server: 'ftp://team.example.com', code: 'ABCD-EFGH-JKMN-PQRS', deviceName: 'Ana' },
    { server: 'https://team.example.com', code: 'short', deviceName: 'Ana' },
    { server: 'https://team.example.com', code: 'ABCD-EFGH-JKMN-PQRS', deviceName: '' },
  ],
  'team.share': [{}, { id: 7 }],
  'team.sync': [{ now: true }],
  'team.refused': [{ all: 1 }],
  'team.leave': [{ keepPlans: false }, 'now'],
  'team.dismissRefused': [{}, { id: 'one' }, { id: 1.5 }],
  'room.addresses': [{ all: true }],
  'room.open': [
    {},
    { planId: 'x' },
    { planId: 'x', address: '' },
    { planId: 'x', address: '1'.repeat(100) },
  ],
  'room.status': [{ verbose: 1 }],
  'room.close': ['now'],
  'room.joining': [{ locked: 'yes' }, { rotate: 1 }],
  'room.remove': [{}, { participantId: '' }],
  'room.idea': [{}, { cardId: 'x', hidden: 'yes' }, { cardId: '' }],
  'room.start': [
    {},
    { setup: { kind: 'quiz' } },
    {
      setup: {
        kind: 'vote',
        anonymous: true,
        title: 'One item is no vote',
        items: [{ id: 'a', text: 'A' }],
        votesPerPerson: 3,
        capPerItem: null,
      },
    },
    {
      setup: {
        kind: 'vote',
        anonymous: true,
        title: 'No votes',
        items: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
        votesPerPerson: 0,
        capPerItem: null,
      },
    },
  ],
  'room.activity': [{ locked: 'no' }, { reveal: true }],
  'backups.create': [{ fileName: 'mine.sqlite' }],
  'backups.restore': [
    {},
    { fileName: '../library.sqlite' },
    { fileName: '/etc/passwd' },
    { fileName: 'library-20261127T140509123Z-scheduled.sqlite/../../library.sqlite' },
    { fileName: 'library-20261127T140509123Z-whenever.sqlite' },
  ],
};

/** The room's methods that need an open room (and its participant page): tested with it. */
const ROOM_ONLY = [
  'room.open',
  'room.joining',
  'room.remove',
  'room.idea',
  'room.start',
  'room.activity',
] as const;
type RoomOnly = (typeof ROOM_ONLY)[number];

/** Methods that reach the team server: the team's own tests run them against one. */
const TEAM_ONLY = [
  'team.connect',
  'team.share',
  'templates.share',
  'templates.team',
  'templates.takeFromTeam',
] as const;
type TeamOnly = (typeof TEAM_ONLY)[number];

describe('API contract', () => {
  it.each(METHOD_NAMES)(
    '%s refuses malformed input with INVALID_INPUT and changes nothing',
    async (method) => {
      const cases = malformed[method];
      expect(cases.length).toBeGreaterThan(0);
      for (const input of cases) {
        const withRealId =
          input && typeof input === 'object' && 'id' in input && input.id === 'x'
            ? { ...input, id: planId }
            : input;
        const before = snapshotDatabase();
        const result = await library.dispatchAll(method, withRealId);
        expect(result, JSON.stringify(withRealId)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT' },
        });
        expect(snapshotDatabase()).toBe(before);
      }
    },
  );

  it('speaks the asking window’s system language until one is chosen, then the one chosen', () => {
    expect(library.dispatch('settings.get', { systemLanguage: 'es' })).toMatchObject({
      ok: true,
      value: { language: 'es' },
    });
    expect(library.dispatch('settings.get', {})).toMatchObject({ value: { language: 'en' } });
    library.dispatch('settings.set', { language: 'en' });
    expect(library.dispatch('settings.get', { systemLanguage: 'es' })).toMatchObject({
      value: { language: 'en' },
    });
  });

  it('refuses a goal owner who is not a person of the plan, naming the field', () => {
    const goal = newGoal('g1', 'SQLs');
    expect(
      library.dispatch('plans.apply', { id: planId, commands: [{ type: 'goal.add', goal }] }),
    ).toMatchObject({ ok: true });
    const before = snapshotDatabase();
    const result = library.dispatch('plans.apply', {
      id: planId,
      commands: [{ type: 'goal.update', goalId: 'g1', patch: { ownerIds: ['stranger'] } }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/ownerIds\.0: owner stranger/),
      },
    });
    expect(snapshotDatabase()).toBe(before);
  });

  it('names the offending field in the message', () => {
    const result = library.dispatch('plans.apply', {
      id: planId,
      commands: [{ type: 'plan.rename', name: '' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^commands\.0\.name:/) },
    });
  });

  it('answers NOT_FOUND for an unknown plan id and an unknown method', () => {
    for (const method of ['plans.get', 'plans.undo', 'plans.delete', 'plans.history'] as const) {
      expect(library.dispatch(method, { id: 'missing' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(library.dispatch('plans.hack', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('returns outputs that match the contract for every method', async () => {
    const exported = library.dispatch('plans.export', { id: planId });
    if (!exported.ok) throw new Error(exported.error.message);
    const approvers = library.dispatch('plans.apply', {
      id: planId,
      commands: [
        {
          type: 'approver.add',
          approver: { id: 'ap1', name: 'Ana', role: 'CMO', teamId: 'team-marketing' },
        },
        {
          type: 'approver.add',
          approver: { id: 'ap2', name: 'Bo', role: 'VP Sales', teamId: 'team-sales' },
        },
      ],
    });
    if (!approvers.ok) throw new Error(approvers.error.message);
    const signed = library.dispatch('plans.signOff', { id: planId });
    if (!signed.ok) throw new Error(signed.error.message);
    const snapshotId = (signed.value as { id: string }).id;
    const saved = library.dispatch('templates.save', {
      planId,
      name: 'Method',
      description: '',
      language: 'en',
      parts: ['handoff'],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const templateId = (saved.value as { id: string }).id;
    const templateFile = library.dispatch('templates.export', { id: templateId });
    if (!templateFile.ok) throw new Error(templateFile.error.message);
    // Joining and sharing need a team server, and a room's methods an open room: their own
    // tests cover them.
    const valid: Record<
      Exclude<MethodName, 'report.pdf' | 'backups.restore' | TeamOnly | RoomOnly>,
      unknown
    > = {
      'room.addresses': {},
      'room.status': {},
      'room.close': {},
      'team.status': {},
      'team.sync': {},
      'team.refused': {},
      'team.dismissRefused': { id: 1 },
      'team.leave': {},
      'library.status': {},
      'library.dismissRecovery': {},
      'backups.create': {},
      'backups.list': {},
      'plans.import': { content: (exported.value as { content: string }).content },
      'plans.signOff': { id: planId },
      'snapshots.list': { id: planId },
      'snapshots.get': { id: planId, snapshotId },
      'snapshots.copy': { id: planId, snapshotId, name: 'From version 1' },
      'plans.list': {},
      'plans.create': { name: 'Second', client: 'Globex', language: 'es' },
      'plans.get': { id: planId },
      'plans.rename': { id: planId, name: 'Renamed' },
      'plans.undo': { id: planId },
      'plans.redo': { id: planId },
      'plans.apply': {
        id: planId,
        commands: [{ type: 'plan.setMeta', patch: { currency: 'MXN' } }],
      },
      'plans.history': { id: planId },
      'plans.export': { id: planId },
      'plans.duplicate': { id: planId },
      'plans.delete': { id: planId },
      'plans.restore': { id: planId },
      'settings.get': {},
      'settings.set': { language: 'es' },
      'images.add': { base64: solidPng().toString('base64') },
      'images.get': { id: createHash('sha256').update(solidPng()).digest('hex') },
      'templates.list': {},
      'templates.save': {
        planId,
        name: 'Method',
        description: 'Ours',
        language: 'es',
        parts: ['handoff'],
      },
      'templates.get': { id: templateId },
      'templates.export': { id: templateId },
      'templates.import': { content: (templateFile.value as { content: string }).content },
      'templates.delete': { id: templateId },
      'plans.purge': { id: planId },
    };
    // In the order written above: purge comes last, once the plan is in the trash.
    // report.pdf needs a shell's printer: the shells' own tests cover it. The
    // restore, last, puts back the backup made at the start.
    expect([...Object.keys(valid), 'backups.restore'].sort()).toEqual(
      METHOD_NAMES.filter((m) => !['report.pdf', ...TEAM_ONLY, ...ROOM_ONLY].includes(m)).sort(),
    );
    let backupName = '';
    for (const method of Object.keys(valid) as Array<keyof typeof valid>) {
      if (method === 'plans.purge') library.dispatch('plans.delete', { id: planId });
      const result = await library.dispatchAll(method, valid[method]);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      expect(apiContract[method].output.safeParse(result.value).success, method).toBe(true);
      if (method === 'backups.create') backupName = (result.value as { fileName: string }).fileName;
    }
    const restored = await library.dispatchAll('backups.restore', { fileName: backupName });
    if (!restored.ok) throw new Error(`backups.restore: ${restored.error.message}`);
    expect(apiContract['backups.restore'].output.safeParse(restored.value).success).toBe(true);
    // The backup was made before Spanish was chosen: the restore brought English back.
    expect(library.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
  });
});
