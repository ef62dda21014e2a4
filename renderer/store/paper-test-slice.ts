import type { SampleLead } from '../../shared/domain/lead-scoring';
import type { SliceCreator } from './app-store';

/**
 * The sample leads of the lead-scoring paper test. They live in memory only,
 * for the open plan: sample leads are often real people's data, so they are
 * scored on screen and never written to the library, the plan file or the PDF.
 */
export interface PaperTestSlice {
  paperTest: {
    planId: string | null;
    leads: SampleLead[];
    /** The file the leads came from, or null when typed. */
    fileName: string | null;
  };
  setPaperLeads: (planId: string, leads: SampleLead[], fileName: string | null) => void;
  addPaperLead: (planId: string, lead: SampleLead) => void;
  updatePaperLead: (index: number, field: string, value: string) => void;
  removePaperLead: (index: number) => void;
}

export const createPaperTestSlice: SliceCreator<PaperTestSlice> = (set) => ({
  paperTest: { planId: null, leads: [], fileName: null },
  setPaperLeads: (planId, leads, fileName) => set({ paperTest: { planId, leads, fileName } }),
  addPaperLead: (planId, lead) =>
    set(({ paperTest }) => ({
      paperTest:
        paperTest.planId === planId
          ? { ...paperTest, leads: [...paperTest.leads, lead] }
          : { planId, leads: [lead], fileName: null },
    })),
  updatePaperLead: (index, field, value) =>
    set(({ paperTest }) => ({
      paperTest: {
        ...paperTest,
        leads: paperTest.leads.map((lead, i) => (i === index ? { ...lead, [field]: value } : lead)),
      },
    })),
  removePaperLead: (index) =>
    set(({ paperTest }) => ({
      paperTest: { ...paperTest, leads: paperTest.leads.filter((_, i) => i !== index) },
    })),
});
