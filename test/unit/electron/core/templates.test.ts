import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import type { MethodName } from '../../../../shared/api/contract';
import type { PlanDoc } from '../../../../shared/domain/plan-doc';
import type { TemplateSummary } from '../../../../shared/api/contract';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
});
afterEach(() => {
  library.close();
  dir.remove();
});

function call<T>(method: MethodName, input: unknown): T {
  const result = library.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

function refusal(method: MethodName, input: unknown): string {
  const result = library.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error.refusal?.code ?? result.error.code;
}

/** A client's plan with a person, a RACI the person holds a role in, and an agenda. */
function clientPlan(): string {
  const { doc } = call<{ doc: PlanDoc }>('plans.create', {
    name: 'Acme',
    template: 'waterfall',
    language: 'es',
  });
  call('plans.apply', {
    id: doc.id,
    commands: [
      {
        type: 'person.add',
        person: { id: 'p1', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: 'team-marketing' },
      },
      {
        type: 'raci.activities.add',
        activities: [{ id: 'a1', name: 'Aceptar MQL', phase: 'handoff', handoff: true }],
      },
      {
        type: 'raci.role.add',
        role: { id: 'r1', name: 'SDR', teamId: 'team-sales', personId: 'p1' },
      },
      { type: 'raci.cell.set', activityId: 'a1', roleId: 'r1', letter: 'R' },
    ],
  });
  return doc.id;
}

const save = (planId: string, name: string, parts: string[]) =>
  call<TemplateSummary>('templates.save', { planId, name, description: '', language: 'es', parts });

describe('own templates in the library', () => {
  it('are saved from a plan, listed, and start a new plan with a built-in part', () => {
    const planId = clientPlan();
    const funnel = save(planId, 'Embudo Ñandú', ['funnel']);
    const raci = save(planId, 'RACI Ñandú', ['raci']);

    expect(call<{ templates: TemplateSummary[] }>('templates.list', {}).templates).toEqual([
      expect.objectContaining({ name: 'Embudo Ñandú', parts: ['funnel'], language: 'es' }),
      expect.objectContaining({ name: 'RACI Ñandú', parts: ['raci'] }),
    ]);

    const { doc } = call<{ doc: PlanDoc }>('plans.create', {
      name: 'Globex',
      language: 'es',
      template: 'hubspot',
      templates: { raci: raci.id },
    });
    expect(doc.funnel.stages[0]?.name).not.toBe('Visitante'); // the built-in HubSpot funnel
    expect(doc.raci.activities.map((a) => a.name)).toEqual(['Aceptar MQL']);
    expect(doc.raci.roles).toEqual([expect.objectContaining({ name: 'SDR', personId: null })]);
    expect(doc.people).toEqual([]);

    const both = call<{ doc: PlanDoc }>('plans.create', {
      name: 'Initech',
      templates: { funnel: funnel.id, raci: raci.id },
    }).doc;
    expect(both.funnel.stages.map((s) => s.name)).toContain('MQL');
    expect(JSON.stringify(both)).not.toContain('Ana Ruiz');
  });

  it('travel as files, and a name already taken gets a number', () => {
    const planId = clientPlan();
    const saved = save(planId, 'Método', ['funnel', 'raci', 'handoff']);
    const file = call<{ fileName: string; content: string }>('templates.export', { id: saved.id });
    expect(file.fileName).toBe('Método.smarketing-template.json');

    const imported = call<TemplateSummary>('templates.import', { content: file.content });
    expect(imported).toMatchObject({ name: 'Método (2)', parts: ['funnel', 'raci', 'handoff'] });
    const partsOf = (id: string) =>
      call<{ template: { parts: unknown } }>('templates.get', { id }).template.parts;
    expect(partsOf(imported.id)).toEqual(partsOf(saved.id));

    call('templates.delete', { id: saved.id });
    expect(refusal('templates.get', { id: saved.id })).toBe('missing.template');
  });

  it('refuse a file that is not a template, or does not hold together, and keep nothing', () => {
    const planId = clientPlan();
    const good = JSON.parse(
      call<{ content: string }>('templates.export', { id: save(planId, 'M', ['raci']).id }).content,
    ) as { template: { version: number; parts: { raci: { cells: object } } } };
    const count = () => call<{ templates: unknown[] }>('templates.list', {}).templates.length;
    const before = count();
    const plan = call<{ content: string }>('plans.export', { id: planId }).content;
    const newer = structuredClone(good);
    newer.template.version = 2;
    const crossed = structuredClone(good);
    crossed.template.parts.raci.cells = { a1: { nobody: 'R' } };

    const attempts: Array<[string, string]> = [
      ['not json at all', 'templateFile.notTemplate'],
      [
        '{"format":"smarketing-template","template":{"__proto__":{"x":1}}}',
        'templateFile.notTemplate',
      ],
      [plan, 'templateFile.isPlan'],
      [JSON.stringify(newer), 'templateFile.newerVersion'],
      [JSON.stringify(crossed), 'templateFile.invalid'],
      [' '.repeat(2 * 1024 * 1024 + 1), 'templateFile.tooLarge'],
      ['['.repeat(100) + ']'.repeat(100), 'templateFile.notTemplate'],
    ];
    for (const [content, code] of attempts) {
      expect(refusal('templates.import', { content }), content.slice(0, 40)).toBe(code);
    }
    expect(count()).toBe(before);
  });

  it('are not offered a part the template does not have', () => {
    const planId = clientPlan();
    const raci = save(planId, 'Solo RACI', ['raci']);
    expect(refusal('plans.create', { name: 'X', templates: { funnel: raci.id } })).toBe(
      'missing.template',
    );
    expect(call<{ plans: unknown[] }>('plans.list', {}).plans).toHaveLength(1);
  });
});
