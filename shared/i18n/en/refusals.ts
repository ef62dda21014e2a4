/** English names of undoable steps, as the undo button and its notices say them. */
export const steps = {
  renamePlan: 'rename the plan to “{{name}}”',
  planDetails: 'change the plan’s details',
  addPerson: 'add {{name}}',
  editPerson: 'edit {{name}}',
  removePerson: 'remove {{name}}',
  addTeam: 'add the {{name}} team',
  editTeam: 'edit the {{name}} team',
  removeTeam: 'remove the {{name}} team',
  funnelTargets: 'change the funnel’s targets',
  addStage: 'add stage “{{name}}”',
  renameStage: 'rename stage “{{name}}” to “{{to}}”',
  editStage: 'edit stage “{{name}}”',
  moveStages: 'move stage “{{name}}”',
  removeStages: 'delete stage “{{name}}”',
  addHandoff: 'connect “{{from}}” to “{{to}}”',
  editHandoff: 'edit the handoff {{from}} → {{to}}',
  removeHandoffs: 'delete the handoff {{from}} → {{to}}',
  replaceFunnel: 'apply a funnel template',
  applyTemplate: 'apply the template “{{name}}”',
  saveScenario: 'save scenario “{{name}}”',
  editScenario: 'edit scenario “{{name}}”',
  removeScenario: 'delete scenario “{{name}}”',
  adoptScenario: 'adopt scenario “{{name}}”',
  addGoal: 'add goal “{{name}}”',
  editGoal: 'edit goal “{{name}}”',
  removeGoal: 'delete goal “{{name}}”',
  addCheckIn: 'add a check-in to “{{name}}”',
  removeCheckIn: 'delete a check-in of “{{name}}”',
  kpis: 'change the KPIs',
  addActivities: 'add RACI activities ({{count}})',
  editActivity: 'edit activity “{{name}}”',
  removeActivity: 'delete activity “{{name}}”',
  moveActivity: 'move activity “{{name}}”',
  addRole: 'add role “{{name}}”',
  editRole: 'edit role “{{name}}”',
  removeRole: 'delete role “{{name}}”',
  moveRole: 'move role “{{name}}”',
  raciCell: 'change what {{role}} does in “{{activity}}”',
  raciThreshold: 'change the overload threshold',
  definition: 'edit the definition of {{name}}',
  framework: 'change the qualification framework',
  addCriterion: 'add scoring criterion “{{name}}”',
  editCriterion: 'edit scoring criterion “{{name}}”',
  removeCriterion: 'delete scoring criterion “{{name}}”',
  scoringRule: 'change the scoring rule',
  sla: 'change the SLA',
  swimlane: 'rearrange the swimlane',
  assessment: 'change the alignment assessment',
  roomAssessment: 'keep the room’s assessment answers',
  votes: 'change the room’s votes',
  decisions: 'change the decision log',
  actions: 'change the action items',
  parking: 'change the parking lot',
  importActuals: 'import the actuals from “{{file}}”',
  removeActuals: 'remove the actuals from “{{file}}”',
  importProfile: 'keep how the export is read',
  reviewMeeting: 'edit the review meeting',
  approvers: 'change who signs off',
  agenda: 'change the agenda',
  timer: 'use the timer',
};

/** English sentences for every refusal code (shared/domain/refusals.ts). */
export const refusals = {
  missing: {
    plan: 'This plan is no longer in the library: it may have been deleted for good in another window.',
    version: 'That agreed version no longer exists.',
    team: 'That team is no longer in the plan: someone may have removed it in another window.',
    person:
      'That person is no longer in the plan: someone may have removed them in another window.',
    stage:
      'That funnel stage is no longer in the plan: someone may have removed it in another window.',
    handoff:
      'That handoff between stages is no longer in the plan: someone may have removed it in another window.',
    scenario:
      'That scenario is no longer in the plan: someone may have removed it in another window.',
    goal: 'That goal is no longer in the plan: someone may have removed it in another window.',
    checkIn:
      'That check-in is no longer in the plan: someone may have removed it in another window.',
    activity:
      'That RACI activity is no longer in the plan: someone may have removed it in another window.',
    role: 'That RACI role is no longer in the plan: someone may have removed it in another window.',
    criterion:
      'That qualification criterion is no longer in the plan: someone may have removed it in another window.',
    assessment:
      'That assessment is no longer in the plan: someone may have removed it in another window.',
    decision:
      'That decision is no longer in the plan: someone may have removed it in another window.',
    action:
      'That action item is no longer in the plan: someone may have removed it in another window.',
    agendaItem:
      'That agenda item is no longer in the plan: someone may have removed it in another window.',
    approver:
      'That approver is no longer in the plan: someone may have removed them in another window.',
    topic:
      'That parked topic is no longer in the plan: someone may have removed it in another window.',
    actualsImport:
      'That import of actuals is no longer in the plan: someone may have removed it in another window.',
    review:
      'That review meeting is no longer in the plan: someone may have removed it in another window.',
    vote: 'That vote is no longer in the plan: someone may have removed it in another window.',
    template:
      'That template is no longer in the library: it may have been deleted in another window.',
    image: 'That logo is no longer in the library. Choose it again.',
  },
  duplicate: 'That was already added, perhaps from another window. Nothing was changed.',
  team: {
    builtIn: 'The {{team}} team is part of every plan and cannot be removed.',
    hasPeople:
      'The {{team}} team still has people in it ({{count}}): move them to another team or remove them first.',
    hasRoles:
      'The {{team}} team still has RACI roles ({{count}}): move them to another team or remove them first.',
  },
  plan: {
    inTrash: 'This plan is in the trash. Restore it to edit it.',
    notInTrash: 'Only a plan in the trash can be deleted for good.',
  },
  input: {
    tooLong: 'That is too long: at most {{max}} characters. Nothing was changed.',
    empty: 'That cannot be left empty. Nothing was changed.',
    tooLarge: 'That number is too large: at most {{max}}. Nothing was changed.',
    tooSmall: 'That number is too small: at least {{min}}. Nothing was changed.',
    tooMany: 'That list is too long: at most {{max}} entries. Nothing was changed.',
    invalid: 'That value is not one the plan accepts. Nothing was changed.',
  },
  import: {
    tooLarge: 'The file is {{size}} MB; a plan file is at most {{limit}} MB.',
    notJson:
      'The file is damaged or is not a plan file: it stops making sense at line {{line}}, column {{column}}.',
    notPlanFile: 'This is not a Smarketing Planner plan file.',
    unknownField:
      'This is not a Smarketing Planner plan file: it has an unknown part, “{{field}}”.',
    newerVersion:
      'This plan was saved by a newer Smarketing Planner (plan format {{version}}; this one reads up to {{supported}}). Update the app to open it.',
    invalidPlan: 'The plan in this file is damaged: “{{field}}” is not a value a plan can have.',
  },
  templateFile: {
    tooLarge: 'The file is too large for a template: a template file is at most {{limit}} MB.',
    notTemplate: 'This is not a Smarketing Planner template file.',
    isPlan:
      'This is a plan file, not a template. Open it with Import plan file… in the library, then save a template from it.',
    newerVersion:
      'This template was saved by a newer Smarketing Planner (template format {{version}}; this one reads up to {{supported}}). Update the app to use it.',
    invalid:
      'The template in this file is damaged or does not hold together: “{{field}}” is not right. Nothing was added.',
  },
  logo: {
    tooLarge: 'The logo is {{kilobytes}} KB; a logo can be at most {{maxKilobytes}} KB.',
    notImage: 'This is not a PNG or SVG image. Choose a logo saved as PNG or SVG.',
    svgScript:
      'This SVG holds a script or something else that runs, so it was not taken. Export the logo again as a plain drawing, or as PNG.',
    svgExternal:
      'This SVG loads things from outside itself (links, web addresses or fonts), so it was not taken. Export the logo again as a self-contained drawing, or as PNG.',
  },
  signOff: {
    noMarketingApprover: 'To sign off, add at least one approver from the marketing team.',
    noSalesApprover: 'To sign off, add at least one approver from the sales team.',
    noApprovers: 'To sign off, add at least one approver from marketing and one from sales.',
  },
  backup: {
    unknown: '{{file}} is not a backup of this library.',
    damaged: '{{file}} is damaged and cannot be restored. Choose an earlier backup.',
    checkFailed:
      'The backup did not pass its check, so it was not kept. Your plans are untouched; try again.',
  },
  print: {
    noBrowser:
      'Printing a PDF needs Chrome, Chromium or Edge, and none was found on this computer. Install one, or start the app with --browser and the path to one.',
    browserMissing:
      'There is no browser at {{path}}. Start the app with --browser and the path to Chrome, Chromium or Edge.',
    browserFailed:
      'The browser that prints PDFs did not start. Try again; if it keeps failing, restart the app.',
  },
  library: {
    notALibrary: '{{file}} is not a Smarketing Planner library.',
    newerLibrary:
      '{{file}} was written by a newer Smarketing Planner. Update the app; the file was left untouched.',
    notWritable: 'The data folder {{folder}} cannot be written to ({{reason}}).',
    failed: 'The plan library could not complete that. Nothing was changed; try again.',
    unreachable: 'Lost contact with the plan library. Is the app still running?',
  },
  api: {
    unknownMethod: 'This version of the app does not know the request “{{method}}”.',
    shellOnly: 'Only the app itself can do that.',
  },
  teamServer: {
    notConnected: 'This computer is not in a team yet: connect to your team server first.',
    viewer:
      'You can see the team’s plans but not change or share them: ask the team’s owner to make you an editor.',
    unreachable:
      'The team server at {{server}} cannot be reached. Check the address and the network; your work stays on this computer.',
    badCode:
      'That invite code is unknown, already used or expired. Ask the team’s owner for a new one.',
    tooManyAttempts:
      'Too many wrong invite codes from this computer. Wait a quarter of an hour and try again.',
    newerSchema:
      'The team server is older than this app and cannot read its plans yet. Ask whoever runs it to update it; your changes wait here.',
    refused: 'The team server refused: {{message}}',
  },
  raci: {
    accountableTaken:
      'Someone in the team made another role accountable for this activity first: one A per row, so theirs stands. Talk it over and change it by hand if needed.',
  },
  room: {
    unavailable: 'This build of the app cannot open a workshop room.',
    badAddress: '{{address}} is not an address of this computer: pick one from the list.',
    cannotListen:
      'The room could not open on {{address}}: another program may be using it, or the network changed. Pick the address again.',
    notOpen: 'No workshop room is open.',
    noActivity: 'No activity is running in the room.',
  },
  undo: {
    beforeShared:
      'Not undone: this step was made before the plan was shared, so it is part of the plan the team started from. Change it back by hand.',
    nothing: 'There is nothing to undo.',
    noLongerApplies:
      'Not undone: the plan has changed too much since that step for it to be undone cleanly. Change it back by hand.',
    changedSince:
      'Not undone: someone else changed the same thing after your edit, and undoing it now would undo their work too. Change it back by hand if you still mean to.',
    nothingOfYours: 'There is nothing of yours to undo in this window.',
  },
  redo: {
    nothing: 'There is nothing to redo.',
    notYours: 'Not redone: the next step to redo was undone in another window.',
  },
  date: {
    startAfterEnd: 'The start must be on or before the end ({{end}}).',
    endBeforeStart: 'The end must be on or after the start ({{start}}).',
    startAfterDeadline: 'The start must be on or before the deadline ({{deadline}}).',
    deadlineBeforeStart: 'The deadline must be on or after the start ({{start}}).',
    outsidePeriod: 'Pick a date within the plan’s period ({{start}} – {{end}}).',
    required: 'Enter a date.',
    format: 'Write the date as {{pattern}}.',
    noSuchDay: 'There is no such day: {{monthName}} {{year}} has no day {{day}}.',
    noSuchMonth: 'There is no such day: there is no month {{month}}.',
  },
  text: {
    pasteTooLong:
      'The pasted text has {{length}} characters; this field takes {{max}} at most. Nothing was pasted.',
  },
  number: {
    required: 'Enter a number.',
    notANumber: 'Write the number with digits only, like {{example}}.',
    otherConvention: 'In English, decimals take a point and thousands a comma, like {{example}}.',
    ambiguous:
      '{{decimal}} or {{thousands}}? In English a point marks decimals and a comma thousands: write {{decimal}} or {{thousands}}.',
    notWhole: 'Enter a whole number.',
    tooSmall: 'Enter {{min}} or more.',
    tooLarge: 'Enter {{max}} or less.',
  },
};
