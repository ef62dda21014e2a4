import type { ExportShape, StageSource } from './profile';

/** HubSpot's lifecycle stages in their order, for exports that list them out of order. */
const HUBSPOT_LIFECYCLE = [
  'subscriber',
  'lead',
  'marketing qualified lead',
  'sales qualified lead',
  'opportunity',
  'customer',
  'evangelist',
];

const DATE_ENTERED = /^Date entered "(.+) \((.+)\)"$/i;
const BECAME_A = /^Became an? (.+) Date$/i;

/**
 * Recognises the exports of the CRMs teams use, from their column names only: which CRM,
 * what the rows are, which column tells records apart, and which columns date each stage.
 * Null when the columns fit none of them; the mapping screen then asks.
 */
export function recogniseExport(headers: readonly string[]): ExportShape | null {
  const has = (name: string) => headers.find((h) => h.toLowerCase() === name.toLowerCase());
  return hubspot(headers, has) ?? salesforce(has) ?? pipedrive(has) ?? zoho(has) ?? dynamics(has);
}

type Has = (name: string) => string | undefined;

function hubspot(headers: readonly string[], has: Has): ExportShape | null {
  const entered: Array<StageSource & { pipeline: string }> = [];
  for (const header of headers) {
    const match = DATE_ENTERED.exec(header);
    if (match?.[1] && match[2]) {
      entered.push({ name: match[1], dateColumn: header, pipeline: match[2] });
    }
  }
  const became = headers.flatMap((header) => {
    const match = BECAME_A.exec(header);
    return match?.[1] ? [{ name: match[1], dateColumn: header }] : [];
  });
  const recordId = has('Record ID') ?? has('Contact ID') ?? has('Deal ID') ?? null;
  const deals = has('Deal Stage') !== undefined || has('Deal Name') !== undefined;

  if (entered.length > 0) {
    const lifecycle = entered.filter((s) => /lifecycle stage/i.test(s.pipeline));
    const stages = (lifecycle.length > 0 ? lifecycle : entered).map(({ name, dateColumn }) => ({
      name,
      dateColumn,
    }));
    return {
      crm: 'hubspot',
      kind: deals ? 'deals' : 'contacts',
      recordId,
      stages: lifecycle.length > 0 ? inLifecycleOrder(stages) : stages,
      amount: has('Amount') ?? null,
      firstResponse: null,
    };
  }
  if (became.length > 0) {
    return {
      crm: 'hubspot',
      kind: 'contacts',
      recordId,
      stages: inLifecycleOrder(became),
      amount: null,
      firstResponse: null,
    };
  }
  const created = has('Create Date');
  const close = has('Close Date');
  const stage = has('Deal Stage');
  if (deals && created && close && stage) {
    return {
      crm: 'hubspot',
      kind: 'deals',
      recordId,
      stages: [
        { name: 'Deal', dateColumn: created },
        {
          name: 'Closed Won',
          dateColumn: close,
          when: { test: 'oneOf', column: stage, values: ['Closed Won', 'closedwon'] },
        },
      ],
      amount: has('Amount') ?? null,
      firstResponse: null,
    };
  }
  return null;
}

function inLifecycleOrder(stages: StageSource[]): StageSource[] {
  const rank = (name: string) => {
    const index = HUBSPOT_LIFECYCLE.indexOf(name.toLowerCase());
    return index < 0 ? HUBSPOT_LIFECYCLE.length : index;
  };
  return [...stages].sort((a, b) => rank(a.name) - rank(b.name));
}

function salesforce(has: Has): ExportShape | null {
  const created = has('Created Date');
  const leadStatus = has('Lead Status');
  const convertedDate = has('Converted Date');
  const converted = has('Converted');
  if (created && leadStatus && convertedDate) {
    return {
      crm: 'salesforce',
      kind: 'leads',
      recordId: has('Lead ID') ?? null,
      stages: [
        { name: 'Lead', dateColumn: created },
        {
          name: 'Converted',
          dateColumn: convertedDate,
          ...(converted ? { when: { test: 'yes' as const, column: converted } } : {}),
        },
      ],
      amount: null,
      firstResponse: null,
    };
  }
  const stage = has('Stage');
  const close = has('Close Date');
  const won = has('Won');
  if (created && stage && close && (won || has('Closed'))) {
    return {
      crm: 'salesforce',
      kind: 'opportunities',
      recordId: has('Opportunity ID') ?? null,
      stages: [
        { name: 'Opportunity', dateColumn: created },
        {
          name: 'Closed Won',
          dateColumn: close,
          when: won
            ? { test: 'yes', column: won }
            : { test: 'oneOf', column: stage, values: ['Closed Won'] },
        },
      ],
      amount: has('Amount') ?? null,
      firstResponse: null,
    };
  }
  return null;
}

function pipedrive(has: Has): ExportShape | null {
  const dealCreated = has('Deal - Deal created');
  const leadCreated = has('Lead - Lead created');
  if (dealCreated) {
    const won = has('Deal - Won time');
    return {
      crm: 'pipedrive',
      kind: 'deals',
      recordId: has('Deal - ID') ?? null,
      stages: [
        ...(leadCreated ? [{ name: 'Lead', dateColumn: leadCreated }] : []),
        { name: 'Deal', dateColumn: dealCreated },
        ...(won ? [{ name: 'Won', dateColumn: won }] : []),
      ],
      amount: has('Deal - Value') ?? null,
      firstResponse: null,
    };
  }
  if (leadCreated) {
    return {
      crm: 'pipedrive',
      kind: 'leads',
      recordId: has('Lead - ID') ?? null,
      stages: [{ name: 'Lead', dateColumn: leadCreated }],
      amount: null,
      firstResponse: null,
    };
  }
  return null;
}

function zoho(has: Has): ExportShape | null {
  const created = has('Created Time');
  if (!created) return null;
  const conversion = has('Lead Conversion Time');
  if (has('Lead Status') && conversion) {
    return {
      crm: 'zoho',
      kind: 'leads',
      recordId: has('Record Id') ?? has('Lead Id') ?? null,
      stages: [
        { name: 'Lead', dateColumn: created },
        { name: 'Converted', dateColumn: conversion },
      ],
      amount: null,
      firstResponse: null,
    };
  }
  const stage = has('Stage');
  const closing = has('Closing Date');
  if (stage && closing) {
    return {
      crm: 'zoho',
      kind: 'deals',
      recordId: has('Record Id') ?? has('Deal Id') ?? null,
      stages: [
        { name: 'Deal', dateColumn: created },
        {
          name: 'Closed Won',
          dateColumn: closing,
          when: { test: 'oneOf', column: stage, values: ['Closed Won'] },
        },
      ],
      amount: has('Amount') ?? null,
      firstResponse: null,
    };
  }
  return null;
}

function dynamics(has: Has): ExportShape | null {
  const created = has('Created On');
  const status = has('Status Reason');
  const close = has('Actual Close Date');
  if (!created || !status || !close) return null;
  return {
    crm: 'dynamics',
    kind: 'opportunities',
    recordId: has('(Do Not Modify) Opportunity') ?? has('Opportunity ID') ?? null,
    stages: [
      { name: 'Opportunity', dateColumn: created },
      {
        name: 'Won',
        dateColumn: close,
        when: { test: 'oneOf', column: status, values: ['Won', 'Ganada', 'Ganado'] },
      },
    ],
    amount: has('Actual Revenue') ?? null,
    firstResponse: null,
  };
}
