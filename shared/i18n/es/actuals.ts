import type { Messages } from '../en';

/** Lectura de exportaciones del CRM: qué se ha reconocido y por qué no se ha leído un archivo. */
export const actuals: Messages['actuals'] = {
  crm: {
    hubspot: 'HubSpot',
    salesforce: 'Salesforce',
    pipedrive: 'Pipedrive',
    zoho: 'Zoho CRM',
    dynamics: 'Dynamics 365',
    other: 'un CRM no reconocido',
  },
  kind: {
    contacts: 'contactos',
    leads: 'leads',
    deals: 'negocios',
    opportunities: 'oportunidades',
    other: 'registros',
  },
  problems: {
    emptyFile: 'El archivo está vacío: no contiene nada. Vuelve a exportar el informe.',
    empty:
      'El archivo no tiene filas de datos. Revisa los filtros del informe en el CRM y vuelve a exportarlo.',
    notATable: 'Este archivo no es una tabla: su primera línea debería nombrar las columnas.',
    unreadable: 'No se ha podido leer el libro. Vuelve a guardarlo desde Excel como .xlsx o .csv.',
    duplicateColumn: 'Hay dos columnas que se llaman «{{column}}».',
    tooLarge:
      'El archivo ocupa {{megabytes}} MB; una exportación puede ocupar como máximo {{maxMegabytes}} MB.',
    binary: 'Esto no es un archivo CSV ni XLSX.',
    missingColumn: 'La columna «{{column}}» no está en esta exportación.',
    noStageMapped: 'Ninguna columna de esta exportación corresponde a una etapa del plan.',
    ambiguousDates:
      'Las fechas de «{{column}}» pueden leerse con el día primero o con el mes primero.',
    mixedDates:
      'La columna «{{column}}» mezcla fechas con el día primero (fila {{dayFirstRow}}) y con el mes primero (fila {{monthFirstRow}}).',
    badDate: 'Fila {{row}}, columna «{{column}}»: «{{value}}» no es una fecha.',
    badAmount: 'Fila {{row}}, columna «{{column}}»: «{{value}}» no es un importe.',
    more: '…y {{count}} más.',
  },
};
