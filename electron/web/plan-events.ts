import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlanChanges } from '../core/plan-changes';

/** A comment line now and then keeps idle proxies and the browser from closing the stream. */
const HEARTBEAT_MS = 25_000;

/**
 * `GET /api/events`: the library's plan changes as server-sent events, one
 * `event: plan.changed` with `{planId, revision}` per stored revision, for as long as the
 * tab keeps the request open. Read with fetch (which sends the token header) rather than
 * EventSource (which cannot), so the token never travels in a URL.
 */
export function streamPlanEvents(req: IncomingMessage, res: ServerResponse, changes: PlanChanges) {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  res.write(': connected\n\n');
  const unsubscribe = changes.subscribe((change) => {
    res.write(`event: plan.changed\ndata: ${JSON.stringify(change)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}
