import type { PlanDoc } from '../../shared/domain/plan-doc';

export const PLAN_FILE_FORMAT = 'smarketing-plan';
export const PLAN_FILE_EXTENSION = '.smarketing.json';

/** An image a plan file carries with the plan (the client's logo), as base64. */
export type FileImages = Record<string, { type: string; base64: string }>;

/**
 * The plan file: the whole document with its schema version, readable by any later build,
 * and the images it shows (the client's logo), so the file is whole on another computer.
 */
export function buildPlanFile(
  doc: PlanDoc,
  exportedAt: string,
  images: FileImages = {},
): { fileName: string; content: string } {
  const file = {
    format: PLAN_FILE_FORMAT,
    exportedAt,
    plan: doc,
    ...(Object.keys(images).length > 0 ? { images } : {}),
  };
  return {
    fileName: `${safeFileName(doc.name)}${PLAN_FILE_EXTENSION}`,
    content: JSON.stringify(file, null, 2),
  };
}

/** The characters Windows, macOS or Linux refuse in a file name. */
const RESERVED_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

/** Markup typed into a name ("<b>Acme</b>") is not part of what the file is called. */
const MARKUP_TAGS = /<\/?[a-z][^<>]*>/gi;

/** Keeps letters of any language, drops markup and what a file system would refuse. */
export function safeFileName(name: string): string {
  const text = name.replace(MARKUP_TAGS, ' ');
  const printable = [...text].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  const cleaned = printable.replace(RESERVED_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 80) || 'plan';
}
