import type { Messages } from '../en';

/** Lo que dice una ventana que no llega a su biblioteca, y los avisos propios de la aplicación de escritorio. */
export const desktop: Messages['desktop'] = {
  shellRestartedTitle: 'Smarketing Planner se ha reiniciado',
  shellRestarted:
    'Esta pestaña es de la sesión anterior y ya no puede guardar nada. Tus planes están a salvo en la biblioteca. Abre la nueva dirección, que aparece donde se inició Smarketing Planner (la línea que empieza por «Smarketing Planner is running at»), o la ventana que abrió.',
  bridgeMissingTitle: 'Smarketing Planner no puede acceder a su biblioteca',
  bridgeMissing:
    'No se cargó la parte de la aplicación que conecta esta ventana con tus planes. Tus planes están a salvo. Cierra Smarketing Planner y vuelve a abrirlo; si sigue pasando, vuelve a instalarlo.',
  windowReloaded: 'La ventana se cerró de forma inesperada ({{reason}}) y se ha vuelto a cargar.',
  windowReloadedDetail:
    'Todo lo guardado está en la biblioteca. Si estabas escribiendo algo en ese momento, puede que tengas que volver a escribirlo.',
  nativeBuildStale:
    'El motor de base de datos (better-sqlite3) no está compilado para esta versión de Electron. Ejecuta «npm run rebuild:electron» en la carpeta del proyecto y vuelve a abrir la aplicación.',
  nativeBuildBroken:
    'No se pudo cargar el motor de base de datos ({{reason}}). Vuelve a instalar Smarketing Planner.',
};
