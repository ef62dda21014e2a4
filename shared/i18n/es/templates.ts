import type { Messages } from '../en';

/** Las plantillas propias del consultor: guardarlas, verlas, empezar con ellas y aplicarlas. */
export const templates: Messages['templates'] = {
  tab: 'Plantillas',
  heading: 'Tus plantillas',
  intro:
    'Las partes de un plan que tu método repite de un cliente a otro: el embudo, la RACI, el traspaso de leads y la agenda del taller. Una plantilla nunca lleva personas, las cifras que se escribieron para un objetivo, decisiones ni datos reales.',
  empty:
    'Aún no tienes plantillas. Abre un plan y elige Plantillas → Guardar como plantilla, o importa un archivo de plantilla.',
  caption: 'Tus plantillas',
  name: 'Nombre',
  language: 'Idioma',
  partsColumn: 'Partes',
  created: 'Guardada',
  actions: 'Acciones',
  parts: {
    funnel: 'Embudo',
    raci: 'RACI',
    handoff: 'Traspaso de leads',
    agenda: 'Agenda del taller',
  },
  partsHelp: {
    funnel: 'Etapas, su tipo y equipo, las tasas como referencia y los desvíos',
    raci: 'Actividades y roles, y quién hace qué',
    handoff:
      'Definiciones de las etapas, el marco de cualificación, la puntuación de leads y los términos del SLA',
    agenda: 'Los puntos de la agenda y sus minutos',
  },
  languages: { en: 'Inglés', es: 'Español' },
  export: 'Exportar archivo',
  exportNamed: 'Exportar {{name}} como archivo',
  delete: 'Eliminar…',
  deleteNamed: 'Eliminar {{name}}',
  deleteTitle: '¿Eliminar la plantilla «{{name}}»?',
  deleteBody:
    'Los planes que empezaron con ella conservan lo que les dio. Si crees que la vas a volver a necesitar, expórtala antes.',
  deleteConfirm: 'Eliminar plantilla',
  deleted: 'Plantilla «{{name}}» eliminada',
  importFile: 'Importar archivo de plantilla…',
  imported: 'Plantilla «{{name}}» añadida',
  importRefused: 'No se ha añadido {{file}}: {{message}}',
  importTooLarge: 'El archivo ocupa {{size}} MB; una plantilla ocupa como máximo 2 MB.',
  open: 'Plantillas',
  dialogTitle: 'Plantillas',
  dialogDescription:
    'Guarda partes de este plan para tu próximo cliente o trae partes que ya tenías guardadas.',
  saveTab: 'Guardar como plantilla',
  applyTab: 'Aplicar una plantilla',
  saveName: 'Nombre de la plantilla',
  saveDescription: 'Descripción (opcional)',
  saveLanguage: 'Idioma de la plantilla',
  choose: 'Partes que se guardan',
  unavailable: 'Este plan aún no la tiene',
  save: 'Guardar plantilla',
  saved: 'Plantilla «{{name}}» guardada',
  nameTaken: 'Ya tienes una plantilla llamada «{{name}}». Elige otro nombre.',
  noPart: 'Elige al menos una parte para guardar.',
  applyChoose: 'Plantilla',
  applyNone:
    'Aún no tienes plantillas: guarda una desde un plan o importa un archivo de plantilla en la biblioteca.',
  applyParts: 'Partes que se aplican',
  keeps:
    'Las etapas, actividades y roles con el mismo nombre conservan lo que este plan tiene en ellos: definiciones, objetivos, personas.',
  losesHeading: 'Lo que este plan pierde',
  losesNothing:
    'Este plan no pierde nada: lo que tiene se conserva o lo sustituye lo de la plantilla.',
  loses: {
    stages: 'Etapas que salen del embudo: {{names}}',
    definitions: 'Definiciones escritas de: {{names}}',
    goalMetrics: 'Objetivos que dejan de medirse en el embudo: {{names}}',
    activities: 'Actividades de la RACI: {{names}}',
    roles: 'Roles de la RACI: {{names}}',
    agenda: 'Puntos de la agenda: {{names}}',
    handoff:
      'El marco de cualificación, el modelo de puntuación y los términos del SLA pasan a ser los de la plantilla.',
  },
  apply: 'Aplicar plantilla',
  applied: 'Plantilla «{{name}}» aplicada. Deshacer la quita en un solo paso.',
  startFrom: 'Tus plantillas',
  startNone: 'Ninguna: el embudo de arriba',
  startPart: '{{part}} de',
  startPartNone: 'Nada: empezar en blanco',
  startHelp: 'Cada parte puede venir de una plantilla tuya distinta.',
};
