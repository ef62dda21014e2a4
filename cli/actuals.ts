/**
 * For RevOps, who refresh the plan's actuals from a scheduled CRM export:
 *
 *   npm run actuals -- <export.csv|.xlsx> [--plan <file.smarketing.json>] [--json] [--strict]
 *
 * Prints what was recognised (CRM, encoding, separator, date formats, mapping, records,
 * duplicates) and the figures the app would show, worked out by the same code as the
 * screen. Writes nothing. Exit status: 0 read, 1 the export has problems, 2 wrong use.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseExport } from '../shared/actuals/analyse';
import type { HandoffTerms } from '../shared/actuals/handoff-figures';
import { describeActualsProblems } from '../shared/actuals/describe';
import { readExportBytes, sizeProblem } from '../shared/actuals/read-export';
import { ImportProfileSchema, type ImportProfile } from '../shared/actuals/profile';
import { analyzeFunnel } from '../shared/domain/funnel-math';
import { mainPath } from '../shared/domain/funnel-path';
import { handoffStageId } from '../shared/domain/sla';
import { readPlanFile } from '../electron/core/plan-import';
import { formatReport } from './actuals-report';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const [file] = parsed.positionals;
  if (!file || parsed.positionals.length > 1) return usage('name one export file');

  const tooLarge = sizeProblem(statSync(file).size);
  if (tooLarge) return fail(describeActualsProblems([tooLarge], 1, 'en'));
  const read = await readExportBytes(new Uint8Array(readFileSync(file)));
  if (!read.table) return fail(describeActualsProblems(read.problems, read.problems.length, 'en'));

  let planStages: Array<{ id: string; name: string }> | undefined;
  let sla: Omit<HandoffTerms, 'countResponses'> | undefined;
  let profile: ImportProfile | undefined;
  if (parsed.values.plan) {
    const doc = readPlanFile(readFileSync(parsed.values.plan, 'utf8'));
    const names = new Map(doc.funnel.stages.map((stage) => [stage.id, stage.name]));
    planStages = mainPath(doc.funnel).stageIds.map((id) => ({ id, name: names.get(id) ?? id }));
    // The plan's SLA judges first responses, and the mapping kept for this report (the
    // same columns) reads it the way the app did last time.
    const stageKey = handoffStageId(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel));
    if (stageKey) {
      const { firstResponseHours: targetHours, calendar } = doc.handoff.sla;
      sla = { stageKey, targetHours, calendar };
    }
    const headers = read.table.headers.join('\u0000');
    const kept = doc.actuals.profiles.find((p) => p.headers.join('\u0000') === headers);
    if (kept) profile = ImportProfileSchema.parse(kept);
  }
  const analysis = analyseExport(read.table, {
    ...(planStages ? { planStages } : {}),
    ...(sla ? { sla } : {}),
    ...(profile ? { profile } : {}),
    counting: parsed.values.strict ? 'strict' : 'passThrough',
  });
  if (!analysis.profile) {
    return fail([
      'The columns of this export fit no CRM export the app knows. Map them in the app.',
    ]);
  }
  if (!analysis.figures) {
    return fail(describeActualsProblems(analysis.problems, analysis.problemCount, 'en'));
  }
  const facts = {
    file: basename(file),
    crm: analysis.profile.crm,
    kind: analysis.profile.kind,
    encoding: read.encoding,
    separator: read.table.separator,
    footer: read.table.footer,
    dateFormats: analysis.dateFormats,
    recordId: analysis.profile.recordId,
    mapping: Object.fromEntries(
      Object.entries(analysis.profile.planStages).map(([source, key]) => [
        source,
        analysis.targets.find((target) => target.key === key)?.name ?? key,
      ]),
    ),
    unmatched: analysis.unmatched,
  };
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify({ ...facts, ...analysis.figures }, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(facts, analysis.figures));
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(
    `actuals: ${message}\nUsage: npm run actuals -- <export.csv|.xlsx> [--plan <file.smarketing.json>] [--json] [--strict]\n`,
  );
  return 2;
}

function fail(lines: string[]): number {
  process.stderr.write(`${lines.join('\n')}\n`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`actuals: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
