import secureJson from 'secure-json-parse';
import { DomainError, type Refusal } from '../../shared/domain/errors';
import {
  PlanTemplateSchema,
  TEMPLATE_FILE_EXTENSION,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
  type PlanTemplate,
} from '../../shared/templates/template';
import { PLAN_FILE_FORMAT, safeFileName } from './plan-file';
import { nestingDepth } from './plan-import';

/** A template of a large method (500 activities, 40 roles) is well under 1 MB. */
export const MAX_TEMPLATE_FILE_BYTES = 2 * 1024 * 1024;
const MAX_NESTING_DEPTH = 32;

/** The template file: the template alone, with its version, readable by any later build. */
export function buildTemplateFile(
  template: PlanTemplate,
  exportedAt: string,
): { fileName: string; content: string } {
  const file = { format: TEMPLATE_FORMAT, exportedAt, template };
  return {
    fileName: `${safeFileName(template.name)}${TEMPLATE_FILE_EXTENSION}`,
    content: JSON.stringify(file, null, 2),
  };
}

/**
 * Reads a template file from an untrusted source, cheapest checks first, as a plan file is
 * read: size, nesting, JSON without prototype poisoning, the envelope, the version, then
 * the template against its strict schema with its parts' references to each other checked.
 * Nothing here writes anything.
 */
export function readTemplateFile(content: string): PlanTemplate {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_TEMPLATE_FILE_BYTES) {
    throw refused(`the file is ${bytes} bytes; a template file is at most 2 MB`, {
      code: 'templateFile.tooLarge',
      values: { limit: '2' },
    });
  }
  if (nestingDepth(content) > MAX_NESTING_DEPTH) {
    throw refused('not a template file: it nests too deep', { code: 'templateFile.notTemplate' });
  }
  let raw: unknown;
  try {
    raw = secureJson.parse(content, undefined, {
      protoAction: 'error',
      constructorAction: 'error',
    });
  } catch {
    throw refused('not a template file: not valid JSON', { code: 'templateFile.notTemplate' });
  }
  const envelope =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  if (envelope['format'] === PLAN_FILE_FORMAT) {
    throw refused('this is a plan file, not a template', { code: 'templateFile.isPlan' });
  }
  if (envelope['format'] !== TEMPLATE_FORMAT || typeof envelope['template'] !== 'object') {
    throw refused(`not a template file: "format" must be "${TEMPLATE_FORMAT}"`, {
      code: 'templateFile.notTemplate',
    });
  }
  const template = envelope['template'] as Record<string, unknown> | null;
  const version = template?.['version'];
  if (typeof version === 'number' && version > TEMPLATE_VERSION) {
    throw refused(`made by a newer build (template version ${version})`, {
      code: 'templateFile.newerVersion',
      values: { version: String(version), supported: String(TEMPLATE_VERSION) },
    });
  }
  const parsed = PlanTemplateSchema.safeParse(template);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['template', ...(issue?.path ?? [])].map(String).join('.');
    throw refused(`${field}: ${issue?.message ?? 'invalid'}`, {
      code: 'templateFile.invalid',
      values: { field },
    });
  }
  return parsed.data;
}

function refused(message: string, refusal: Refusal): DomainError {
  return new DomainError('INVALID_INPUT', message, refusal);
}
