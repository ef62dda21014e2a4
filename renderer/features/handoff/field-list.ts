/** The most fields a stage or a handoff may ask for (the schema's limit). */
export const MAX_FIELDS = 30;

/**
 * "Budget, decision maker ,, need" → ["Budget", "decision maker", "need"]:
 * commas, semicolons or new lines separate fields, each kept to the schema's
 * 60 characters.
 */
export function splitFields(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((field) => field.trim().slice(0, 60).trim())
    .filter((field) => field !== '');
}
