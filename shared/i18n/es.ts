import type { Messages } from './en';
import { funnel } from './es/funnel';
import { goals } from './es/goals';
import { smart } from './es/smart';
import { raci } from './es/raci';
import { handoff } from './es/handoff';
import { report } from './es/report';
import { workshop } from './es/workshop';
import { presenter } from './es/presenter';
import { backups, recovery } from './es/backups';

export const es: Messages = {
  app: {
    title: 'Smarketing Planner',
    tagline: 'Ventas y marketing alineados en un solo plan',
    skipToContent: 'Saltar al contenido',
    language: 'Idioma de la interfaz',
    languages: { en: 'English', es: 'Español' },
  },
  teams: { marketing: 'Marketing', sales: 'Ventas' },
  library: {
    importPlan: 'Importar archivo de plan…',
    imported: 'Se ha importado «{{name}}» como plan nuevo',
    importRefused: 'No se ha importado {{file}}: {{message}}',
    importTooLarge: 'El archivo ocupa {{size}} MB; un archivo de plan ocupa como máximo 5 MB.',
    heading: 'Planes',
    newPlan: 'Nuevo plan',
    search: 'Buscar planes',
    searchPlaceholder: 'Buscar por plan o cliente',
    views: 'Listas de planes',
    active: 'Planes',
    trash: 'Papelera',
    columnName: 'Plan',
    columnClient: 'Cliente',
    columnUpdated: 'Última edición',
    columnActions: 'Acciones',
    emptyTitle: 'Todavía no hay planes',
    emptyBody:
      'Un plan es lo que ventas y marketing acuerdan en un taller: el embudo que comparten, sus objetivos, quién responde de qué y cómo pasa un lead de un equipo al otro. Crea uno para empezar.',
    emptyTrash:
      'La papelera está vacía. Los planes que elimines esperan aquí hasta que los borres definitivamente.',
    noMatches: 'Ningún plan coincide con «{{query}}».',
    clearSearch: 'Borrar búsqueda',
    open: 'Abrir',
    actionsFor: 'Acciones para {{name}}',
    rename: 'Cambiar nombre…',
    duplicate: 'Duplicar',
    delete: 'Mover a la papelera',
    restore: 'Restaurar',
    purge: 'Borrar definitivamente…',
    copyName: '{{name}} (copia)',
    deleted: '«{{name}}» se movió a la papelera',
    restored: '«{{name}}» restaurado',
    duplicated: 'Se creó «{{name}}»',
    purged: '«{{name}}» borrado definitivamente',
    undo: 'Deshacer',
    purgeConfirm: 'Borrar definitivamente',
    restoreNamed: 'Restaurar {{name}}',
    purgeNamed: 'Borrar {{name}} definitivamente',
    purgeTitle: '¿Borrar «{{name}}» definitivamente?',
    purgeBody: 'El plan y su historial se eliminan de este ordenador. No se puede deshacer.',
    noClient: 'Sin cliente todavía',
    count_one: '{{count}} plan',
    count_other: '{{count}} planes',
  },
  createDialog: {
    title: 'Nuevo plan',
    description: 'Pon nombre al plan y al cliente. Todo se puede cambiar después.',
    name: 'Nombre del plan',
    namePlaceholder: 'p. ej. Plan smarketing FY27',
    client: 'Cliente o empresa',
    language: 'Idioma del plan',
    create: 'Crear plan',
    template: 'Plantilla del embudo',
    templateHelp: 'El ciclo de vida del que partir. Se puede cambiar después.',
  },
  renameDialog: {
    title: 'Cambiar nombre del plan',
    name: 'Nombre del plan',
    save: 'Cambiar nombre',
  },
  common: { cancel: 'Cancelar', close: 'Cerrar', required: 'Obligatorio' },
  workspace: {
    backToLibrary: 'Todos los planes',
    sections: 'Secciones del plan',
    toolbar: 'Acciones del plan',
    overview: 'Plan y personas',
    funnel: 'Embudo',
    goals: 'Objetivos',
    raci: 'Responsabilidades',
    handoff: 'Traspaso de leads',
    workshop: 'Taller',
    undo: 'Deshacer',
    redo: 'Rehacer',
    undoStep: 'Deshacer: {{step}}',
    redoStep: 'Rehacer: {{step}}',
    undone: 'Deshecho: {{step}} (en {{where}})',
    redone: 'Rehecho: {{step}} (en {{where}})',
    showIt: 'Verlo',
    where: {
      overview: 'el plan y las personas',
      funnel: 'el embudo',
      goals: 'los objetivos',
      raci: 'las responsabilidades',
      handoff: 'el traspaso de leads',
      workshop: 'el taller',
    },
    redoKeys: 'Ctrl+Mayús+Z',
    saved: 'Todos los cambios guardados',
    saving: 'Guardando…',
    saveFailed: 'Sin guardar: {{message}}',
    loading: 'Abriendo el plan…',
    notFound: 'Este plan ya no existe. Puede que se haya borrado definitivamente.',
    inTrash: 'Este plan está en la papelera. Restáuralo para editarlo.',
    period: '{{start}} – {{end}}',
    noClient: 'Sin cliente',
  },
  overview: {
    details: 'Datos del plan',
    detailsHelp: 'Cómo se llama el plan, para quién es y qué periodo cubre.',
    name: 'Nombre del plan',
    client: 'Cliente o empresa',
    period: 'Periodo',
    periodStart: 'Inicio del periodo',
    periodEnd: 'Fin del periodo',
    currency: 'Moneda',
    language: 'Idioma del plan',
    languageHelp: 'El idioma de las exportaciones y de los textos que sugiere el plan.',
    teams: 'Equipos',
    teamsHelp:
      'Marketing y ventas están en todos los planes. Añade otros equipos que compartan el embudo, como RevOps o customer success.',
    teamName: 'Nombre del equipo',
    teamKind: 'Tipo',
    addTeam: 'Añadir equipo',
    newTeamName: 'Nombre del nuevo equipo',
    removeTeam: 'Quitar el equipo {{name}}',
    people: 'Personas',
    peopleHelp:
      'Las personas en la sala y sus cargos. Serán responsables de objetivos, roles RACI y firmantes.',
    peopleEmpty: 'Todavía no hay personas. Añade primero a los responsables de marketing y ventas.',
    personName: 'Nombre',
    roleTitle: 'Cargo',
    team: 'Equipo',
    addPerson: 'Añadir persona',
    newPersonName: 'Nombre de la nueva persona',
    newPersonRole: 'Cargo de la nueva persona',
    newPersonTeam: 'Equipo de la nueva persona',
    nameOf: 'Nombre de {{name}}',
    roleOf: 'Cargo de {{name}}',
    teamOf: 'Equipo de {{name}}',
    removePerson: 'Quitar a {{name}}',
    kind: { marketing: 'Marketing', sales: 'Ventas', other: 'Otro equipo' },
  },
  validation: {
    required: 'Este campo es obligatorio',
    tooLong: 'Demasiado largo (como máximo {{max}} caracteres)',
    date: 'Introduce una fecha',
    periodOrder: 'El fin no puede ser anterior al inicio',
    currency: 'Usa un código de tres letras como EUR o USD',
  },
  errors: {
    network: 'Se perdió el contacto con la biblioteca de planes. ¿Sigue abierta la aplicación?',
  },
  funnel,
  goals,
  smart,
  raci,
  handoff,
  report,
  workshop,
  presenter,
  backups,
  recovery,
  menu: {
    file: 'Archivo',
    newPlan: 'Nuevo plan',
    exportPlan: 'Exportar archivo del plan…',
    quit: 'Salir',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    language: 'Idioma',
    window: 'Ventana',
    toggleFullScreen: 'Pantalla completa',
    exportTitle: 'Exportar archivo del plan',
    planFile: 'Plan de smarketing',
  },
  fields: {
    dateFormat: 'Como {{pattern}}',
    charactersUsed: '{{length}} de {{max}} caracteres',
  },
  steps: {
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
    decisions: 'cambiar el registro de decisiones',
    actions: 'cambiar las acciones',
    parking: 'cambiar los temas aparcados',
    approvers: 'cambiar quién firma',
    agenda: 'cambiar el orden del día',
    timer: 'usar el temporizador',
  },
  refusals: {
    missing: {
      plan: 'Este plan ya no está en la biblioteca: puede que se haya eliminado definitivamente en otra ventana.',
      version: 'Esa versión acordada ya no existe.',
      team: 'Ese equipo ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
      person:
        'Esa persona ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
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
      action:
        'Esa acción ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
      agendaItem:
        'Ese punto del orden del día ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
      approver:
        'Esa persona ya no figura entre quienes aprueban: puede que alguien la haya quitado en otra ventana.',
      topic:
        'Ese tema aparcado ya no está en el plan: puede que alguien lo haya quitado en otra ventana.',
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
      tooMany:
        'Esa lista es demasiado larga: {{max}} elementos como máximo. No se ha cambiado nada.',
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
      unreachable:
        'Se perdió el contacto con la biblioteca de planes. ¿Sigue abierta la aplicación?',
    },
    api: {
      unknownMethod: 'Esta versión de la aplicación no conoce la petición «{{method}}».',
      shellOnly: 'Eso solo lo puede hacer la propia aplicación.',
    },
    undo: {
      nothing: 'No hay nada que deshacer.',
      noLongerApplies:
        'No se ha deshecho: el plan ha cambiado demasiado desde ese paso como para deshacerlo limpiamente. Cámbialo a mano.',
      changedSince:
        'No se ha deshecho: otra persona cambió el plan después de tu última edición aquí, y deshacerla ahora podría deshacer también su trabajo. Cámbialo a mano.',
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
      noSuchDay: 'Ese día no existe: el mes {{month}} de {{year}} no tiene día {{day}}.',
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
      notWhole: 'Escribe un número entero.',
      tooSmall: 'Escribe {{min}} o más.',
      tooLarge: 'Escribe {{max}} o menos.',
    },
  },
  desktop: {
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
  },
};
