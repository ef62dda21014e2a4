import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import type { NumberFormats } from '../funnel/format-numbers';
import type { AgreedPlan } from '../review/use-agreed-plan';

/** What every part of the report reads: the plan, its math, and words and numbers in the report's language. */
export interface ReportData {
  doc: PlanDoc;
  analysis: FunnelAnalysis;
  t: TFunction;
  language: 'en' | 'es';
  formats: NumberFormats;
  /** The day the report is printed, as YYYY-MM-DD. */
  printedOn: string;
  /** The agreed version the plan is at, or null for a draft. */
  agreed: { version: number; on: string } | null;
  /**
   * The latest signed version, as signed, which plan against actual compares with (as the
   * Review screen does), or null while nothing is signed: then the plan as it stands.
   */
  agreedPlan: AgreedPlan | null;
}

export const ReportContext = createContext<ReportData | null>(null);

export function useReport(): ReportData {
  const report = useContext(ReportContext);
  if (!report) throw new Error('useReport outside a report');
  return report;
}

/** A person's or team's name by id, for owners and roles. */
export function nameLookup(doc: PlanDoc) {
  const people = new Map(doc.people.map((p) => [p.id, p.name]));
  const teams = new Map(doc.teams.map((t) => [t.id, t.name]));
  return {
    person: (id: string) => people.get(id) ?? id,
    team: (id: string) => teams.get(id) ?? id,
    teamOfKind: (kind: string) => doc.teams.find((t) => t.kind === kind)?.name ?? kind,
  };
}
