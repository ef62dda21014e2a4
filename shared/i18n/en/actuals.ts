/** Reading CRM exports: what was recognised, and why a file was not read. */
export const actuals = {
  crm: {
    hubspot: 'HubSpot',
    salesforce: 'Salesforce',
    pipedrive: 'Pipedrive',
    zoho: 'Zoho CRM',
    dynamics: 'Dynamics 365',
    other: 'another CRM',
  },
  kind: {
    contacts: 'contacts',
    leads: 'leads',
    deals: 'deals',
    opportunities: 'opportunities',
    other: 'records',
  },
  problems: {
    emptyFile: 'The file is empty: it has no bytes at all. Export the report again.',
    empty:
      'The file has no rows of data. Check the report’s filters in the CRM and export it again.',
    notATable: 'This file is not a table: its first line should name the columns.',
    unreadable: 'The workbook could not be read. Save it again from Excel as .xlsx or .csv.',
    duplicateColumn: 'Two columns are called “{{column}}”.',
    tooLarge: 'The file is {{megabytes}} MB; an export can be at most {{maxMegabytes}} MB.',
    binary: 'This is not a CSV or XLSX file.',
    missingColumn: 'The column “{{column}}” is not in this export.',
    noStageMapped: 'No column of this export counts towards a stage of the plan.',
    ambiguousDates: 'The dates in “{{column}}” could be day first or month first.',
    mixedDates:
      'The column “{{column}}” mixes day-first dates (row {{dayFirstRow}}) and month-first dates (row {{monthFirstRow}}).',
    badDate: 'Row {{row}}, column “{{column}}”: “{{value}}” is not a date.',
    badAmount: 'Row {{row}}, column “{{column}}”: “{{value}}” is not an amount.',
    more: '…and {{count}} more.',
  },
};
