export interface StagedRebuildContext {
  appDir: string;
  electronVersion: string;
  platform: string;
  arch: string;
}
export function stagedRebuildOptions(context: StagedRebuildContext): {
  buildPath: string;
  projectRootPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  mode: string;
  buildFromSource: boolean;
  force: boolean;
};
export default function rebuildStagedApp(context: unknown): Promise<void>;
