import type { TemplateSummary } from '../../shared/api/contract';
import { missing } from '../../shared/domain/errors';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import {
  PlanTemplateSchema,
  TEMPLATE_VERSION,
  partsOf,
  type PlanTemplate,
  type TemplateMeta,
  type TemplatePartName,
  type TemplateParts,
} from '../../shared/templates/template';
import { templatePartsFromPlan } from '../../shared/templates/template-from-plan';
import type { Db } from './db';
import type { ServiceClock } from './plan-service';
import { unusedName } from './plan-names';
import { buildTemplateFile, readTemplateFile } from './template-file';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  language: 'en' | 'es';
  parts: string;
  body: string;
  created_at: string;
}

/** The consultant's own templates, in the library beside the plans. */
export class TemplateService {
  constructor(
    private readonly db: Db,
    private readonly readPlan: (planId: string) => PlanDoc,
    private readonly clock: ServiceClock,
  ) {}

  list(): TemplateSummary[] {
    return this.db
      .prepare<[], TemplateRow>('SELECT * FROM templates ORDER BY name COLLATE NOCASE, created_at')
      .all()
      .map(toSummary);
  }

  /** The chosen parts of a plan, kept as a template; only what a template may carry. */
  saveFromPlan(
    planId: string,
    meta: TemplateMeta,
    parts: readonly TemplatePartName[],
  ): TemplateSummary {
    const template: PlanTemplate = {
      version: TEMPLATE_VERSION,
      ...meta,
      parts: templatePartsFromPlan(this.readPlan(planId), parts),
    };
    // The plan's own values pass the plan's checks; the template's are checked as a file's.
    return this.insert(PlanTemplateSchema.parse(template));
  }

  get(id: string): PlanTemplate {
    return PlanTemplateSchema.parse(JSON.parse(this.row(id).body));
  }

  /** A template file from anywhere: checked whole, then kept under a name not yet taken. */
  importFile(content: string): TemplateSummary {
    return this.keep(readTemplateFile(content));
  }

  /** A checked template (a file's, the team's) kept as this library's own. */
  keep(template: PlanTemplate): TemplateSummary {
    const taken = this.list().map((t) => t.name);
    return this.insert({ ...template, name: unusedName(template.name, taken).slice(0, 80) });
  }

  exportFile(id: string): { fileName: string; content: string } {
    return buildTemplateFile(this.get(id), this.clock.now().toISOString());
  }

  remove(id: string): { id: string } {
    this.row(id);
    this.db.prepare('DELETE FROM templates WHERE id = ?').run(id);
    return { id };
  }

  /** For a new plan: each part from the template chosen for it. */
  partsFor(choice: Partial<Record<TemplatePartName, string>>): {
    parts: TemplateParts;
    names: string[];
  } {
    const parts: TemplateParts = {};
    const names = new Set<string>();
    for (const [part, templateId] of Object.entries(choice) as Array<[TemplatePartName, string]>) {
      const template = this.get(templateId);
      const found = template.parts[part];
      if (found === undefined) throw missing('template', `${templateId}/${part}`);
      Object.assign(parts, { [part]: found });
      names.add(template.name);
    }
    return { parts, names: [...names] };
  }

  private insert(template: PlanTemplate): TemplateSummary {
    const row: TemplateRow = {
      id: this.clock.newId(),
      name: template.name,
      description: template.description,
      language: template.language,
      parts: partsOf(template.parts).join(','),
      body: JSON.stringify(template),
      created_at: this.clock.now().toISOString(),
    };
    this.db
      .prepare(
        `INSERT INTO templates (id, name, description, language, parts, body, created_at)
         VALUES (@id, @name, @description, @language, @parts, @body, @created_at)`,
      )
      .run(row);
    return toSummary(row);
  }

  private row(id: string): TemplateRow {
    const row = this.db
      .prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?')
      .get(id);
    if (!row) throw missing('template', id);
    return row;
  }
}

function toSummary(row: TemplateRow): TemplateSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    language: row.language,
    parts: row.parts.split(',') as TemplatePartName[],
    createdAt: row.created_at,
  };
}
