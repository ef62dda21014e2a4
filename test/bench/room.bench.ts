import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoomHost } from '../../electron/core/room/room-host';
import { ASSESSMENT_STATEMENTS } from '../../shared/domain/assessment';
import type { BenchResult } from './harness';

const PARTICIPANTS = 200;
const HOST = '127.0.0.2';

interface Phone {
  cookie: string;
  team: 'marketing' | 'sales' | 'other';
}

/**
 * 200 phones on one room within ten seconds: each joins with the typed code, says who it
 * is, follows the room's notices, answers the twenty statements one tap at a time and then
 * gives its three votes. Measured: each answer's round trip, the notice reaching every phone
 * when the facilitator starts an activity, and the projector (told of changes by the host,
 * as the facilitator's window is, and reading the room then) showing each answer; at the
 * end, every answer and vote is in the room once. The phones run
 * in the same process as the room, so the figures include their own work: a laptop serving
 * real phones does less.
 */
export async function runRoomBenchmark(): Promise<BenchResult[]> {
  const pageDir = mkdtempSync(join(tmpdir(), 'room-bench-'));
  mkdirSync(join(pageDir, 'assets'));
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>room</title>');
  const host = new RoomHost(pageDir);
  const opened = await host.open('bench-plan', HOST);
  const room = host.room();
  const server = { port: Number(new URL(opened.url ?? '').port) };
  const streams: Array<() => void> = [];
  try {
    const started = performance.now();
    const phones: Phone[] = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, i) => {
        const joined = await call(server.port, '/room/join', null, { code: room.joinCode });
        const cookie = joined.cookie ?? '';
        const team = (['marketing', 'sales', 'other'] as const)[i % 3]!;
        await call(server.port, '/room/profile', cookie, { name: `P${i}`, team });
        return { cookie, team };
      }),
    );
    // Every phone follows the room; the notice of the start is timed on each.
    let startAt = 0;
    const noticeMs: number[] = [];
    await Promise.all(
      phones.map((phone) =>
        follow(server.port, phone.cookie, streams, () => {
          if (startAt === 0) return false;
          noticeMs.push(performance.now() - startAt);
          return true;
        }),
      ),
    );
    // The projector reads the room each time the host tells it of a change.
    const answersSentAt: number[] = [];
    const projectorMs: number[] = [];
    let seen = 0;
    const stopProjector = host.onChange(() => {
      const counted = host.info().assessment;
      if (!counted) return;
      let total = 0;
      for (const team of Object.values(counted)) {
        for (const counts of Object.values(team)) total += counts.reduce((a, b) => a + b, 0);
      }
      const now = performance.now();
      for (; seen < Math.min(total, answersSentAt.length); seen++) {
        projectorMs.push(now - (answersSentAt[seen] ?? now));
      }
    });

    startAt = performance.now();
    const assessment = room.start({ kind: 'assessment', anonymous: true });
    room.setActivity({ revealed: true });
    const answerMs: number[] = [];
    await Promise.all(
      phones.map(async (phone, i) => {
        for (const statement of ASSESSMENT_STATEMENTS) {
          const sent = performance.now();
          answersSentAt.push(sent);
          await call(server.port, '/room/answer', phone.cookie, {
            activityId: assessment.id,
            answers: { [statement.id]: 1 + ((i + statement.id.length) % 5) },
          });
          answerMs.push(performance.now() - sent);
        }
      }),
    );
    await sleep(500);
    stopProjector();
    const assessmentCounts: Record<string, Record<string, number[]>> = room.status().assessment ??
    {};
    let answersKept = 0;
    for (const team of Object.values(assessmentCounts)) {
      for (const counts of Object.values(team)) answersKept += counts.reduce((a, b) => a + b, 0);
    }

    const vote = room.start({
      kind: 'vote',
      anonymous: true,
      title: 'First',
      items: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
      votesPerPerson: 3,
      capPerItem: 2,
    });
    await Promise.all(
      phones.map(async (phone, i) => {
        for (const votes of [{ a: 1 }, { a: 2 }, { a: 2, [i % 2 ? 'b' : 'c']: 1 }]) {
          const sent = performance.now();
          await call(server.port, '/room/vote', phone.cookie, { activityId: vote.id, votes });
          answerMs.push(performance.now() - sent);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    room.setActivity({ revealed: true });
    const votesKept = (room.status().votes ?? []).reduce((sum, item) => sum + item.count, 0);
    const exact =
      answersKept === PARTICIPANTS * ASSESSMENT_STATEMENTS.length &&
      votesKept === PARTICIPANTS * 3 &&
      room.status().participants.length === PARTICIPANTS;
    console.log(
      `  room: ${PARTICIPANTS} phones joined, answered ${ASSESSMENT_STATEMENTS.length} statements and voted in ${elapsed.toFixed(1)} s (${answerMs.length} requests); nothing lost: ${exact ? 'yes' : 'NO'}`,
    );
    const p95 = (values: number[]) => percentile(values, 0.95);
    return [
      {
        name: 'room-answer-p95-200-phones',
        subject_ms: percentile(answerMs, 0.5),
        anchor_ms: 200,
        ratio: Math.round((p95(answerMs) / 200) * 1000) / 1000,
        target_ratio: 1,
        subject_p95_ms: p95(answerMs),
        target_p95_ms: 200,
        ok: p95(answerMs) < 200 && exact && elapsed < 10,
      },
      {
        name: 'room-projector-p95-200-phones',
        subject_ms: percentile(projectorMs, 0.5),
        anchor_ms: 1000,
        ratio: Math.round((p95(projectorMs) / 1000) * 1000) / 1000,
        target_ratio: 1,
        subject_p95_ms: p95(projectorMs),
        target_p95_ms: 1000,
        ok: p95(projectorMs) < 1000,
      },
      {
        name: 'room-notice-p95-200-phones',
        subject_ms: percentile(noticeMs, 0.5),
        anchor_ms: 1000,
        ratio: Math.round((p95(noticeMs) / 1000) * 1000) / 1000,
        target_ratio: 1,
        subject_p95_ms: p95(noticeMs),
        target_p95_ms: 1000,
        ok: noticeMs.length >= PARTICIPANTS && p95(noticeMs) < 1000,
      },
    ];
  } finally {
    for (const stop of streams) stop();
    await host.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One request as a phone sends it: same-origin JSON, its cookie. */
function call(
  port: number,
  path: string,
  cookie: string | null,
  body: unknown,
): Promise<{ cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      {
        host: HOST,
        port,
        path,
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          ...(cookie ? { Cookie: cookie } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 400) reject(new Error(`${path}: ${res.statusCode}`));
          const set = res.headers['set-cookie']?.[0];
          resolve({ cookie: set ? (set.split(';')[0] ?? null) : null });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Opens a phone's notice stream; resolves once it is open. */
function follow(
  port: number,
  cookie: string,
  streams: Array<() => void>,
  /** Says whether it timed this notice: each phone times one, the first after the start. */
  onChanged: () => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let told = false;
    const req = request(
      { host: HOST, port, path: '/room/events', headers: { Cookie: cookie } },
      (res) => {
        res.on('data', (chunk: Buffer) => {
          if (!told && chunk.toString().includes('event: changed')) told = onChanged();
        });
        resolve();
      },
    );
    req.on('error', reject);
    req.end();
    streams.push(() => req.destroy());
  });
}
