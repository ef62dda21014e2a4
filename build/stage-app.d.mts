export interface StagedPackage {
  name: string;
  version: string;
}
export function runtimeClosure(
  root: string,
  names: string[],
): Array<StagedPackage & { dir: string }>;
export function stageApp(options?: { root?: string; stage?: string }): {
  stage: string;
  manifest: {
    main: string;
    homepage: string;
    author: { name: string; email: string };
    dependencies: Record<string, string>;
  };
  packages: StagedPackage[];
};
