/**
 * A stage's name in the funnel chart's label column, broken into lines that fit it.
 *
 * SVG text does not wrap, and the column is 150 units wide: a name longer than about
 * sixteen letters ran off the chart's left edge ("ontacto entrante") on screen, on the
 * presenter's slide and in the signed PDF. Words are kept whole where they fit; a word
 * longer than a line is carried over with a hyphen; what does not fit in `maxLines` ends
 * with an ellipsis.
 */
export function chartLabelLines(name: string, maxChars: number, maxLines: number): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word longer than a line is carried over with a hyphen.
    while (current.length > maxChars) {
      lines.push(`${current.slice(0, maxChars - 1)}-`);
      current = current.slice(maxChars - 1);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
  return kept;
}
