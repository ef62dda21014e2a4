import { readFile } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';
import { contentTypeFor } from './content-security';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer by URL path; null for anything outside
 * the folder or missing. Both shells serve the renderer through this, so a
 * path traversal is refused in one place.
 */
export async function readRendererFile(
  rootDir: string,
  urlPath: string,
): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const target = resolve(root, normalize(relative));
  if (target !== root && !target.startsWith(root + sep)) return null;
  try {
    return { body: await readFile(target), contentType: contentTypeFor(target) };
  } catch {
    return null;
  }
}
