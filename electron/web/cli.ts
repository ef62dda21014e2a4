import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/domain/errors';
import { warmSchemas } from '../../shared/domain/lazy-schema';
import { resolveDataDir } from '../core/data-dir';
import { openLibrary, type Library } from '../core/library';
import { withReportPrinter } from '../core/report-export';
import { createChromiumPrinter } from './pdf-printer';
import { createWebServer } from './server';

export const DEFAULT_PORT = 4310;

/** Every refusal is one line on stderr and a non-zero exit; nothing is touched. */
function fail(message: string): never {
  process.stderr.write(`smarketing: ${message}\n`);
  process.exit(1);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0–65535, not ${raw}`);
  return port;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        browser: { type: 'string' },
      },
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const port = parsePort(args.port);
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(rendererDir))
    fail(`the renderer is not built (${rendererDir}); run npm run build`);

  const dataDir = resolveDataDir(args['data-dir']);
  let library: Library;
  try {
    library = await openLibrary(dataDir, {
      // The workshop room's participant page, built beside the renderer.
      roomPageDir: fileURLToPath(new URL('../room/', import.meta.url)),
      onUnexpected: (error) =>
        process.stderr.write(
          `smarketing: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
        ),
    });
  } catch (error) {
    fail(error instanceof DomainError || error instanceof Error ? error.message : String(error));
  }

  // 128 random bits per launch: only the page we print the address for can call the API.
  const token = randomBytes(16).toString('hex');
  let appUrl = '';
  const printer = createChromiumPrinter({
    appUrl: () => appUrl,
    browserPath: args.browser ?? process.env['SMARKETING_BROWSER'],
  });
  library.scheduleBackups();
  const dispatch = withReportPrinter(library.dispatchAll, library.plans, printer.print, (id) =>
    library.snapshots.agreedVersion(id),
  );
  const server = createWebServer({ dispatch, rendererDir, token, changes: library.changes });
  server.on('error', (error: NodeJS.ErrnoException) => {
    library.close();
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${port} on 127.0.0.1 is in use; choose another with --port N`
        : `cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`,
    );
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const url = `http://127.0.0.1:${actualPort}/?token=${token}`;
    appUrl = url;
    process.stdout.write(`Smarketing Planner is running at ${url} (data: ${dataDir})\n`);
    // Loaded here, not at start: child_process is a few milliseconds nobody waits for later.
    if (!args['no-open'])
      void import('./open-browser').then(({ openInBrowser }) => openInBrowser(url));
    // The schemas the page's first requests did not need, built while the browser starts.
    void warmSchemas();
  });

  const shutdown = () => {
    void printer.close();
    server.close();
    server.closeAllConnections();
    library.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
