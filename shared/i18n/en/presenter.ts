/** English messages of the presenter view. */
export const presenter = {
  open: 'Presenter view',
  parts: 'Parts of the presentation',
  previous: 'Previous part',
  next: 'Next part',
  fullScreen: 'Full screen',
  exit: 'Leave the presenter view',
  help: '← → to move · F full screen · Esc to leave',
  empty: 'Nothing here yet.',
  pageOf: '({{page}} of {{pages}})',
  parked: 'Parked: {{text}}',
  slide: {
    agenda: 'Agenda',
    funnel: 'Our funnel',
    goals: 'Shared goals',
    accountability: 'What we owe each other',
    sla: 'Our SLA',
    decisions: 'Decisions and actions',
    actuals: 'Plan against actual',
    review: 'This month’s review',
  },
};
