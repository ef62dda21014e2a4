import { networkInterfaces } from 'node:os';
import { create as createQr } from 'qrcode/lib/core/qrcode.js';
import type { ActivitySetupInput, RoomInfo } from '../../../shared/api/room';
import { DomainError } from '../../../shared/domain/errors';
import { Room } from './room';
import { RoomError } from './room-model';
import { startRoomServer, type RunningRoomServer } from './room-server';

/** The app's own listener: never the room's. */
const APP_ADDRESS = '127.0.0.1';
/** The facilitator's screen hears of changes at most this often: a burst of answers is one. */
const TELL_EVERY_MS = 150;

interface OpenRoom {
  room: Room;
  server: RunningRoomServer;
  planId: string;
}

/**
 * The facilitator's side of the workshop room: at most one room at a time, opened on an
 * address the facilitator picks from this machine's own, closed by the facilitator or when
 * the app quits, never opened by itself.
 */
export class RoomHost {
  private current: OpenRoom | null = null;
  private readonly listeners = new Set<() => void>();
  private telling: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly pageDir: string | null) {}

  /** This machine's local-network addresses (IPv4, not loopback), to open the room on. */
  addresses(): Array<{ address: string; interface: string }> {
    return Object.entries(networkInterfaces()).flatMap(([name, entries]) =>
      (entries ?? [])
        .filter((entry) => entry.family === 'IPv4' && !entry.internal)
        .map((entry) => ({ address: entry.address, interface: name })),
    );
  }

  /** Told of every change in the room, for the facilitator's screen. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async open(planId: string, address: string): Promise<RoomInfo> {
    if (!this.pageDir) {
      throw new DomainError('CONFLICT', 'this build has no participant page', {
        code: 'room.unavailable',
      });
    }
    if (!this.allowed(address)) {
      throw new DomainError('INVALID_INPUT', `${address} is not an address of this computer`, {
        code: 'room.badAddress',
        values: { address },
      });
    }
    await this.close();
    const room = new Room();
    let server: RunningRoomServer;
    try {
      server = await startRoomServer({ room, host: address, pageDir: this.pageDir });
    } catch (error) {
      throw new DomainError('IO', error instanceof Error ? error.message : String(error), {
        code: 'room.cannotListen',
        values: { address },
      });
    }
    room.onChange(() => this.changed());
    this.current = { room, server, planId };
    this.changed();
    return this.info();
  }

  /** Closes the room, if one is open: every phone is told, every later request refused. */
  async close(): Promise<RoomInfo> {
    const open = this.current;
    this.current = null;
    if (open) {
      open.room.close();
      await open.server.close();
      this.changed();
    }
    return this.info();
  }

  info(): RoomInfo {
    const open = this.current;
    if (!open) return CLOSED;
    const status = open.room.status();
    const joinUrl = `${open.server.url}/j/${open.room.joinToken}`;
    return {
      ...status,
      open: true,
      planId: open.planId,
      url: open.server.url,
      joinUrl,
      qr: qrOf(joinUrl),
    };
  }

  /** The open room, or a refusal saying there is none. */
  room(): Room {
    if (!this.current) {
      throw new DomainError('CONFLICT', 'no room is open', { code: 'room.notOpen' });
    }
    return this.current.room;
  }

  start(setup: ActivitySetupInput): void {
    this.room().start(setup);
  }

  /** Any address of this machine but the app's own; a loopback one tries the room here. */
  private allowed(address: string): boolean {
    if (address === APP_ADDRESS) return false;
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) return true;
    return this.addresses().some((entry) => entry.address === address);
  }

  private changed(): void {
    if (this.telling) return;
    this.telling = setTimeout(() => {
      this.telling = null;
      for (const listener of this.listeners) listener();
    }, TELL_EVERY_MS);
  }
}

const CLOSED: RoomInfo = {
  open: false,
  planId: null,
  url: null,
  joinUrl: null,
  code: null,
  qr: null,
  joiningLocked: false,
  participants: [],
  activity: null,
  answered: 0,
  finished: 0,
  answeredByTeam: { marketing: 0, sales: 0, other: 0 },
  assessment: null,
  votes: null,
  ideaCount: 0,
  ideas: null,
};

/** The QR code's modules, computed here so the screen draws it as plain SVG shapes. */
function qrOf(text: string): { size: number; cells: string } {
  const code = createQr(text, { errorCorrectionLevel: 'M' });
  let cells = '';
  for (let i = 0; i < code.modules.data.length; i++) cells += code.modules.data[i] ? '1' : '0';
  return { size: code.modules.size, cells };
}

/** The room's methods of the app's API, answered from the facilitator's machine only. */
export function roomHandlers(host: RoomHost) {
  const answer = (work: () => void) => {
    try {
      work();
    } catch (error) {
      // The room's own refusals, said to the facilitator in the app's terms.
      if (error instanceof RoomError) {
        throw new DomainError('CONFLICT', error.message, {
          code: error.refusal === 'room.noActivity' ? 'room.noActivity' : 'room.notOpen',
        });
      }
      throw error;
    }
    return Promise.resolve(host.info());
  };
  return {
    'room.addresses': () => Promise.resolve({ addresses: host.addresses() }),
    'room.open': (input: { planId: string; address: string }) =>
      host.open(input.planId, input.address),
    'room.status': () => Promise.resolve(host.info()),
    'room.close': () => host.close(),
    'room.joining': (input: { locked?: boolean | undefined; rotate?: boolean | undefined }) =>
      answer(() => {
        const room = host.room();
        if (input.locked !== undefined) room.lockJoining(input.locked);
        if (input.rotate) room.rotate();
      }),
    'room.remove': (input: { participantId: string }) =>
      answer(() => host.room().remove(input.participantId)),
    'room.idea': (input: {
      cardId: string;
      hidden?: boolean | undefined;
      mergeInto?: string | undefined;
    }) =>
      answer(() =>
        host.room().curateIdea(input.cardId, {
          ...(input.hidden !== undefined ? { hidden: input.hidden } : {}),
          ...(input.mergeInto !== undefined ? { mergeInto: input.mergeInto } : {}),
        }),
      ),
    'room.start': (input: { setup: ActivitySetupInput }) => answer(() => host.start(input.setup)),
    'room.activity': (input: { locked?: boolean | undefined; revealed?: boolean | undefined }) =>
      answer(() =>
        host.room().setActivity({
          ...(input.locked !== undefined ? { locked: input.locked } : {}),
          ...(input.revealed !== undefined ? { revealed: input.revealed } : {}),
        }),
      ),
  };
}
