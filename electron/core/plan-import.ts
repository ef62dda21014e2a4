import secureJson from 'secure-json-parse';
import { DomainError, type Refusal } from '../../shared/domain/errors';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import { PLAN_FILE_FORMAT, type FileImages } from './plan-file';

/** A plan of any real workshop is well under 1 MB; 5 MB leaves room and stops a flood. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
/** The plan document nests about 8 levels; anything far deeper is not a plan file. */
export const MAX_NESTING_DEPTH = 64;

/**
 * Reads a plan file from an untrusted source, checking in order of cost and
 * naming what is wrong and where: its size, how deep it nests (before any
 * parser recurses into it), JSON without prototype poisoning (`__proto__`,
 * `constructor.prototype`), the file's envelope, then the plan itself against
 * the strict schema of its version, upgraded to the current one, with every
 * reference between its parts checked. Nothing here writes anything.
 */
export function readPlanFile(content: string): PlanDoc {
  return readPlanFileWhole(content).doc;
}

/** The plan and the images its file carries (their bytes, checked when they are kept). */
export function readPlanFileWhole(content: string): { doc: PlanDoc; images: Uint8Array[] } {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_PLAN_FILE_BYTES) {
    throw refused(
      `the file is ${megabytes(bytes)} MB; a plan file is at most ${megabytes(MAX_PLAN_FILE_BYTES)} MB`,
      {
        code: 'import.tooLarge',
        values: { size: megabytes(bytes), limit: megabytes(MAX_PLAN_FILE_BYTES) },
      },
    );
  }
  const depth = nestingDepth(content);
  if (depth > MAX_NESTING_DEPTH) {
    throw refused(
      `the file nests ${depth} levels deep; a plan file nests at most ${MAX_NESTING_DEPTH}`,
      { code: 'import.notPlanFile' },
    );
  }
  let raw: unknown;
  try {
    raw = secureJson.parse(content, undefined, {
      protoAction: 'error',
      constructorAction: 'error',
    });
  } catch (error) {
    const where = jsonErrorWhere(content, error);
    throw refused(
      `not valid JSON: ${where.text}`,
      // Without a place (a forbidden key) there is nothing to point at: it is simply not a plan.
      where.line === null
        ? { code: 'import.notPlanFile' }
        : { code: 'import.notJson', values: { line: where.line, column: where.column } },
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw refused('not a plan file: expected an object with "format" and "plan"', {
      code: 'import.notPlanFile',
    });
  }
  const envelope = raw as Record<string, unknown>;
  if (envelope['format'] !== PLAN_FILE_FORMAT) {
    throw refused(`not a plan file: "format" must be "${PLAN_FILE_FORMAT}"`, {
      code: 'import.notPlanFile',
    });
  }
  const unknownKeys = Object.keys(envelope).filter(
    (key) => !['format', 'exportedAt', 'plan', 'images'].includes(key),
  );
  const unknownKey = unknownKeys[0];
  if (unknownKey !== undefined) {
    throw refused(`unknown field "${unknownKey}" at the top level`, {
      code: 'import.unknownField',
      values: { field: unknownKey },
    });
  }
  const images = fileImages(envelope['images']);
  try {
    return { doc: upgradePlanDoc(envelope['plan']), images };
  } catch (error) {
    if (error instanceof DomainError) {
      // Schema messages start with the field's path; say it is inside "plan".
      const where = /^[\w.]+: /.test(error.message) ? 'plan.' : 'plan: ';
      const field = error.refusal.values?.['field'];
      throw refused(
        `${where}${error.message}`,
        typeof field === 'string' && field !== 'schemaVersion'
          ? { code: error.refusal.code, values: { field: `plan.${field}` } }
          : error.refusal,
      );
    }
    throw error;
  }
}

/** The file's images as bytes; anything but { id: { type, base64 } } is a damaged file. */
function fileImages(raw: unknown): Uint8Array[] {
  if (raw === undefined) return [];
  const entries =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? Object.values(raw as FileImages)
      : null;
  const valid =
    entries !== null &&
    entries.length <= 10 &&
    entries.every(
      (image) =>
        typeof image === 'object' &&
        image !== null &&
        typeof image.base64 === 'string' &&
        /^[A-Za-z0-9+/]*={0,2}$/.test(image.base64),
    );
  if (!valid) {
    throw refused('images: not the images of a plan file', {
      code: 'import.invalidPlan',
      values: { field: 'images' },
    });
  }
  return entries.map((image) => new Uint8Array(Buffer.from(image.base64, 'base64')));
}

function refused(message: string, refusal: Refusal): DomainError {
  return new DomainError('INVALID_INPUT', message, refusal);
}

/** Rounded up to a tenth, so a file just over the cap never reads as "5 MB". */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / 1024 / 1024) * 10) / 10);
}

/** The deepest nesting of objects and arrays, brackets inside strings ignored; one pass, no recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}

/** "Unexpected token … at position 120" → "… at line 7, column 3", and the line and column. */
function jsonErrorWhere(
  content: string,
  error: unknown,
): { text: string; line: number; column: number } | { text: string; line: null } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return { text: message, line: null };
  const before = content.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const text = `${message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ".*" is not valid JSON$/, '')} at line ${line}, column ${column}`;
  return { text, line, column };
}
