import type { Messages } from '../en';

export const review: Messages['review'] = {
  title: 'Revisión',
  intro:
    'El plan frente a lo que hizo de verdad el embudo, a partir de las exportaciones de tu CRM: para la revisión mensual de ventas y marketing.',
  import: {
    open: 'Importar una exportación del CRM…',
    title: 'Importar una exportación del CRM',
    description:
      'Un informe CSV o XLSX de HubSpot, Salesforce, Pipedrive, Zoho o Dynamics 365. En el plan solo se guardan recuentos por etapa y mes; los nombres y correos no salen de este cuadro.',
    file: 'Archivo exportado (CSV o XLSX)',
    reading: 'Leyendo el archivo…',
    countingFunnel: 'Contando el embudo…',
    recognised: 'Exportación de {{kind}} de {{crm}}, leída como {{encoding}}',
    records_one: '{{number}} registro',
    records_other: '{{number}} registros',
    duplicates_one: '{{number}} fila repetida unida a su registro',
    duplicates_other: '{{number}} filas repetidas unidas a su registro',
    footer: 'Se dejan fuera por ser pie del informe: {{lines}}',
    encoding: {
      'utf-8': 'UTF-8',
      'utf-16': 'UTF-16',
      'windows-1252': 'Windows-1252',
      xlsx: 'libro de Excel',
    },
    checkAccents:
      'Este archivo no está en UTF-8: se ha leído como Windows-1252, que es como lo guarda Excel en español. Comprueba que las tildes de las primeras filas se ven bien.',
    firstRows: 'Las primeras filas del archivo',
    unknown:
      'Estas columnas no son de una exportación que la aplicación conozca. Indica qué columna da el día en que un registro entró en cada etapa del plan.',
    stages: 'Etapas',
    exportStage: 'En la exportación',
    planStage: 'En el plan',
    notCounted: 'No se cuenta',
    stageFor: 'Etapa del plan para «{{stage}}»',
    columnFor: 'Columna con el día en que un registro entró en {{stage}}',
    noColumn: 'Ninguna columna',
    recordId: 'Columna que distingue los registros',
    noRecordId: 'Ninguna: cada fila es un registro',
    dayOrder: 'Las fechas como 03/04/2026 de este archivo llevan',
    dayFirst: 'el día primero (3 de abril)',
    monthFirst: 'el mes primero (4 de marzo)',
    counting: 'Recuento',
    countings: {
      passThrough: 'Un registro que llegó a una etapa posterior ha pasado por las anteriores',
      strict: 'Solo las etapas que fecha la exportación',
    },
    replaces_one: 'Sustituye a la importación de {{files}}, que cubre los mismos meses.',
    replaces_other: 'Sustituye a las importaciones de {{files}}, que cubren los mismos meses.',
    submit: 'Importar',
    done: 'Datos reales de {{file}} importados: {{from}} – {{to}}',
    nothingToImport: 'Ningún registro de este archivo tiene fecha en una etapa del plan.',
  },
  imports: {
    heading: 'Importaciones',
    empty: 'Aún no hay datos reales. Exporta un informe de tu CRM e impórtalo aquí.',
    row: '{{file}} · {{crm}} · {{from}} – {{to}} · importado el {{date}}',
    remove: 'Quitar los datos reales de {{file}}',
  },
  proposals: {
    heading: 'Seguimientos que proponen los datos reales',
    intro:
      'Cada objetivo medido en el embudo, tal como lo cuentan las importaciones. No se añade nada hasta que lo añades tú.',
    row: '{{goal}}: {{value}} de {{from}} a {{to}}',
    accept: 'Añadir seguimiento a {{goal}}',
    note: 'De la exportación del CRM, {{from}} – {{to}}',
  },
  asRun: {
    heading: 'El embudo tal como fue',
    caption:
      'Cada paso: la tasa del plan, la tasa vista en las cohortes con antigüedad suficiente y los días que tardó',
    step: 'Paso',
    plan: 'Plan',
    actual: 'Real',
    days: 'Mediana de días',
    trend: 'Mes a mes',
    trendLabel: 'De {{first}} a {{last}} en {{count}} meses',
    within: '{{rate}} en {{days}} días',
    tooEarly: 'aún es pronto para saberlo',
    bottleneck:
      'El cuello de botella real es {{from}} → {{to}}: {{actual}} frente al {{plan}} previsto.',
    reforecast:
      'Con las tasas vistas, el objetivo de ingresos necesita {{needed}} al mes en la parte alta del embudo; los tres últimos meses trajeron {{current}} al mes, que dan {{customers}} clientes al mes.',
  },
  compare: {
    heading: 'Plan frente a real',
    caption: 'Registros que entran en cada etapa por mes: lo real, el plan y la diferencia',
    stage: 'Etapa',
    actual: '{{actual}} de {{plan}} previstos',
    noPlan: '{{actual}} (sin cifra en el plan)',
    above: '{{count}} por encima del plan ({{percent}})',
    below: '{{count}} por debajo del plan ({{percent}})',
    aboveCount: '{{count}} por encima del plan',
    belowCount: '{{count}} por debajo del plan',
    onPlan: 'según el plan',
    empty: 'Importa una exportación del CRM para comparar el plan con lo que ha pasado.',
  },
};
