import type { Framework, FrameworkKind } from './handoff';
import type { Language } from './plan-doc';

type Items = Array<Record<Language, string>>;
const item = (en: string, es: string) => ({ en, es });

/** The SQL checklist each framework generates; editable once generated. */
export const FRAMEWORK_CHECKLISTS: Record<Exclude<FrameworkKind, 'custom'>, Items> = {
  bant: [
    item(
      'Budget: the prospect has budget for the purchase',
      'Presupuesto: el cliente potencial tiene presupuesto para la compra',
    ),
    item('Authority: we are talking to the decision maker', 'Autoridad: hablamos con quien decide'),
    item(
      'Need: a business need the product solves',
      'Necesidad: hay una necesidad de negocio que el producto resuelve',
    ),
    item(
      'Timeframe: they plan to buy within a known time',
      'Plazo: piensan comprar en un plazo conocido',
    ),
  ],
  champ: [
    item(
      'Challenges: the problems they need solved',
      'Retos: los problemas que necesitan resolver',
    ),
    item('Authority: who decides and who influences', 'Autoridad: quién decide y quién influye'),
    item(
      'Money: budget is available or can be found',
      'Dinero: hay presupuesto o se puede conseguir',
    ),
    item(
      'Prioritization: how urgent this is for them',
      'Priorización: qué urgencia tiene para ellos',
    ),
  ],
  meddic: [
    item('Metrics: the measurable gain they expect', 'Métricas: la mejora medible que esperan'),
    item('Economic buyer: identified and engaged', 'Comprador económico: identificado e implicado'),
    item('Decision criteria: known', 'Criterios de decisión: conocidos'),
    item(
      'Decision process: the steps to a signature are known',
      'Proceso de decisión: se conocen los pasos hasta la firma',
    ),
    item(
      'Identify pain: the pain is confirmed',
      'Identificar el dolor: el problema está confirmado',
    ),
    item('Champion: someone inside sells for us', 'Champion: alguien dentro vende por nosotros'),
  ],
  meddpicc: [
    item('Metrics: the measurable gain they expect', 'Métricas: la mejora medible que esperan'),
    item('Economic buyer: identified and engaged', 'Comprador económico: identificado e implicado'),
    item('Decision criteria: known', 'Criterios de decisión: conocidos'),
    item(
      'Decision process: the steps to a signature are known',
      'Proceso de decisión: se conocen los pasos hasta la firma',
    ),
    item(
      'Paper process: legal and procurement steps are known',
      'Proceso de papeles: se conocen los pasos legales y de compras',
    ),
    item(
      'Identify pain: the pain is confirmed',
      'Identificar el dolor: el problema está confirmado',
    ),
    item('Champion: someone inside sells for us', 'Champion: alguien dentro vende por nosotros'),
    item(
      'Competition: the alternatives they consider are known',
      'Competencia: se conocen las alternativas que valoran',
    ),
  ],
  gpct: [
    item('Goals: what the company wants to achieve', 'Objetivos: qué quiere conseguir la empresa'),
    item('Plans: how they intend to get there', 'Planes: cómo piensan llegar'),
    item('Challenges: what stands in the way', 'Retos: qué se lo impide'),
    item('Timeline: when it has to happen', 'Plazos: para cuándo tiene que pasar'),
  ],
};

/** The fields marketing fills in when it hands a lead over, so sales can run the checklist. */
export const FRAMEWORK_FIELDS: Record<Exclude<FrameworkKind, 'custom'>, Items> = {
  bant: [
    item('Budget range', 'Rango de presupuesto'),
    item('Decision maker', 'Quién decide'),
    item('Stated need', 'Necesidad declarada'),
    item('Purchase timeframe', 'Plazo de compra'),
  ],
  champ: [
    item('Main challenge', 'Reto principal'),
    item('Decision maker', 'Quién decide'),
    item('Budget range', 'Rango de presupuesto'),
    item('Priority', 'Prioridad'),
  ],
  meddic: [
    item('Expected gain', 'Mejora esperada'),
    item('Economic buyer', 'Comprador económico'),
    item('Decision criteria', 'Criterios de decisión'),
    item('Decision process', 'Proceso de decisión'),
    item('Pain', 'Dolor'),
    item('Champion', 'Champion'),
  ],
  meddpicc: [
    item('Expected gain', 'Mejora esperada'),
    item('Economic buyer', 'Comprador económico'),
    item('Decision criteria', 'Criterios de decisión'),
    item('Decision process', 'Proceso de decisión'),
    item('Procurement steps', 'Pasos de compras'),
    item('Pain', 'Dolor'),
    item('Champion', 'Champion'),
    item('Competitors considered', 'Competidores que valoran'),
  ],
  gpct: [
    item('Goals', 'Objetivos'),
    item('Current plan', 'Plan actual'),
    item('Challenges', 'Retos'),
    item('Timeline', 'Plazos'),
  ],
};

/** What picking a framework generates: its SQL checklist and its handoff fields. */
export function generateFramework(
  kind: FrameworkKind,
  language: Language,
  newId: () => string,
): Framework {
  if (kind === 'custom') return { kind, checklist: [], fields: [] };
  return {
    kind,
    checklist: FRAMEWORK_CHECKLISTS[kind].map((entry) => ({ id: newId(), label: entry[language] })),
    fields: FRAMEWORK_FIELDS[kind].map((entry) => entry[language]),
  };
}
