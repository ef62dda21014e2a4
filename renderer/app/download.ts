/**
 * Hands a file to the user. In the browser shell this is a download; in
 * Electron the same download opens the system's save dialog, so one path
 * serves both shells.
 */
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  saveBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** Hands a binary file (a PDF, an image) to the user, the same way as saveTextFile. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
