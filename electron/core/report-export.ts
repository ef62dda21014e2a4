import { apiContract, type ParsedInput } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';
import { DomainError, describeIssues } from '../../shared/domain/errors';
import { refusalOfIssues } from '../../shared/domain/refusals';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { reportPath, type PaperSize } from '../../shared/domain/report';
import { messages } from '../../shared/i18n';
import type { ShellDispatcher } from './api-handlers';
import { safeFileName } from './plan-file';
import type { PlanService } from './plan-service';

/** What a shell's printer is asked to do: load the report route and print it. */
export interface PrintJob {
  /** The renderer route of the report, e.g. "/plans/p1/report/A4/es/summary,sla". */
  path: string;
  paper: PaperSize;
  /** Shown at the top and bottom of every page; HTML with every value escaped. */
  headerTemplate: string;
  footerTemplate: string;
}

export type ReportPrinter = (job: PrintJob) => Promise<Uint8Array>;

/**
 * Adds the printed report to a library's dispatcher. The input is parsed by
 * the contract like any other; the plan must exist; the shell's printer does
 * the printing. A printer that fails (no browser, a crash) is an IO error
 * whose message says what to do.
 */
export function withReportPrinter(
  dispatch: ShellDispatcher,
  plans: PlanService,
  printer: ReportPrinter,
  agreedVersion: (planId: string) => number | null = () => null,
): ShellDispatcher {
  return async (method, rawInput) => {
    if (method !== 'report.pdf') return dispatch(method, rawInput);
    const parsed = apiContract['report.pdf'].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: describeIssues(parsed.error.issues),
          refusal: refusalOfIssues(parsed.error.issues),
        },
      };
    }
    try {
      // The consultant's brand names the report in every page's header.
      const settings = await dispatch('settings.get', {});
      const brandName = settings.ok
        ? ((settings.value as { brand?: { name?: string } }).brand?.name ?? '')
        : '';
      return {
        ok: true,
        value: await printReport(plans, printer, parsed.data, agreedVersion, brandName),
      };
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'IO';
      return { ok: false, error: { code, message: (error as Error).message } } as ApiEnvelope;
    }
  };
}

async function printReport(
  plans: PlanService,
  printer: ReportPrinter,
  input: ParsedInput<'report.pdf'>,
  agreedVersion: (planId: string) => number | null,
  brandName: string,
): Promise<{ fileName: string; base64: string }> {
  const state = plans.get(input.id);
  const doc = state.doc;
  const pdf = await printer({
    path: reportPath(doc.id, input),
    paper: input.paper,
    ...pageTemplates(doc, input.language, agreedVersion(doc.id), brandName),
  });
  return { fileName: `${safeFileName(doc.name)}.pdf`, base64: Buffer.from(pdf).toString('base64') };
}

/**
 * Chromium's header and footer: the plan and client at the top, with the consultant's
 * brand when there is one; the page number, "page 2 of 9", at the bottom. Names are text
 * typed by people, so every value is escaped before it enters the template's HTML.
 */
export function pageTemplates(
  doc: PlanDoc,
  language: 'en' | 'es',
  agreedVersion: number | null = null,
  brandName = '',
): { headerTemplate: string; footerTemplate: string } {
  const m = messages[language].report;
  const style =
    'font-family: system-ui, sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;';
  const status =
    agreedVersion === null ? m.draft : m.agreedShort.replace('{{version}}', String(agreedVersion));
  const title = escapeHtml([doc.name, doc.client].filter(Boolean).join(' · '));
  const page = escapeHtml(m.pageOf)
    .replace('{{page}}', '<span class="pageNumber"></span>')
    .replace('{{pages}}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style}"><span>${title}</span><span>${escapeHtml(brandName.trim() || m.kicker)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(status)}</span><span>${page}</span></div>`,
  };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
