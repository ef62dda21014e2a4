import type { Messages } from '../en';

export const backups: Messages['backups'] = {
  open: 'Copias de seguridad…',
  title: 'Copias de seguridad',
  description:
    'Copias de toda la biblioteca, hechas cada diez minutos mientras cambian los planes, antes de una restauración y antes de actualizar la biblioteca. Se guardan las diez más recientes en este equipo.',
  backUpNow: 'Hacer copia ahora',
  working: 'Haciendo copia…',
  created: 'Copia de la biblioteca hecha ({{when}})',
  none: 'Aún no hay copias. La primera se hace diez minutos después del primer cambio, o ahora con «Hacer copia ahora».',
  columnWhen: 'Hecha',
  columnWhy: 'Motivo',
  columnPlans: 'Planes',
  columnSize: 'Tamaño',
  reason: {
    scheduled: 'Programada',
    manual: 'A mano',
    'before-restore': 'Antes de restaurar',
    'before-migration': 'Antes de actualizar',
  },
  restore: 'Restaurar…',
  restoreNamed: 'Restaurar la copia del {{when}}',
  unusable: 'No se puede restaurar: {{problem}}',
  confirmTitle: '¿Restaurar la biblioteca tal como estaba el {{when}}?',
  confirmBody_one:
    'Todos los planes se sustituyen por el {{count}} plan de esta copia. Antes se hace una copia de la biblioteca tal como está, así que esta restauración también se puede deshacer desde esta lista.',
  confirmBody_other:
    'Todos los planes se sustituyen por los {{count}} planes de esta copia. Antes se hace una copia de la biblioteca tal como está, así que esta restauración también se puede deshacer desde esta lista.',
  confirm: 'Restaurar',
  restored: 'Biblioteca restaurada tal como estaba el {{when}}',
};

export const recovery: Messages['recovery'] = {
  title: 'La biblioteca de planes estaba dañada',
  body: 'No se podía leer con seguridad, así que se abrió en su lugar una biblioteca nueva y vacía. El archivo dañado se guardó tal como estaba y nunca se sobrescribirá.',
  keptAs: 'Guardado en:',
  problem: 'Qué fallaba: {{problem}}',
  offer_one: 'La copia más reciente que está en buen estado es del {{when}}, con {{count}} plan.',
  offer_other:
    'La copia más reciente que está en buen estado es del {{when}}, con {{count}} planes.',
  noBackup: 'No se encontró ninguna copia en buen estado. Puede seguir con la biblioteca vacía.',
  restore: 'Restaurar esa copia…',
  goOn: 'Seguir con la biblioteca vacía',
};
