import { messages } from '../../shared/i18n';
import { TeamDatabase } from '../../server/db/database';
import { startTeamServer } from '../../server/http';
import { joinLimiter } from '../../server/join-limiter';
import { ChangeNotices } from '../../server/notices';
import { createInvite, createTeam } from '../../server/teams';
import { freePort, startPostgres } from '../helpers/postgres';
import { expectNoViolations } from './support/axe';
import { removeDataDir, startShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { planApi, planIn } from './support/plan-api';

/**
 * Two laptops (two browser shells, two data folders) share a plan through a team server on
 * a real PostgreSQL: Ana joins and shares it, Bo joins and gets it, an edit of one shows on
 * the other, and a change the server could not apply is shown to its author, with why.
 */
test('two laptops share a plan through the team server, in Spanish', async ({
  page,
  shell,
  browser,
}) => {
  test.setTimeout(180_000);
  const m = messages.es;
  const postgres = await startPostgres();
  const db = new TeamDatabase(postgres.url);
  await db.migrate();
  const notices = new ChangeNotices(postgres.url);
  await notices.start();
  const port = await freePort();
  const serve = async () =>
    startTeamServer({ db, notices, joinLimiter: await joinLimiter(db), host: '127.0.0.1', port });
  let server = await serve();
  const { teamId, invite } = await createTeam(db, 'Ñandú', 'Ana Ruiz');
  const boCode = await createInvite(db, teamId, 'Bo Chen', 'editor', 7);
  const bosShell = await startShell();
  const bosPage = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { doc } = await planIn(shell, 'es', { name: 'Plan compartido', template: 'waterfall' });
    await planApi(bosShell)('settings.set', { language: 'es' });

    // Ana joins, typing as people type, and shares her plan.
    const join = async (target: typeof page, url: string, code: string, device: string) => {
      await target.goto(url);
      await target.getByRole('button', { name: m.team.open, exact: true }).click();
      const dialog = target.getByRole('dialog', { name: m.team.title });
      await dialog.getByLabel(m.team.server).pressSequentially(server.url);
      await dialog.getByLabel(m.team.code).pressSequentially(code.toLowerCase());
      await dialog.getByLabel(m.team.deviceName).pressSequentially(device);
      await dialog.getByRole('button', { name: m.team.connect }).click();
      return dialog;
    };
    const anasDialog = await join(page, shell.url, invite, 'Portátil de Ana');
    await expect(anasDialog.getByText(/Ana Ruiz en Ñandú \(administración\)/)).toBeVisible();
    await expectNoViolations(page, 'team dialog, connected (es)');
    await anasDialog
      .getByRole('button', { name: m.team.shareOf.replace('{{name}}', 'Plan compartido') })
      .click();
    await expect(anasDialog.getByText(/^Compartido · cambiado por Ana Ruiz el/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/team-dialog-es.png' });

    // Bo joins on his laptop: the plan comes to his library.
    const bosDialog = await join(bosPage, bosShell.url, boCode, 'Portátil de Bo');
    await expect(bosDialog.getByText(/Bo Chen en Ñandú \(edición\)/)).toBeVisible();
    await bosPage.keyboard.press('Escape');
    await expect(bosPage.getByRole('link', { name: 'Plan compartido' })).toBeVisible();

    // An edit on Ana's laptop shows on Bo's within moments.
    await bosPage.goto(`${bosShell.url}#/plans/${doc.id}/funnel`);
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await expect(page.getByRole('status').filter({ hasText: m.team.state.synced })).toBeVisible();
    const stage = doc.funnel.stages[1]!;
    await planApi(shell)('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'funnel.stage.update', stageId: stage.id, patch: { name: 'Lead cualificado' } },
      ],
    });
    await expect(bosPage.getByText('Lead cualificado').first()).toBeVisible({ timeout: 10_000 });

    // The server goes away; each edits offline: Bo removes a stage, Ana renames it.
    await server.close();
    const other = doc.funnel.stages[2]!;
    await planApi(bosShell)('plans.apply', {
      id: doc.id,
      commands: [{ type: 'funnel.stages.remove', stageIds: [other.id] }],
    });
    await planApi(shell)('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'funnel.stage.update', stageId: other.id, patch: { name: 'Renombrada sin red' } },
      ],
    });
    server = await serve();
    // Bo's removal reaches the server first; then Ana's rename finds no stage.
    await expect
      .poll(async () => (await planApi(bosShell)<{ state: string }>('team.sync', {})).state)
      .toBe('synced');
    await expect
      .poll(async () => (await planApi(shell)<{ state: string }>('team.sync', {})).state)
      .toBe('refused');
    const refused = page.getByRole('button', {
      name: m.team.state.refused_one.replace('{{count}}', '1'),
    });
    await expect(refused).toBeVisible({ timeout: 10_000 });
    await refused.click();
    const list = page.getByRole('dialog', { name: m.team.refused.title });
    await expect(list.getByRole('cell', { name: m.team.refused.gone })).toBeVisible();
    // Said in the names Ana's plan had: the stage she renamed, as she knew it.
    await expect(
      list.getByRole('rowheader', {
        name: m.steps.renameStage
          .replace('{{name}}', other.name)
          .replace('{{to}}', 'Renombrada sin red'),
      }),
    ).toBeVisible();
    await expectNoViolations(page, 'changes not applied (es)');
    await page.screenshot({ path: 'test-results/screens/team-refused-es.png' });
    await list.getByRole('button', { name: /^Marcar/ }).click();
    await expect(list.getByText(m.team.refused.none)).toBeVisible();
    // Both laptops hold the same plan: the stage is gone on each.
    const read = async (target: typeof shell) =>
      (await planApi(target)<{ doc: unknown }>('plans.get', { id: doc.id })).doc;
    expect(await read(shell)).toEqual(await read(bosShell));
  } finally {
    await bosPage.context().close();
    await bosShell.stop();
    removeDataDir(bosShell.dataDir);
    await server.close();
    await notices.close();
    await db.close();
    postgres.stop();
  }
});
