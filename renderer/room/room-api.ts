import type { ParticipantView, RoomRefusal } from '../../shared/room/room-types';

/** A refusal from the room, or `offline` when it cannot be reached. */
export class RoomCallError extends Error {
  constructor(readonly refusal: RoomRefusal | 'offline') {
    super(refusal);
  }
}

/** Calls the room's own routes; the session travels as its HttpOnly cookie. */
export async function roomCall(path: string, body?: unknown): Promise<ParticipantView> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new RoomCallError('offline');
  }
  const answer = (await response.json().catch(() => null)) as
    ParticipantView | { error: RoomRefusal } | null;
  if (!response.ok || answer === null || 'error' in answer) {
    throw new RoomCallError(answer && 'error' in answer ? answer.error : 'offline');
  }
  return answer;
}

/**
 * Calls `onChange` whenever the room says something changed (the browser reconnects after
 * a drop), and `onClosed` once when the facilitator closes the room.
 */
export function followRoom(onChange: () => void, onClosed: () => void): () => void {
  let source: EventSource | null = null;
  let stopped = false;
  const connect = () => {
    if (stopped) return;
    source = new EventSource('/room/events');
    source.addEventListener('changed', onChange);
    // The browser retries by itself; a fresh read catches up with what was missed.
    source.addEventListener('open', onChange);
    source.addEventListener('closed', () => {
      stopped = true;
      source?.close();
      onClosed();
    });
  };
  connect();
  return () => {
    stopped = true;
    source?.close();
  };
}
