import type { Messages } from '../en';

/** Mensajes en español del servidor del equipo: unirse, compartir, el estado de la sincronización. */
export const team: Messages['team'] = {
  open: 'Equipo',
  title: 'Tu equipo',
  description:
    'Comparte planes con tu equipo a través de su servidor. Todo sigue funcionando sin conexión: los cambios esperan en este ordenador y salen cuando vuelve la red.',
  connectIntro:
    'Pide a quien administra el equipo la dirección del servidor y un código de invitación; cada código sirve una sola vez.',
  server: 'Dirección del servidor del equipo',
  serverHelp: 'Por ejemplo https://equipo.ejemplo.es',
  code: 'Código de invitación',
  deviceName: 'Nombre de este ordenador',
  connect: 'Unirse al equipo',
  connecting: 'Uniéndose…',
  connected: '{{member}} en {{team}} ({{role}}) · {{server}}',
  roles: { owner: 'administración', editor: 'edición', viewer: 'solo lectura' },
  syncNow: 'Sincronizar ahora',
  plans: 'Planes',
  plan: 'Plan',
  sharing: 'Con el equipo',
  share: 'Compartir con el equipo',
  shareOf: 'Compartir «{{name}}» con el equipo',
  sharedBy: 'Compartido · cambiado por {{who}} el {{when}}',
  sharedWaiting: 'Compartido · pendiente de llegar al servidor',
  notShared: 'Solo en este ordenador',
  shared: '«{{name}}» se comparte con el equipo.',
  state: {
    local: 'Guardado en este ordenador',
    synced: 'Sincronizado con el equipo',
    pending_one: '{{count}} cambio pendiente',
    pending_other: '{{count}} cambios pendientes',
    offline: 'Sin conexión: los cambios esperan aquí',
    refused_one: '{{count}} cambio no aplicado',
    refused_other: '{{count}} cambios no aplicados',
  },
  leave: {
    open: 'Salir del equipo',
    title: '¿Salir de {{team}}?',
    bodyNone:
      'Ningún plan de este ordenador está compartido con el equipo: todos se quedan como están.',
    body_one:
      'El plan compartido con el equipo se queda en este ordenador como copia tuya, con todos sus cambios; a partir de ahora solo cambia aquí.',
    body_other:
      'Los {{count}} planes compartidos con el equipo se quedan en este ordenador como copias tuyas, con todos sus cambios; a partir de ahora solo cambian aquí.',
    pending_one: 'Tienes {{count}} cambio que aún no ha llegado al equipo, y ya no llegará.',
    pending_other: 'Tienes {{count}} cambios que aún no han llegado al equipo, y ya no llegarán.',
    confirm: 'Salir del equipo',
    done: 'Has salido de {{team}}. Sus planes están en este ordenador como tuyos.',
  },
  refused: {
    title: 'Cambios que el servidor del equipo no aplicó',
    description:
      'Alguien del equipo cambió el plan antes, así que estos cambios tuyos ya no encajan. No se ha perdido nada más; vuelve a hacerlos a mano si siguen importando.',
    change: 'Tu cambio',
    why: 'Por qué',
    when: 'Cuándo',
    gone: 'Alguien del equipo quitó aquello a lo que se refería este cambio antes de que llegara.',
    undoOf: 'Deshacer «{{change}}»',
    undo: 'Deshacer un cambio anterior',
    dismiss: 'Visto',
    dismissOf: 'Marcar «{{change}}» como visto',
    none: 'Todos tus cambios han llegado al equipo.',
  },
};
