import type { MethodInput, TemplateSummary } from '../../shared/api/contract';
import type { TeamTemplateSummary } from '../../shared/sync/protocol';
import type { PlanTemplate } from '../../shared/templates/template';
import type { SliceCreator } from './app-store';

/** The consultant's own templates, as the library keeps them. */
export interface TemplatesSlice {
  templates: TemplateSummary[];
  loadTemplates: () => Promise<TemplateSummary[]>;
  saveTemplate: (input: MethodInput<'templates.save'>) => Promise<TemplateSummary>;
  getTemplate: (id: string) => Promise<PlanTemplate>;
  deleteTemplate: (id: string) => Promise<void>;
  exportTemplateFile: (id: string) => Promise<{ fileName: string; content: string }>;
  /** Keeps a template file's template; the host refuses a bad file whole. */
  importTemplateFile: (content: string) => Promise<TemplateSummary>;
  shareTemplate: (id: string) => Promise<void>;
  teamTemplates: () => Promise<TeamTemplateSummary[]>;
  takeTeamTemplate: (id: string) => Promise<TemplateSummary>;
}

export const createTemplatesSlice: SliceCreator<TemplatesSlice> = (set, _get, api) => {
  /** Every change is followed by a fresh list: the host is the truth. */
  const refresh = async () => {
    const { templates } = await api('templates.list', {});
    set({ templates });
    return templates;
  };
  return {
    templates: [],
    loadTemplates: refresh,
    saveTemplate: async (input) => {
      const saved = await api('templates.save', input);
      await refresh();
      return saved;
    },
    getTemplate: async (id) => (await api('templates.get', { id })).template,
    deleteTemplate: async (id) => {
      await api('templates.delete', { id });
      await refresh();
    },
    exportTemplateFile: (id) => api('templates.export', { id }),
    importTemplateFile: async (content) => {
      const imported = await api('templates.import', { content });
      await refresh();
      return imported;
    },
    shareTemplate: async (id) => {
      await api('templates.share', { id });
    },
    teamTemplates: async () => (await api('templates.team', {})).templates,
    takeTeamTemplate: async (id) => {
      const taken = await api('templates.takeFromTeam', { id });
      await refresh();
      return taken;
    },
  };
};
