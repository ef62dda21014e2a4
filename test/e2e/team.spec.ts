import { messages } from '../../shared/i18n';
import { TeamDatabase } from '../../server/db/database';
import { startTeamServer } from '../../server/http';
import { joinLimiter } from '../../server/join-limiter';
import { ChangeNotices } from '../../server/notices';
import { createInvite, createTeam } from '../../server/teams';
import { freePort, startPostgres } from '../helpers/postgres';
import { TcpProxy } from '../helpers/tcp-proxy';
import { expectNoViolations } from './support/axe';
import { removeDataDir, startShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { planApi, planIn } from './support/plan-api';

/**
 * Two laptops (two browser shells, two data folders) share a plan through a team server on
 * a real PostgreSQL: Ana joins and shares it, Bo joins and gets it, an edit of one shows on
 * the other, and a change the server could not apply is shown to its author, with why.
 */
for (const language of ['es', 'en'] as const) {
  test(`two laptops share a plan through the team server (${language})`, async ({
    page,
    shell,
    browser,
  }) => {
    test.setTimeout(180_000);
    const m = messages[language];
    const connected = (member: string, role: 'owner' | 'editor') =>
      m.team.connected
        .replace('{{member}}', member)
        .replace('{{team}}', 'Ñandú')
        .replace('{{role}}', m.team.roles[role])
        .replace(' · {{server}}', '');
    const postgres = await startPostgres();
    const db = new TeamDatabase(postgres.url);
    await db.migrate();
    const notices = new ChangeNotices(postgres.url);
    await notices.start();
    const port = await freePort();
    const serve = async () =>
      startTeamServer({ db, notices, joinLimiter: await joinLimiter(db), host: '127.0.0.1', port });
    const server = await serve();
    // Ana's laptop reaches the server through a proxy the test cuts: her network goes.
    const anasNetwork = await TcpProxy.start({ host: '127.0.0.1', port });
    const { teamId, invite } = await createTeam(db, 'Ñandú', 'Ana Ruiz');
    const boCode = await createInvite(db, teamId, 'Bo Chen', 'editor', 7);
    const bosShell = await startShell();
    const bosPage = await (
      await browser.newContext({ viewport: { width: 1280, height: 720 } })
    ).newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      const { doc } = await planIn(shell, language, {
        name: 'Plan compartido',
        template: 'waterfall',
      });
      await planApi(bosShell)('settings.set', { language });

      // Ana joins, typing as people type, and shares her plan.
      const join = async (
        target: typeof page,
        url: string,
        code: string,
        device: string,
        address: string,
      ) => {
        await target.goto(url);
        await target.getByRole('button', { name: m.team.open, exact: true }).click();
        const dialog = target.getByRole('dialog', { name: m.team.title });
        await dialog.getByLabel(m.team.server).pressSequentially(address);
        await dialog.getByLabel(m.team.code).pressSequentially(code.toLowerCase());
        await dialog.getByLabel(m.team.deviceName).pressSequentially(device);
        await dialog.getByRole('button', { name: m.team.connect }).click();
        return dialog;
      };
      const anasDialog = await join(page, shell.url, invite, 'Portátil de Ana', anasNetwork.url);
      await expect(anasDialog.getByText(connected('Ana Ruiz', 'owner'))).toBeVisible();
      await expectNoViolations(page, `team dialog, connected (${language})`);
      await anasDialog
        .getByRole('button', { name: m.team.shareOf.replace('{{name}}', 'Plan compartido') })
        .click();
      await expect(
        anasDialog.getByText(m.team.sharedBy.split('{{who}}')[0] + 'Ana Ruiz', { exact: false }),
      ).toBeVisible();
      await page.screenshot({ path: `test-results/screens/team-dialog-${language}.png` });

      // Bo joins on his laptop: the plan comes to his library.
      const bosDialog = await join(bosPage, bosShell.url, boCode, 'Portátil de Bo', server.url);
      await expect(bosDialog.getByText(connected('Bo Chen', 'editor'))).toBeVisible();
      await bosPage.keyboard.press('Escape');
      await expect(bosPage.getByRole('link', { name: 'Plan compartido' })).toBeVisible();
      // A plan Ana shares later appears in Bo's open library by itself.
      const later = await planIn(shell, language, { name: 'Segundo plan' });
      await planApi(shell)('team.share', { id: later.doc.id });
      await expect(bosPage.getByRole('link', { name: 'Segundo plan' })).toBeVisible({
        timeout: 10_000,
      });

      // A template Ana keeps is shared with the team from her library; Bo, in his, sees who
      // shared it and takes a copy of his own.
      await planApi(shell)('templates.save', {
        planId: doc.id,
        name: 'Método Ñandú',
        description: '',
        language,
        parts: ['funnel'],
      });
      await page.goto(shell.url);
      await page.getByRole('tab', { name: m.templates.tab }).click();
      await page
        .getByRole('button', {
          name: m.templates.team.shareNamed.replace('{{name}}', 'Método Ñandú'),
        })
        .click();
      await expect(
        page.getByText(m.templates.team.sharedDone.replace('{{name}}', 'Método Ñandú')),
      ).toBeVisible();
      await bosPage.getByRole('tab', { name: m.templates.tab }).click();
      const take = bosPage.getByRole('button', {
        name: m.templates.team.takeNamed
          .replace('{{name}}', 'Método Ñandú')
          .replace('{{author}}', 'Ana Ruiz'),
      });
      await expect(take).toBeVisible();
      await expectNoViolations(bosPage, `the team's templates (${language})`);
      await take.click();
      await expect
        .poll(async () =>
          (
            await planApi(bosShell)<{ templates: Array<{ name: string }> }>('templates.list', {})
          ).templates.map((t) => t.name),
        )
        .toEqual(['Método Ñandú']);
      await bosPage.getByRole('tab', { name: m.library.active }).click();

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

      // Ana's network goes; offline she renames a stage that Bo, online, removes.
      await anasNetwork.cut();
      const other = doc.funnel.stages[2]!;
      await planApi(shell)('plans.apply', {
        id: doc.id,
        commands: [
          { type: 'funnel.stage.update', stageId: other.id, patch: { name: 'Renombrada sin red' } },
        ],
      });
      await expect(page.getByRole('status').filter({ hasText: m.team.state.offline })).toBeVisible({
        timeout: 10_000,
      });
      await planApi(bosShell)('plans.apply', {
        id: doc.id,
        commands: [{ type: 'funnel.stages.remove', stageIds: [other.id] }],
      });
      await expect
        .poll(async () => (await planApi(bosShell)<{ state: string }>('team.sync', {})).state)
        .toBe('synced');
      // Back online, Ana's rename reaches the server after the removal: it no longer fits.
      await anasNetwork.restore();
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
      await expectNoViolations(page, `changes not applied (${language})`);
      await page.screenshot({ path: `test-results/screens/team-refused-${language}.png` });
      await list
        .getByRole('button', {
          // "Mark “…” as seen" / "Marcar «…» como visto": the words before the change.
          name: new RegExp(`^${(m.team.refused.dismissOf.split(/[«“]/)[0] ?? '').trim()}`),
        })
        .click();
      await expect(list.getByText(m.team.refused.none)).toBeVisible();
      // Both laptops hold the same plan: the stage is gone on each.
      const read = async (target: typeof shell) =>
        (await planApi(target)<{ doc: unknown }>('plans.get', { id: doc.id })).doc;
      expect(await read(shell)).toEqual(await read(bosShell));
      await page.keyboard.press('Escape');

      // Ana changes the volume, Bo a stage's name after: Ana's undo takes back hers alone,
      // on both laptops, and Bo's edit stands.
      type Funnel = {
        doc: {
          funnel: { assumptions: { topVolume: number }; stages: Array<{ name: string }> };
        };
      };
      const funnelOf = async (target: typeof shell) =>
        (await planApi(target)<Funnel>('plans.get', { id: doc.id })).doc.funnel;
      const volume = (await funnelOf(shell)).assumptions.topVolume;
      await planApi(shell)('plans.apply', {
        id: doc.id,
        commands: [{ type: 'funnel.assumptions.set', patch: { topVolume: volume + 600 } }],
      });
      await expect
        .poll(async () => (await funnelOf(bosShell)).assumptions.topVolume, { timeout: 10_000 })
        .toBe(volume + 600);
      await planApi(bosShell)('plans.apply', {
        id: doc.id,
        commands: [
          {
            type: 'funnel.stage.update',
            stageId: doc.funnel.stages[0]!.id,
            patch: { name: 'Visita web' },
          },
        ],
      });
      await expect
        .poll(async () => (await funnelOf(shell)).stages[0]?.name, { timeout: 10_000 })
        .toBe('Visita web');
      await page
        .getByRole('toolbar')
        .getByRole('button', { name: new RegExp(`^${m.workspace.undo}(: |$)`) })
        .click();
      await expect
        .poll(async () => (await funnelOf(bosShell)).assumptions.topVolume, { timeout: 10_000 })
        .toBe(volume);
      expect((await funnelOf(bosShell)).stages[0]?.name).toBe('Visita web');

      // Bo leaves the team: asked first, his copy of the plan stays in his library.
      await bosPage.goto(bosShell.url);
      await bosPage.getByRole('button', { name: m.team.open, exact: true }).click();
      await bosPage.getByRole('button', { name: m.team.leave.open }).click();
      const confirm = bosPage.getByRole('alertdialog', {
        name: m.team.leave.title.replace('{{team}}', 'Ñandú'),
      });
      await expect(confirm).toContainText(m.team.leave.body_other.replace('{{count}}', '2'));
      await expectNoViolations(bosPage, `leaving the team (${language})`);
      await bosPage.screenshot({ path: `test-results/screens/team-leave-${language}.png` });
      await confirm.getByRole('button', { name: m.team.leave.confirm }).click();
      await expect(bosPage.getByText(m.team.leave.done.replace('{{team}}', 'Ñandú'))).toBeVisible();
      await expect(bosPage.getByLabel(m.team.code)).toBeVisible();
      await bosPage.keyboard.press('Escape');
      await expect(bosPage.getByRole('link', { name: 'Plan compartido' })).toBeVisible();
      expect((await funnelOf(bosShell)).stages[0]?.name).toBe('Visita web');
    } finally {
      await bosPage.context().close();
      await bosShell.stop();
      removeDataDir(bosShell.dataDir);
      await anasNetwork.cut();
      await server.close();
      await notices.close();
      await db.close();
      postgres.stop();
    }
  });
}
