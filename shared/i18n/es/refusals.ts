/** Spanish names of undoable steps and sentences for every refusal code. */
import type { Messages } from '../en';

export const steps: Messages['steps'] = {
  renamePlan: 'renombrar el plan como «{{name}}»',
  planDetails: 'cambiar los datos del plan',
  addPerson: 'añadir a {{name}}',
  editPerson: 'editar a {{name}}',
  removePerson: 'quitar a {{name}}',
  addTeam: 'añadir el equipo {{name}}',
  editTeam: 'editar el equipo {{name}}',
  removeTeam: 'quitar el equipo {{name}}',
  funnelTargets: 'cambiar los objetivos del embudo',
  addStage: 'añadir la etapa «{{name}}»',
  renameStage: 'renombrar la etapa «{{name}}» como «{{to}}»',
  editStage: 'editar la etapa «{{name}}»',
  moveStages: 'mover la etapa «{{name}}»',
  removeStages: 'eliminar la etapa «{{name}}»',
  addHandoff: 'conectar «{{from}}» con «{{to}}»',
  editHandoff: 'editar el traspaso {{from}} → {{to}}',
  removeHandoffs: 'eliminar el traspaso {{from}} → {{to}}',
  replaceFunnel: 'aplicar una plantilla de embudo',
  applyTemplate: 'aplicar la plantilla «{{name}}»',
  saveScenario: 'guardar el escenario «{{name}}»',
  editScenario: 'editar el escenario «{{name}}»',
  removeScenario: 'eliminar el escenario «{{name}}»',
  adoptScenario: 'adoptar el escenario «{{name}}»',
  addGoal: 'añadir el objetivo «{{name}}»',
  editGoal: 'editar el objetivo «{{name}}»',
  removeGoal: 'eliminar el objetivo «{{name}}»',
  addCheckIn: 'añadir un seguimiento a «{{name}}»',
  removeCheckIn: 'eliminar un seguimiento de «{{name}}»',
  kpis: 'cambiar los KPI',
  addActivities: 'añadir actividades a la RACI ({{count}})',
  editActivity: 'editar la actividad «{{name}}»',
  removeActivity: 'eliminar la actividad «{{name}}»',
  moveActivity: 'mover la actividad «{{name}}»',
  addRole: 'añadir el rol «{{name}}»',
  editRole: 'editar el rol «{{name}}»',
  removeRole: 'eliminar el rol «{{name}}»',
  moveRole: 'mover el rol «{{name}}»',
  raciCell: 'cambiar lo que hace {{role}} en «{{activity}}»',
  raciThreshold: 'cambiar el umbral de sobrecarga',
  definition: 'editar la definición de {{name}}',
  framework: 'cambiar el marco de cualificación',
  addCriterion: 'añadir el criterio de puntuación «{{name}}»',
  editCriterion: 'editar el criterio de puntuación «{{name}}»',
  removeCriterion: 'eliminar el criterio de puntuación «{{name}}»',
  scoringRule: 'cambiar la regla de puntuación',
  sla: 'cambiar el SLA',
  swimlane: 'reordenar los carriles',
  assessment: 'cambiar el diagnóstico de alineación',
  roomAssessment: 'guardar las respuestas de la sala al diagnóstico',
  votes: 'cambiar las votaciones de la sala',
  decisions: 'cambiar el registro de decisiones',
  actions: 'cambiar las acciones',
  parking: 'cambiar los temas aparcados',
  importActuals: 'importar los datos reales de «{{file}}»',
  removeActuals: 'quitar los datos reales de «{{file}}»',
  importProfile: 'guardar cómo se lee la exportación',
  reviewMeeting: 'editar la reunión de revisión',
  approvers: 'cambiar quién firma',
  agenda: 'cambiar el orden del día',
  timer: 'usar el temporizador',
};

export const refusals: Messages['refusals'] = {
  missing: {
    plan: 'Este plan ya no está en la biblioteca: puede que se haya eliminado definitivamente en otra ventana.',
    version: 'Esa versión acordada ya no existe.',
    team: 'Ese equipo ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    person: 'Esa persona ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    stage:
      'Esa etapa del embudo ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    handoff:
      'Ese traspaso entre etapas ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    scenario:
      'Ese escenario ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    goal: 'Ese objetivo ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    checkIn:
      'Ese seguimiento ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    activity:
      'Esa actividad de la RACI ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    role: 'Ese rol de la RACI ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    criterion:
      'Ese criterio de cualificación ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    assessment:
      'Esa evaluación ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    decision:
      'Esa decisión ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    action: 'Esa acción ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    agendaItem:
      'Ese punto del orden del día ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    approver:
      'Esa persona ya no figura entre quienes aprueban: puede que alguien la haya quitado en otra ventana.',
    topic:
      'Ese tema aparcado ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
    actualsImport:
      'Esa importación de datos reales ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    review:
      'Esa reunión de revisión ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    vote: 'Esa votación ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
    template: 'Esa plantilla ya no está en la biblioteca: quizá se eliminó en otra ventana.',
    image: 'Ese logotipo ya no está en la biblioteca. Vuelve a elegirlo.',
  },
  duplicate: 'Eso ya estaba añadido, quizá desde otra ventana. No se ha cambiado nada.',
  team: {
    builtIn: 'El equipo {{team}} forma parte de todos los planes y no se puede quitar.',
    hasPeople:
      'El equipo {{team}} todavía tiene personas ({{count}}): pásalas a otro equipo o quítalas antes.',
    hasRoles:
      'El equipo {{team}} todavía tiene roles en la RACI ({{count}}): pásalos a otro equipo o quítalos antes.',
  },
  plan: {
    inTrash: 'Este plan está en la papelera. Restáuralo para editarlo.',
    notInTrash: 'Solo se puede eliminar definitivamente un plan que esté en la papelera.',
  },
  input: {
    tooLong: 'Es demasiado largo: {{max}} caracteres como máximo. No se ha cambiado nada.',
    empty: 'No puede quedar vacío. No se ha cambiado nada.',
    tooLarge: 'Ese número es demasiado grande: como máximo {{max}}. No se ha cambiado nada.',
    tooSmall: 'Ese número es demasiado pequeño: como mínimo {{min}}. No se ha cambiado nada.',
    tooMany: 'Esa lista es demasiado larga: {{max}} elementos como máximo. No se ha cambiado nada.',
    invalid: 'El plan no admite ese valor. No se ha cambiado nada.',
  },
  import: {
    tooLarge: 'El archivo ocupa {{size}} MB; un archivo de plan ocupa como máximo {{limit}} MB.',
    notJson:
      'El archivo está dañado o no es un archivo de plan: deja de tener sentido en la línea {{line}}, columna {{column}}.',
    notPlanFile: 'No es un archivo de plan de Smarketing Planner.',
    unknownField:
      'No es un archivo de plan de Smarketing Planner: tiene una parte desconocida, «{{field}}».',
    newerVersion:
      'Este plan se guardó con una versión más reciente de Smarketing Planner (formato {{version}}; esta lee hasta el {{supported}}). Actualiza la aplicación para abrirlo.',
    invalidPlan:
      'El plan de este archivo está dañado: «{{field}}» no es un valor que un plan pueda tener.',
  },
  templateFile: {
    tooLarge:
      'El archivo es demasiado grande para ser una plantilla: una plantilla ocupa como máximo {{limit}} MB.',
    notTemplate: 'No es un archivo de plantilla de Smarketing Planner.',
    isPlan:
      'Es un archivo de plan, no una plantilla. Ábrelo con Importar archivo de plan… en la biblioteca y guarda desde él una plantilla.',
    newerVersion:
      'Esta plantilla se guardó con una versión más reciente de Smarketing Planner (formato {{version}}; esta lee hasta el {{supported}}). Actualiza la aplicación para usarla.',
    invalid:
      'La plantilla de este archivo está dañada o no encaja: «{{field}}» no es correcto. No se ha añadido nada.',
  },
  logo: {
    tooLarge: 'El logotipo ocupa {{kilobytes}} KB y el máximo son {{maxKilobytes}} KB.',
    notImage: 'No es una imagen PNG ni SVG. Elige un logotipo guardado como PNG o SVG.',
    svgScript:
      'Este SVG contiene un script u otra cosa que se ejecuta, así que no se ha aceptado. Vuelve a exportar el logotipo como dibujo simple o como PNG.',
    svgExternal:
      'Este SVG carga contenido externo (enlaces, direcciones web o fuentes), así que no se ha aceptado. Vuelve a exportar el logotipo como dibujo autónomo o como PNG.',
  },
  signOff: {
    noMarketingApprover:
      'Para firmar, añade al menos una persona de marketing que apruebe el plan.',
    noSalesApprover: 'Para firmar, añade al menos una persona de ventas que apruebe el plan.',
    noApprovers:
      'Para firmar, añade al menos una persona de marketing y otra de ventas que aprueben el plan.',
  },
  backup: {
    unknown: '{{file}} no es una copia de seguridad de esta biblioteca.',
    damaged: '{{file}} está dañada y no se puede restaurar. Elige una copia anterior.',
    checkFailed:
      'La copia de seguridad no superó la comprobación y no se ha guardado. Tus planes están intactos; vuelve a intentarlo.',
  },
  print: {
    noBrowser:
      'Para imprimir un PDF hace falta Chrome, Chromium o Edge, y no se ha encontrado ninguno en este equipo. Instala uno o abre la aplicación con --browser y la ruta de uno.',
    browserMissing:
      'No hay ningún navegador en {{path}}. Abre la aplicación con --browser y la ruta de Chrome, Chromium o Edge.',
    browserFailed:
      'No se pudo abrir el navegador que imprime los PDF. Vuelve a intentarlo; si sigue fallando, reinicia la aplicación.',
  },
  library: {
    notALibrary: '{{file}} no es una biblioteca de Smarketing Planner.',
    newerLibrary:
      '{{file}} se escribió con una versión más reciente de Smarketing Planner. Actualiza la aplicación; el archivo no se ha tocado.',
    notWritable: 'No se puede escribir en la carpeta de datos {{folder}} ({{reason}}).',
    failed:
      'La biblioteca de planes no pudo completarlo. No se ha cambiado nada; vuelve a intentarlo.',
    unreachable: 'Se perdió el contacto con la biblioteca de planes. ¿Sigue abierta la aplicación?',
  },
  api: {
    unknownMethod: 'Esta versión de la aplicación no conoce la petición «{{method}}».',
    shellOnly: 'Eso solo lo puede hacer la propia aplicación.',
  },
  teamServer: {
    notConnected:
      'Este equipo aún no está en ningún equipo de trabajo: conéctate primero a vuestro servidor.',
    viewer:
      'Puedes ver los planes del equipo, pero no cambiarlos ni compartirlos: pide a quien lo administra que te haga editor.',
    unreachable:
      'No se puede contactar con el servidor del equipo en {{server}}. Revisa la dirección y la red; tu trabajo sigue en este ordenador.',
    badCode:
      'Ese código de invitación no existe, ya se usó o ha caducado. Pide uno nuevo a quien administra el equipo.',
    tooManyAttempts:
      'Demasiados códigos de invitación erróneos desde este ordenador. Espera un cuarto de hora y vuelve a intentarlo.',
    newerSchema:
      'El servidor del equipo es más antiguo que esta aplicación y aún no puede leer sus planes. Pide a quien lo gestiona que lo actualice; tus cambios esperan aquí.',
    refused: 'El servidor del equipo lo ha rechazado: {{message}}',
  },
  raci: {
    accountableTaken:
      'Alguien del equipo hizo antes aprobador de esta actividad a otro rol: una sola A por fila, así que queda la suya. Habladlo y cambiadlo a mano si hace falta.',
  },
  room: {
    unavailable: 'Esta versión de la aplicación no puede abrir una sala de taller.',
    badAddress: '{{address}} no es una dirección de este ordenador: elige una de la lista.',
    cannotListen:
      'No se ha podido abrir la sala en {{address}}: quizá otro programa la está usando o la red ha cambiado. Vuelve a elegir la dirección.',
    notOpen: 'No hay ninguna sala de taller abierta.',
    noActivity: 'No hay ninguna actividad en marcha en la sala.',
  },
  undo: {
    beforeShared:
      'No se ha deshecho: este paso se hizo antes de compartir el plan, así que forma parte del plan con el que empezó el equipo. Cámbialo a mano.',
    nothing: 'No hay nada que deshacer.',
    noLongerApplies:
      'No se ha deshecho: el plan ha cambiado demasiado desde ese paso como para deshacerlo limpiamente. Cámbialo a mano.',
    changedSince:
      'No se ha deshecho: otra persona cambió lo mismo después de tu edición, y deshacerla ahora desharía también su trabajo. Cámbialo a mano si aún lo quieres así.',
    nothingOfYours: 'En esta ventana no hay nada tuyo que deshacer.',
  },
  redo: {
    nothing: 'No hay nada que rehacer.',
    notYours: 'No se ha rehecho: el siguiente paso se deshizo en otra ventana.',
  },
  date: {
    startAfterEnd: 'El inicio debe ser el {{end}} o antes.',
    endBeforeStart: 'El final debe ser el {{start}} o después.',
    startAfterDeadline: 'El inicio debe ser el {{deadline}} o antes.',
    deadlineBeforeStart: 'La fecha límite debe ser el {{start}} o después.',
    outsidePeriod: 'Elige una fecha dentro del periodo del plan ({{start}} – {{end}}).',
    required: 'Escribe una fecha.',
    format: 'Escribe la fecha como {{pattern}}.',
    noSuchDay: 'Ese día no existe: {{monthName}} de {{year}} no tiene día {{day}}.',
    noSuchMonth: 'Ese día no existe: no hay mes {{month}}.',
  },
  text: {
    pasteTooLong:
      'El texto pegado tiene {{length}} caracteres; este campo admite {{max}} como máximo. No se ha pegado nada.',
  },
  number: {
    required: 'Escribe un número.',
    notANumber: 'Escribe el número solo con cifras, por ejemplo {{example}}.',
    otherConvention:
      'En español, los decimales van con coma y los miles con punto, por ejemplo {{example}}.',
    ambiguous:
      '¿{{decimal}} o {{thousands}}? En español la coma marca los decimales y el punto los miles: escribe {{decimal}} o {{thousands}}.',
    notWhole: 'Escribe un número entero.',
    tooSmall: 'Escribe {{min}} o más.',
    tooLarge: 'Escribe {{max}} o menos.',
  },
};
