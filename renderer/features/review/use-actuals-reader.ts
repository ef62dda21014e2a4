import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyseRequest, AnalyseResponse } from './actuals-protocol';

export type ReadResult = Extract<AnalyseResponse, { kind: 'read' }>;

export type ReaderState =
  | { status: 'idle' }
  | { status: 'working'; phase: 'reading' | 'counting' }
  | { status: 'unreadable'; problems: Extract<AnalyseResponse, { kind: 'unreadable' }>['problems'] }
  | { status: 'read'; result: ReadResult };

/**
 * A reader started ahead, while the user picks the file: loading the worker's code (parse,
 * compile, the CSV and spreadsheet readers' modules) is done by the time a file is chosen,
 * not after. One at most; taken by the next read.
 */
let spare: Worker | null = null;

function startReader(): Worker {
  return new Worker(new URL('./actuals-worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a reader for the file about to be chosen (the picker is opening). */
export function prepareActualsReader(): void {
  if (spare) return;
  const worker = startReader();
  // A reader that could not load is not kept: the read would wait on it forever, its
  // error already gone by; a new one fails where the read hears it.
  worker.addEventListener('error', () => {
    if (spare === worker) spare = null;
  });
  spare = worker;
}

function takeReader(): Worker {
  const worker = spare ?? startReader();
  spare = null;
  return worker;
}

function releaseSpareReader(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Runs the export reader in a worker: one at a time, cancellable (the worker is ended,
 * so a cancelled read stops at once). The page hands over the chosen file, not its bytes:
 * the worker reads them, so the page's thread neither waits for a 30 MB file to be read nor
 * copies it (the copy and the read's end were a 50–100 ms pause right after choosing it).
 * The same file is read again when the user changes how it is mapped: a reader is started
 * for that once a read is done, and ended with the dialog.
 */
export function useActualsReader() {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<ReaderState>({ status: 'idle' });

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(
    () => () => {
      stop();
      releaseSpareReader();
    },
    [stop],
  );

  const read = useCallback(
    (request: AnalyseRequest) => {
      stop();
      const next = takeReader();
      worker.current = next;
      setState({ status: 'working', phase: 'reading' });
      next.addEventListener('message', (event: MessageEvent<AnalyseResponse>) => {
        const message = event.data;
        if (message.kind === 'progress') {
          setState({ status: 'working', phase: message.phase });
          return;
        }
        setState(
          message.kind === 'read'
            ? { status: 'read', result: message }
            : { status: 'unreadable', problems: message.problems },
        );
        stop();
        prepareActualsReader();
      });
      // A reader that fails (a file it cannot hold) says so instead of counting forever.
      next.addEventListener('error', (event) => {
        event.preventDefault();
        setState({ status: 'unreadable', problems: [{ code: 'unreadable' }] });
        stop();
      });
      next.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, read, cancel };
}
