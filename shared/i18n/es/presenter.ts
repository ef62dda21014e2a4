import type { Messages } from '../en';

export const presenter: Messages['presenter'] = {
  open: 'Vista de presentación',
  parts: 'Partes de la presentación',
  previous: 'Parte anterior',
  next: 'Parte siguiente',
  fullScreen: 'Pantalla completa',
  exit: 'Salir de la vista de presentación',
  help: '← → para moverse · F pantalla completa · Esc para salir',
  empty: 'Aún no hay nada aquí.',
  pageOf: '({{page}} de {{pages}})',
  parked: 'Aparcado: {{text}}',
  slide: {
    agenda: 'Orden del día',
    funnel: 'Nuestro embudo',
    goals: 'Objetivos compartidos',
    accountability: 'Compromisos mutuos',
    sla: 'Nuestro SLA',
    decisions: 'Decisiones y acciones',
    actuals: 'Plan frente a real',
    review: 'La revisión del mes',
  },
};
