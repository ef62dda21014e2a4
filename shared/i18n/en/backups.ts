/** English messages of backups and of recovering a damaged library. */
export const backups = {
  open: 'Backups…',
  title: 'Backups',
  description:
    'Copies of the whole library, made every ten minutes while plans change, before a restore and before an update of the library. The ten newest are kept on this computer.',
  backUpNow: 'Back up now',
  working: 'Backing up…',
  created: 'Backed up the library ({{when}})',
  none: 'No backups yet. The first is made ten minutes after the first change, or now with “Back up now”.',
  columnWhen: 'Made',
  columnWhy: 'Why',
  columnPlans: 'Plans',
  columnSize: 'Size',
  reason: {
    scheduled: 'On schedule',
    manual: 'By hand',
    'before-restore': 'Before a restore',
    'before-migration': 'Before an update',
  },
  restore: 'Restore…',
  restoreNamed: 'Restore the backup of {{when}}',
  unusable: 'Cannot be restored: {{problem}}',
  confirmTitle: 'Restore the library as it was on {{when}}?',
  confirmBody_one:
    'Every plan is replaced by the {{count}} plan in this backup. The library as it is now is backed up first, so this restore can itself be undone from this list.',
  confirmBody_other:
    'Every plan is replaced by the {{count}} plans in this backup. The library as it is now is backed up first, so this restore can itself be undone from this list.',
  confirm: 'Restore',
  restored: 'Restored the library as it was on {{when}}',
};

/** English messages shown when the library was found damaged at start. */
export const recovery = {
  title: 'The plan library was damaged',
  body: 'It could not be read safely, so a new, empty library was opened in its place. The damaged file was kept exactly as it was and will never be overwritten.',
  keptAs: 'Kept at:',
  problem: 'What was wrong: {{problem}}',
  offer_one: 'The newest backup that checks out is from {{when}}, with {{count}} plan.',
  offer_other: 'The newest backup that checks out is from {{when}}, with {{count}} plans.',
  noBackup: 'No backup that checks out was found. You can go on with the empty library.',
  restore: 'Restore that backup…',
  goOn: 'Go on with the empty library',
};
