import pg from 'pg';
import { CHANGED_CHANNEL } from './sync';

export interface ChangeNotice {
  teamId: string;
  planId: string;
  revision: number;
}

type Listener = (notice: ChangeNotice) => void;

/**
 * Hears every committed change through PostgreSQL's LISTEN, whichever server process made
 * it, and hands it to the devices of its team connected to this process. Holds nothing
 * PostgreSQL does not: a process that restarts misses nothing a pull will not bring.
 */
export class ChangeNotices {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;

  constructor(private readonly url: string) {}

  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANGED_CHANNEL || !message.payload) return;
      const notice = JSON.parse(message.payload) as ChangeNotice;
      for (const listener of this.listeners.get(notice.teamId) ?? []) listener(notice);
    });
    // The database went away (a restart): listen again once it is back. Devices pull when
    // their stream reconnects, so a notice lost meanwhile costs nothing.
    client.on('error', () => void this.restart(client));
    client.on('end', () => void this.restart(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGED_CHANNEL}`);
    this.client = client;
  }

  private async restart(failed: pg.Client): Promise<void> {
    if (this.closed || this.client !== failed) return;
    this.client = null;
    for (let attempt = 0; !this.closed; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 200 * 2 ** attempt)));
      try {
        await this.start();
        // Everyone listening may have missed a change: each device is told to pull.
        for (const [teamId, listeners] of this.listeners) {
          for (const listener of listeners) listener({ teamId, planId: '', revision: 0 });
        }
        return;
      } catch {
        // Not back yet.
      }
    }
  }

  subscribe(teamId: string, listener: Listener): () => void {
    const set = this.listeners.get(teamId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(teamId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(teamId);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
