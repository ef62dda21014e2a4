import type { Language } from './plan-doc';
import type { RaciPhase } from './raci';

export interface LibraryActivity {
  key: string;
  phase: RaciPhase;
  handoff: boolean;
  name: Record<Language, string>;
}

/** The activities a smarketing plan usually assigns, to add with one click. */
export const RACI_LIBRARY: readonly LibraryActivity[] = [
  {
    key: 'icp',
    phase: 'plan',
    handoff: false,
    name: { en: 'Define the ideal customer profile', es: 'Definir el perfil de cliente ideal' },
  },
  {
    key: 'personas',
    phase: 'plan',
    handoff: false,
    name: { en: 'Agree buyer personas', es: 'Acordar los buyer personas' },
  },
  {
    key: 'campaigns',
    phase: 'plan',
    handoff: false,
    name: {
      en: 'Plan campaigns with sales input',
      es: 'Planificar campañas con aportes de ventas',
    },
  },
  {
    key: 'content',
    phase: 'generate',
    handoff: false,
    name: {
      en: 'Produce demand-generation content',
      es: 'Producir contenido de generación de demanda',
    },
  },
  {
    key: 'events',
    phase: 'generate',
    handoff: false,
    name: { en: 'Run events and webinars', es: 'Organizar eventos y webinars' },
  },
  {
    key: 'scoring',
    phase: 'qualify',
    handoff: false,
    name: { en: 'Build the lead scoring model', es: 'Construir el modelo de lead scoring' },
  },
  {
    key: 'mqlDefinition',
    phase: 'qualify',
    handoff: true,
    name: { en: 'Agree the MQL definition', es: 'Acordar la definición de MQL' },
  },
  {
    key: 'handoverMql',
    phase: 'handoff',
    handoff: true,
    name: { en: 'Hand over MQLs to sales', es: 'Entregar los MQL a ventas' },
  },
  {
    key: 'followUp',
    phase: 'handoff',
    handoff: true,
    name: { en: 'Follow up within the SLA', es: 'Hacer el seguimiento dentro del SLA' },
  },
  {
    key: 'acceptReject',
    phase: 'handoff',
    handoff: true,
    name: {
      en: 'Accept or reject leads with a reason',
      es: 'Aceptar o rechazar leads con un motivo',
    },
  },
  {
    key: 'nurture',
    phase: 'handoff',
    handoff: true,
    name: { en: 'Nurture recycled leads', es: 'Nutrir los leads reciclados' },
  },
  {
    key: 'enablement',
    phase: 'close',
    handoff: true,
    name: { en: 'Create sales enablement content', es: 'Crear contenido de sales enablement' },
  },
  {
    key: 'pipelineReview',
    phase: 'close',
    handoff: true,
    name: {
      en: 'Hold the pipeline review meeting',
      es: 'Celebrar la reunión de revisión del pipeline',
    },
  },
  {
    key: 'closeDeals',
    phase: 'close',
    handoff: false,
    name: { en: 'Close opportunities', es: 'Cerrar oportunidades' },
  },
  {
    key: 'onboarding',
    phase: 'retain',
    handoff: true,
    name: { en: 'Onboard new customers', es: 'Incorporar a los nuevos clientes' },
  },
  {
    key: 'advocacy',
    phase: 'retain',
    handoff: false,
    name: {
      en: 'Run the customer advocacy programme',
      es: 'Llevar el programa de clientes embajadores',
    },
  },
  {
    key: 'winLoss',
    phase: 'review',
    handoff: true,
    name: {
      en: 'Give win/loss feedback to marketing',
      es: 'Dar a marketing el análisis de ganados y perdidos',
    },
  },
  {
    key: 'crmHygiene',
    phase: 'review',
    handoff: true,
    name: { en: 'Keep CRM data clean', es: 'Mantener limpios los datos del CRM' },
  },
  {
    key: 'slaReview',
    phase: 'review',
    handoff: true,
    name: { en: 'Review the SLA every month', es: 'Revisar el SLA cada mes' },
  },
  {
    key: 'reporting',
    phase: 'review',
    handoff: true,
    name: {
      en: 'Report shared funnel metrics',
      es: 'Informar de las métricas compartidas del embudo',
    },
  },
];
