import { describe, expect, it } from 'vitest';
import { scoreLeads } from '../../../../shared/domain/lead-scoring';
import { parseSampleLeadsCsv, sampleLeadColumns } from '../../../../shared/domain/sample-leads';
import { handWorkedModel as model } from '../../../helpers/scoring-model';

/*
 * The four leads of the hand-worked example (75 MQL, 40, 10, 70 MQL) as a
 * spreadsheet would save them: semicolons, a byte-order mark, a quoted cell
 * with the separator in it, a Spanish decimal comma, a column nobody reads.
 */
const csv = [
  '\uFEFFname;job_title;employees;demo_request;webinar;months_inactive;owner',
  'Ana;Marketing Director;500;yes;2026-10-02;;Eva',
  'Bo;Director of IT;50;YES ;;2;Eva',
  '"Cy; the student";Student;;yes;x;0,0;Leo',
  'Di;Sales Director;1000;yes;x;1;Leo',
  '',
].join('\r\n');

describe('sample leads from CSV', () => {
  it('reads the columns the model needs and scores them to the hand-worked MQL count', () => {
    const { leads, problems, ignoredColumns } = parseSampleLeadsCsv(csv, model);
    expect(problems).toEqual([]);
    expect(ignoredColumns).toEqual(['owner']);
    expect(leads.map((l) => l['name'])).toEqual(['Ana', 'Bo', 'Cy; the student', 'Di']);
    const { scores, mqls } = scoreLeads(leads, model);
    expect(scores.map((s) => s.total)).toEqual([75, 40, 10, 70]);
    expect(mqls).toBe(2);
  });

  it('names every missing column and imports nothing', () => {
    const { leads, problems } = parseSampleLeadsCsv('name,job_title\nAna,CEO\n', model);
    expect(leads).toEqual([]);
    expect(problems).toEqual([
      { code: 'missingColumn', column: 'employees' },
      { code: 'missingColumn', column: 'demo_request' },
      { code: 'missingColumn', column: 'webinar' },
      { code: 'missingColumn', column: 'months_inactive' },
    ]);
  });

  it('reports rows with missing or extra cells and numbers that are not numbers, by row and column', () => {
    const bad = [
      'name,job_title,employees,demo_request,webinar,months_inactive',
      'Ana,CEO,500,yes,,0',
      'Bo,CTO,many,yes,,0',
      'Cy,CFO,10,yes',
      'Di,COO,10,yes,,1,extra',
      'Ed,VP,10,yes,,two',
    ].join('\n');
    const { leads, problems } = parseSampleLeadsCsv(bad, model);
    expect(leads).toEqual([]);
    expect(problems).toEqual([
      { code: 'notANumber', row: 3, column: 'employees', value: 'many' },
      { code: 'cellCount', row: 4, expected: 6, found: 4 },
      { code: 'cellCount', row: 5, expected: 6, found: 7 },
      { code: 'notANumber', row: 6, column: 'months_inactive', value: 'two' },
    ]);
  });

  it('refuses an empty file, a file with a header only, and a model with no criteria', () => {
    expect(parseSampleLeadsCsv('', model).problems).toEqual([{ code: 'empty' }]);
    expect(parseSampleLeadsCsv('name,job_title\n', model).problems).toEqual([{ code: 'empty' }]);
    expect(parseSampleLeadsCsv(csv, { ...model, criteria: [] }).problems).toEqual([
      { code: 'noCriteria' },
    ]);
  });

  it('asks for the inactivity column only when engagement decays', () => {
    expect(sampleLeadColumns(model).required).toContain('months_inactive');
    expect(sampleLeadColumns({ ...model, decayPerMonth: 0 }).required).not.toContain(
      'months_inactive',
    );
    expect(sampleLeadColumns(model).columns[0]).toBe('name');
  });
});

describe('sample leads as each language’s spreadsheet saves them', () => {
  it('reads Spanish headers and grouped numbers from a semicolon file, English from a comma one', () => {
    const spanish = [
      'nombre;job_title;employees;demo_request;webinar;meses_inactivo',
      'Ana;CEO;2.350.000,75;yes;;1,5',
    ].join('\n');
    const es = parseSampleLeadsCsv(spanish, model);
    expect(es.problems).toEqual([]);
    expect(es.leads[0]).toMatchObject({
      name: 'Ana',
      employees: '2350000.75',
      months_inactive: '1.5',
    });
    const english = [
      'name,job_title,employees,demo_request,webinar,months_inactive',
      'Bo,CEO,"2,350,000.75",yes,,2',
    ].join('\n');
    const en = parseSampleLeadsCsv(english, model);
    expect(en.problems).toEqual([]);
    expect(en.leads[0]).toMatchObject({ name: 'Bo', employees: '2350000.75' });
  });
});
