import type { ScoringModel } from '../../shared/domain/handoff';

/** The scoring model of the hand-worked examples: three fit criteria, two engagement, decay 5 a month, MQL at 60. */
export const handWorkedModel: ScoringModel = {
  criteria: [
    {
      id: 'title',
      name: 'Director or above',
      dimension: 'fit',
      field: 'job_title',
      operator: 'contains',
      value: 'director',
      points: 20,
    },
    {
      id: 'size',
      name: '200+ employees',
      dimension: 'fit',
      field: 'employees',
      operator: 'atLeast',
      value: '200',
      points: 15,
    },
    {
      id: 'student',
      name: 'Student',
      dimension: 'fit',
      field: 'job_title',
      operator: 'contains',
      value: 'student',
      points: -30,
    },
    {
      id: 'demo',
      name: 'Asked for a demo',
      dimension: 'engagement',
      field: 'demo_request',
      operator: 'equals',
      value: 'yes',
      points: 30,
    },
    {
      id: 'webinar',
      name: 'Attended a webinar',
      dimension: 'engagement',
      field: 'webinar',
      operator: 'present',
      value: '',
      points: 10,
    },
  ],
  decayPerMonth: 5,
  rule: { kind: 'total', threshold: 60 },
};
