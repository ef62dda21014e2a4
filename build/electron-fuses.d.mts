export const REQUIRED_FUSES: Record<string, boolean>;
export function readBuilderConfig(path: string): unknown;
export function fuseProblems(config: unknown): string[];
