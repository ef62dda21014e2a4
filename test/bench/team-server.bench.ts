import { randomUUID } from 'node:crypto';
import { TeamDatabase } from '../../server/db/database';
import { createInvite, createTeam } from '../../server/teams';
import type { JoinResponse, PushResponse } from '../../shared/sync/protocol';
import { freePort, startPostgres } from '../helpers/postgres';
import { spawnTeamServer } from '../helpers/team-server';
import { waterfallPlan } from '../helpers/plans';
import type { BenchResult } from './harness';

const TEAMS = 10;
const DEVICES_PER_TEAM = 20;
const PLANS_PER_TEAM = 5;
const SECONDS = 60;

interface Device {
  token: string;
  teamIndex: number;
  nextMutation: number;
  acknowledged: number;
}

/**
 * 200 laptops over 50 plans for a minute against one team server process and PostgreSQL
 * on this machine: each pushes an edit every second or so (as people typing do) and
 * follows the server's notices. Measured: push to acknowledgement, notice latency (from
 * the push that made a change to each other laptop of the team hearing of it), throughput,
 * and that no edit was lost or applied twice.
 */
export async function runTeamServerBenchmark(): Promise<BenchResult[]> {
  const postgres = await startPostgres();
  const db = new TeamDatabase(postgres.url);
  await db.migrate();
  const server = await spawnTeamServer(postgres.url, await freePort());
  const devices: Device[] = [];
  const plans: string[][] = [];
  const streams = new AbortController();
  try {
    for (let team = 0; team < TEAMS; team++) {
      const { teamId, invite } = await createTeam(db, `Team ${team}`, 'Owner');
      const codes = [invite];
      for (let d = 1; d < DEVICES_PER_TEAM; d++) {
        codes.push(await createInvite(db, teamId, `Member ${d}`, 'editor', 1));
      }
      for (const code of codes) {
        const joined = await post<JoinResponse>(server.url, '/v1/join', {
          code,
          deviceName: 'bench',
        });
        devices.push({ token: joined.token, teamIndex: team, nextMutation: 1, acknowledged: 0 });
      }
      const teamPlans = Array.from({ length: PLANS_PER_TEAM }, () => randomUUID());
      plans.push(teamPlans);
      const owner = devices[team * DEVICES_PER_TEAM];
      if (!owner) throw new Error('no owner');
      await post<PushResponse>(
        server.url,
        '/v1/push',
        {
          schemaVersion: 5,
          mutations: teamPlans.map((planId) => ({
            kind: 'share',
            id: owner.nextMutation++,
            planId,
            doc: { ...waterfallPlan('en'), id: planId },
          })),
        },
        owner.token,
      );
    }
    // Each change's push moment, to time its notices on arrival.
    const pushedAt = new Map<string, number>();
    const noticeMs: number[] = [];
    await Promise.all(
      devices.map((device) =>
        follow(server.url, device.token, streams.signal, (notice) => {
          const sent = pushedAt.get(`${notice.planId}:${notice.revision}`);
          if (sent !== undefined) noticeMs.push(performance.now() - sent);
        }),
      ),
    );
    const pushMs: number[] = [];
    let pushes = 0;
    const end = performance.now() + SECONDS * 1000;
    await Promise.all(
      devices.map(async (device) => {
        const teamPlans = plans[device.teamIndex] ?? [];
        while (performance.now() < end) {
          await sleep(500 + Math.random() * 1000);
          const planId = teamPlans[Math.floor(Math.random() * teamPlans.length)] ?? '';
          const id = device.nextMutation++;
          const begin = performance.now();
          const answer = await post<PushResponse>(
            server.url,
            '/v1/push',
            {
              schemaVersion: 5,
              mutations: [
                {
                  kind: 'command',
                  id,
                  planId,
                  baseRevision: 0,
                  command: { type: 'funnel.assumptions.set', patch: { topVolume: id } },
                },
              ],
            },
            device.token,
          );
          const result = answer.results[0];
          if (result?.applied) pushedAt.set(`${planId}:${result.revision}`, begin);
          pushMs.push(performance.now() - begin);
          device.acknowledged = answer.lastMutation;
          pushes++;
        }
      }),
    );
    await sleep(1500);
    streams.abort();
    // Nothing lost, nothing twice: the server holds each edit once, and each plan's revision
    // counts exactly its share and its edits.
    const { rows } = await db.asOwner((client) =>
      client.query<{ changes: number; distinct: number; revisions: number }>(
        `SELECT (SELECT count(*)::int FROM plan_changes) AS changes,
                (SELECT count(DISTINCT (device_id, mutation))::int FROM plan_changes) AS distinct,
                (SELECT coalesce(sum(revision), 0)::int FROM plans) AS revisions`,
      ),
    );
    const record = rows[0];
    const shares = TEAMS * PLANS_PER_TEAM;
    const exact =
      record !== undefined &&
      record.changes === pushes + shares &&
      record.distinct === record.changes &&
      record.revisions === pushes + shares &&
      devices.every((device) => device.acknowledged === device.nextMutation - 1);
    const p95 = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(
        sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN,
      );
    };
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
    };
    const throughput = Math.round(pushes / SECONDS);
    console.log(
      `  team server: ${devices.length} devices, ${shares} plans, ${SECONDS} s: ${pushes} pushes (${throughput}/s), ${noticeMs.length} notices; nothing lost or doubled: ${exact ? 'yes' : 'NO'}`,
    );
    return [
      {
        name: 'team-push-p95-200-devices',
        subject_ms: median(pushMs),
        anchor_ms: 100,
        ratio: Math.round((p95(pushMs) / 100) * 1000) / 1000,
        target_ratio: 1,
        subject_p95_ms: p95(pushMs),
        target_p95_ms: 100,
        ok: p95(pushMs) < 100 && exact,
      },
      {
        name: 'team-notice-p95-200-devices',
        subject_ms: median(noticeMs),
        anchor_ms: 1000,
        ratio: Math.round((p95(noticeMs) / 1000) * 1000) / 1000,
        target_ratio: 1,
        subject_p95_ms: p95(noticeMs),
        target_p95_ms: 1000,
        ok: p95(noticeMs) < 1000,
      },
    ];
  } finally {
    streams.abort();
    server.kill();
    await db.close();
    postgres.stop();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Opens a device's notice stream; resolves once it is open, then reads it in the background. */
async function follow(
  base: string,
  token: string,
  signal: AbortSignal,
  onNotice: (notice: { planId: string; revision: number }) => void,
): Promise<void> {
  const response = await fetch(`${base}/v1/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no event stream');
  void (async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += decoder.decode(value, { stream: true });
        let at = buffered.indexOf('\n\n');
        while (at >= 0) {
          const event = buffered.slice(0, at);
          buffered = buffered.slice(at + 2);
          const data = /^data: (.+)$/m.exec(event)?.[1];
          if (event.includes('event: changed') && data)
            onNotice(JSON.parse(data) as { planId: string; revision: number });
          at = buffered.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
}
