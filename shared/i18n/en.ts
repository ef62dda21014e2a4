import { funnel } from './en/funnel';
import { goals } from './en/goals';
import { smart } from './en/smart';
import { raci } from './en/raci';
import { handoff } from './en/handoff';
import { report } from './en/report';
import { workshop } from './en/workshop';
import { presenter } from './en/presenter';
import { backups, recovery } from './en/backups';

/** English catalogue. Spanish (es.ts) must have exactly the same keys: a unit test checks it. */
export const en = {
  app: {
    title: 'Smarketing Planner',
    tagline: 'Align sales and marketing on one plan',
    skipToContent: 'Skip to content',
    language: 'Interface language',
    languages: { en: 'English', es: 'Español' },
  },
  teams: { marketing: 'Marketing', sales: 'Sales' },
  library: {
    importPlan: 'Import plan file…',
    imported: 'Imported “{{name}}” as a new plan',
    importRefused: '{{file}} was not imported: {{message}}',
    importTooLarge: 'The file is {{size}} MB; a plan file is at most 5 MB.',
    heading: 'Plans',
    newPlan: 'New plan',
    search: 'Search plans',
    searchPlaceholder: 'Search by plan or client',
    views: 'Plan lists',
    active: 'Plans',
    trash: 'Trash',
    columnName: 'Plan',
    columnClient: 'Client',
    columnUpdated: 'Last edited',
    columnActions: 'Actions',
    emptyTitle: 'No plans yet',
    emptyBody:
      'A plan is what sales and marketing agree in a workshop: the funnel they share, their goals, who is accountable for what, and how a lead passes between them. Create one to start.',
    emptyTrash: 'The trash is empty. Plans you delete wait here until you delete them for good.',
    noMatches: 'No plan matches “{{query}}”.',
    clearSearch: 'Clear search',
    open: 'Open',
    actionsFor: 'Actions for {{name}}',
    rename: 'Rename…',
    duplicate: 'Duplicate',
    delete: 'Move to trash',
    restore: 'Restore',
    purge: 'Delete for good…',
    copyName: '{{name}} (copy)',
    deleted: '“{{name}}” moved to the trash',
    restored: '“{{name}}” restored',
    duplicated: 'Created “{{name}}”',
    purged: '“{{name}}” deleted for good',
    undo: 'Undo',
    purgeConfirm: 'Delete for good',
    restoreNamed: 'Restore {{name}}',
    purgeNamed: 'Delete {{name}} for good',
    purgeTitle: 'Delete “{{name}}” for good?',
    purgeBody: 'The plan and its history are removed from this computer. This cannot be undone.',
    noClient: 'No client yet',
    count_one: '{{count}} plan',
    count_other: '{{count}} plans',
  },
  createDialog: {
    title: 'New plan',
    description: 'Name the plan and the client it is for. Everything can be changed later.',
    name: 'Plan name',
    namePlaceholder: 'e.g. FY27 smarketing plan',
    client: 'Client or company',
    language: 'Plan language',
    create: 'Create plan',
    template: 'Funnel template',
    templateHelp: 'The lifecycle to start from. You can change it later.',
  },
  renameDialog: { title: 'Rename plan', name: 'Plan name', save: 'Rename' },
  common: { cancel: 'Cancel', close: 'Close', required: 'Required' },
  workspace: {
    backToLibrary: 'All plans',
    sections: 'Plan sections',
    toolbar: 'Plan actions',
    overview: 'Plan & people',
    funnel: 'Funnel',
    goals: 'Goals',
    raci: 'Accountability',
    handoff: 'Lead handoff',
    workshop: 'Workshop',
    undo: 'Undo',
    redo: 'Redo',
    undoStep: 'Undo: {{step}}',
    redoStep: 'Redo: {{step}}',
    undone: 'Undone: {{step}} (in {{where}})',
    redone: 'Redone: {{step}} (in {{where}})',
    showIt: 'Show it',
    where: {
      overview: 'the plan and people',
      funnel: 'the funnel',
      goals: 'the goals',
      raci: 'the responsibilities',
      handoff: 'the lead handoff',
      workshop: 'the workshop',
    },
    redoKeys: 'Ctrl+Shift+Z',
    saved: 'All changes saved',
    saving: 'Saving…',
    saveFailed: 'Not saved: {{message}}',
    loading: 'Opening plan…',
    notFound: 'This plan no longer exists. It may have been deleted for good.',
    inTrash: 'This plan is in the trash. Restore it to edit it.',
    period: '{{start}} – {{end}}',
    noClient: 'No client',
  },
  overview: {
    details: 'Plan details',
    detailsHelp: 'What the plan is called, who it is for and the period it covers.',
    name: 'Plan name',
    client: 'Client or company',
    period: 'Period',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    currency: 'Currency',
    language: 'Plan language',
    languageHelp: 'The language of exports and of the texts the plan suggests.',
    teams: 'Teams',
    teamsHelp:
      'Marketing and sales are in every plan. Add other teams that share the funnel, such as RevOps or customer success.',
    teamName: 'Name of team',
    teamKind: 'Kind',
    addTeam: 'Add team',
    newTeamName: 'New team name',
    removeTeam: 'Remove team {{name}}',
    people: 'People',
    peopleHelp:
      'The people in the room and the roles they hold. They become owners of goals, RACI roles and approvers.',
    peopleEmpty: 'No people yet. Add the marketing and sales leaders first.',
    personName: 'Name',
    roleTitle: 'Role title',
    team: 'Team',
    addPerson: 'Add person',
    newPersonName: 'Name of new person',
    newPersonRole: 'Role title of new person',
    newPersonTeam: 'Team of new person',
    nameOf: 'Name of {{name}}',
    roleOf: 'Role title of {{name}}',
    teamOf: 'Team of {{name}}',
    removePerson: 'Remove {{name}}',
    kind: { marketing: 'Marketing', sales: 'Sales', other: 'Other team' },
  },
  validation: {
    required: 'This field is required',
    tooLong: 'Too long (at most {{max}} characters)',
    date: 'Enter a date',
    periodOrder: 'The end must not be before the start',
    currency: 'Use a three-letter code such as EUR or USD',
  },
  errors: {
    network: 'Lost contact with the plan library. Is the app still running?',
  },
  funnel,
  goals,
  smart,
  raci,
  handoff,
  report,
  workshop,
  presenter,
  backups,
  recovery,
  menu: {
    file: 'File',
    newPlan: 'New plan',
    exportPlan: 'Export plan file…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    language: 'Language',
    window: 'Window',
    toggleFullScreen: 'Full screen',
    exportTitle: 'Export plan file',
    planFile: 'Smarketing plan',
  },
  fields: {
    dateFormat: 'As {{pattern}}',
    charactersUsed: '{{length}} of {{max}} characters',
  },
  steps: {
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
    decisions: 'change the decision log',
    actions: 'change the action items',
    parking: 'change the parking lot',
    approvers: 'change who signs off',
    agenda: 'change the agenda',
    timer: 'use the timer',
  },
  refusals: {
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
    undo: {
      nothing: 'There is nothing to undo.',
      noLongerApplies:
        'Not undone: the plan has changed too much since that step for it to be undone cleanly. Change it back by hand.',
      changedSince:
        'Not undone: someone else changed the plan after your last edit here, and undoing it now could undo their work too. Change it back by hand.',
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
      noSuchDay: 'There is no such day: month {{month}} of {{year}} has no day {{day}}.',
    },
    text: {
      pasteTooLong:
        'The pasted text has {{length}} characters; this field takes {{max}} at most. Nothing was pasted.',
    },
    number: {
      required: 'Enter a number.',
      notANumber: 'Write the number with digits only, like {{example}}.',
      otherConvention: 'In English, decimals take a point and thousands a comma, like {{example}}.',
      notWhole: 'Enter a whole number.',
      tooSmall: 'Enter {{min}} or more.',
      tooLarge: 'Enter {{max}} or less.',
    },
  },
  desktop: {
    shellRestartedTitle: 'Smarketing Planner was restarted',
    shellRestarted:
      'This tab belongs to the previous run, so it can no longer save anything. Your plans are safe in the library. Open the new address, printed where Smarketing Planner was started (the line that begins “Smarketing Planner is running at”), or the window it opened.',
    bridgeMissingTitle: 'Smarketing Planner cannot reach its library',
    bridgeMissing:
      'The part of the app that connects this window to your plans did not load. Your plans are safe. Quit Smarketing Planner and open it again; if this keeps happening, reinstall it.',
    windowReloaded: 'The window stopped unexpectedly ({{reason}}) and has been reloaded.',
    windowReloadedDetail:
      'Everything saved is in the library. Anything being typed at that moment may need typing again.',
    nativeBuildStale:
      'The database engine (better-sqlite3) is not built for this version of Electron. Run “npm run rebuild:electron” in the project folder, then start the app again.',
    nativeBuildBroken:
      'The database engine could not be loaded ({{reason}}). Reinstall Smarketing Planner.',
  },
};

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The shape every language must fill. */
export type Messages = Catalogue<typeof en>;
