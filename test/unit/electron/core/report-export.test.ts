import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import {
  pageTemplates,
  withReportPrinter,
  type PrintJob,
} from '../../../../electron/core/report-export';
import { DomainError } from '../../../../shared/domain/errors';
import { samplePlan } from '../../../helpers/plans';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
});
afterEach(() => {
  library.close();
  dir.remove();
});

describe('the printed report', () => {
  it('asks the shell’s printer for the report route and returns the PDF named after the plan', async () => {
    const jobs: PrintJob[] = [];
    const dispatch = withReportPrinter(library.dispatch, library.plans, async (job) => {
      jobs.push(job);
      return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    });
    const plan = library.plans.create({ name: 'Q1 / Q2: plan' });
    const result = await dispatch('report.pdf', {
      id: plan.doc.id,
      paper: 'Letter',
      language: 'es',
      sections: ['summary', 'sla'],
    });
    expect(result).toEqual({ ok: true, value: { fileName: 'Q1 Q2 plan.pdf', base64: 'JVBERg==' } });
    expect(jobs[0]).toMatchObject({
      path: `/plans/${plan.doc.id}/report/Letter/es/summary,sla`,
      paper: 'Letter',
    });
    expect(jobs[0]?.footerTemplate).toContain(
      'Página <span class="pageNumber"></span> de <span class="totalPages"></span>',
    );
  });

  it('refuses bad input and unknown plans, and says what a failing printer needs', async () => {
    const dispatch = withReportPrinter(library.dispatch, library.plans, () =>
      Promise.reject(
        new DomainError('IO', 'printing a PDF needs Chrome, Chromium or Edge', {
          code: 'print.noBrowser',
        }),
      ),
    );
    expect(
      await dispatch('report.pdf', { id: 'x', paper: 'A3', language: 'en', sections: [] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /^paper:/ } });
    expect(
      await dispatch('report.pdf', { id: 'missing', paper: 'A4', language: 'en', sections: [] }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const plan = library.plans.create({ name: 'Plan' });
    expect(
      await dispatch('report.pdf', { id: plan.doc.id, paper: 'A4', language: 'en', sections: [] }),
    ).toEqual({
      ok: false,
      error: { code: 'IO', message: 'printing a PDF needs Chrome, Chromium or Edge' },
    });
    expect(await dispatch('plans.list', {})).toMatchObject({ ok: true });
  });

  it('escapes the plan’s name and client in the page header: text, never markup', () => {
    const { headerTemplate } = pageTemplates(
      samplePlan({ name: '<img src=x onerror=alert(1)>', client: 'Tom & "Jerry"' }),
      'en',
    );
    expect(headerTemplate).toContain(
      '&lt;img src=x onerror=alert(1)&gt; · Tom &amp; &quot;Jerry&quot;',
    );
    expect(headerTemplate).not.toContain('<img');
    expect(pageTemplates(samplePlan(), 'en', 2).footerTemplate).toContain('Agreed — version 2');
    expect(pageTemplates(samplePlan(), 'es').footerTemplate).toContain('Borrador: aún sin firmar');
  });

  it('names the consultant’s brand in the header, escaped, instead of the kicker', () => {
    const { headerTemplate } = pageTemplates(samplePlan(), 'es', null, 'Ñandú <Consultores>');
    expect(headerTemplate).toContain('Ñandú &lt;Consultores&gt;');
    expect(headerTemplate).not.toContain('Plan de alineación');
  });
});
