import type { Messages } from '../en';

export const workshop: Messages['workshop'] = {
  title: 'Taller',
  views: 'Partes del taller',
  tabs: { assessment: 'Diagnóstico de alineación', decisions: 'Decisiones y acciones' },
  team: { marketing: 'Marketing', sales: 'Ventas' },
  dimension: {
    communication: 'Comunicación',
    goals: 'Objetivos compartidos',
    process: 'Definiciones y proceso',
    data: 'Tecnología y datos',
    accountability: 'Responsabilidad y seguimiento',
    customer: 'Experiencia del cliente',
  },
  assessment: {
    intro:
      'Veinte afirmaciones sobre cómo trabajan juntos los dos equipos. Cada responsable las puntúa por separado, de 1 (muy en desacuerdo) a 5 (muy de acuerdo); los resultados muestran dónde coincidís y dónde lo veis distinto.',
    start: 'Empezar el diagnóstico',
    again: 'Repetir el diagnóstico',
    run: 'Diagnóstico mostrado',
    compare: 'Comparar con',
    noCompare: 'Sin comparar',
    answers: 'Respuestas ({{date}})',
    who: 'Quién responde',
    answering: 'Responde {{team}}',
    showOther: 'Mostrar las respuestas del otro responsable',
    scale:
      '1 muy en desacuerdo · 2 en desacuerdo · 3 ni de acuerdo ni en desacuerdo · 4 de acuerdo · 5 muy de acuerdo',
    waiting: 'Los resultados aparecen cuando ambos responsables han respondido.',
    level: {
      1: '1, muy en desacuerdo',
      2: '2, en desacuerdo',
      3: '3, ni de acuerdo ni en desacuerdo',
      4: '4, de acuerdo',
      5: '5, muy de acuerdo',
    },
  },
  results: {
    heading: 'Resultados',
    radar: 'Puntuaciones de ambos equipos por dimensión',
    index: 'índice de alineación (0–100)',
    indexHelp:
      'Lo bien que funcionan las cosas (la respuesta media) por lo mucho que coinciden los responsables (1 menos la diferencia media entre sus respuestas).',
    compared: 'El {{date}} el índice era {{before}}; ahora es {{now}}.',
    divergent: 'Donde más discrepan los responsables',
    noDivergence: 'Ninguna afirmación difiere en dos puntos o más.',
    prompts: 'Preguntas para las dimensiones más débiles',
  },
  obstacle: {
    resistance: {
      title: 'Resistencia al cambio',
      prompt:
        'Pregunta a cada responsable qué perdería si cambia el proceso y acordad antes una prueba pequeña.',
    },
    poorCommunication: {
      title: 'Mala comunicación',
      prompt:
        'Acordad una reunión periódica, su responsable y su orden del día antes de salir de la sala.',
    },
    culture: {
      title: 'Diferencias culturales',
      prompt:
        'Que cada equipo describa un buen cliente en una frase y luego escribid una descripción común.',
    },
    misalignedGoals: {
      title: 'Objetivos desalineados',
      prompt:
        'Relacionad el objetivo actual de cada equipo con los ingresos; cambiad los que no lleven a ellos.',
    },
    tools: {
      title: 'Herramientas mal usadas',
      prompt:
        'Listad los campos que ventas nunca rellena y marketing nunca lee; eliminad o arreglad cada uno.',
    },
    noReview: {
      title: 'Sin revisión continua',
      prompt: 'Poned ya la revisión del SLA en ambas agendas, con las cifras que se mirarán.',
    },
  },
  decisions: {
    heading: 'Registro de decisiones',
    empty: 'Aún no hay decisiones. Anota cada una en cuanto la sala la acuerde.',
    text: 'Decisión',
    agreedBy: 'Acordada por',
    by: 'acordada por {{who}}',
    add: 'Anotar decisión',
    remove: 'Quitar la decisión «{{text}}»',
  },
  actions: {
    heading: 'Acciones',
    empty: 'Aún no hay acciones.',
    what: 'Qué',
    owner: 'Responsable',
    due: 'Fecha límite',
    status: 'Estado',
    noOwner: 'Sin responsable',
    ownerOf: 'Responsable de «{{text}}»',
    dueOf: 'Fecha límite de «{{text}}»',
    statusOf: 'Estado de «{{text}}»',
    statuses: { open: 'Abierta', inProgress: 'En curso', done: 'Hecha' },
    badDate: 'Escribe una fecha como AAAA-MM-DD',
    new: 'Nueva acción',
    add: 'Añadir acción',
    remove: 'Quitar la acción «{{text}}»',
  },
  parking: {
    heading: 'Aparcamiento de temas',
    empty: 'Aquí van los temas para retomar más adelante.',
    new: 'Tema para aparcar',
    add: 'Aparcar tema',
    remove: 'Quitar el tema «{{text}}»',
  },
};
