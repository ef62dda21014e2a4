/** English messages of the workshop section. */
export const workshop = {
  title: 'Workshop',
  views: 'Parts of the workshop',
  tabs: { assessment: 'Alignment assessment', decisions: 'Decisions and actions' },
  team: { marketing: 'Marketing', sales: 'Sales' },
  dimension: {
    communication: 'Communication',
    goals: 'Shared goals',
    process: 'Definitions and process',
    data: 'Technology and data',
    accountability: 'Accountability and feedback',
    customer: 'Customer experience',
  },
  assessment: {
    intro:
      'Twenty statements on how the two teams work together. Each leader scores them alone, from 1 (strongly disagree) to 5 (strongly agree); the results show where you agree and where you see things differently.',
    start: 'Start the assessment',
    again: 'Run the assessment again',
    run: 'Assessment shown',
    compare: 'Compare with',
    noCompare: 'No comparison',
    answers: 'Answers ({{date}})',
    who: 'Who is answering',
    answering: '{{team}} leader answers',
    showOther: 'Show the other leader’s answers',
    scale: '1 strongly disagree · 2 disagree · 3 neither · 4 agree · 5 strongly agree',
    waiting: 'The results appear once both leaders have answered.',
    level: {
      1: '1, strongly disagree',
      2: '2, disagree',
      3: '3, neither agree nor disagree',
      4: '4, agree',
      5: '5, strongly agree',
    },
  },
  results: {
    heading: 'Results',
    radar: 'Both teams’ scores by dimension',
    index: 'alignment index (0–100)',
    indexHelp:
      'How well things work (the average answer) times how much the leaders agree (1 minus the average gap between their answers).',
    compared: 'On {{date}} the index was {{before}}; now it is {{now}}.',
    divergent: 'Where the leaders disagree most',
    noDivergence: 'No statement is two or more points apart.',
    prompts: 'Prompts for the weakest dimensions',
  },
  obstacle: {
    resistance: {
      title: 'Resistance to change',
      prompt:
        'Ask each leader what they would lose if the process changed, and agree a small trial first.',
    },
    poorCommunication: {
      title: 'Poor communication',
      prompt: 'Agree one recurring meeting, its owner and its agenda before leaving the room.',
    },
    culture: {
      title: 'Cultural differences',
      prompt:
        'Have each team describe a good customer in one sentence, then write one shared description.',
    },
    misalignedGoals: {
      title: 'Misaligned goals',
      prompt:
        'Trace each team’s current target back to revenue; replace the ones that do not lead there.',
    },
    tools: {
      title: 'Badly used tools',
      prompt: 'List the fields sales never fills and marketing never reads; drop or fix each one.',
    },
    noReview: {
      title: 'No continuous review',
      prompt: 'Put the SLA review in both calendars now, with the numbers it will look at.',
    },
  },
  decisions: {
    heading: 'Decision log',
    empty: 'No decisions yet. Write each one down as the room agrees it.',
    text: 'Decision',
    agreedBy: 'Agreed by',
    by: 'agreed by {{who}}',
    add: 'Log decision',
    remove: 'Remove decision “{{text}}”',
  },
  actions: {
    heading: 'Action items',
    empty: 'No action items yet.',
    what: 'What',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    noOwner: 'No owner yet',
    ownerOf: 'Owner of “{{text}}”',
    dueOf: 'Due date of “{{text}}”',
    statusOf: 'Status of “{{text}}”',
    statuses: { open: 'Open', inProgress: 'In progress', done: 'Done' },
    badDate: 'Enter a date as YYYY-MM-DD',
    new: 'New action item',
    add: 'Add action',
    remove: 'Remove action “{{text}}”',
  },
  parking: {
    heading: 'Parking lot',
    empty: 'Topics to come back to later go here.',
    new: 'Topic to park',
    add: 'Park topic',
    remove: 'Remove topic “{{text}}”',
  },
};
