import { fromErrorData, LocalizedError, type AuditBundle } from '../../../../shared/domain';
import type { ReportOptions, ReportProgress } from '../../../../shared/report';
import type { BuildMessage, BuildRequest } from './report.worker';

/** Lets the page redraw between steps when the document is built on its own thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function buildHere(
  bundle: AuditBundle,
  options: BuildRequest['options'],
  onProgress: (progress: ReportProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded only when needed: the builder (docx and its page layout) is large.
  const { buildReport } = await import('../../../../shared/report');
  return buildReport(bundle, { ...options, onProgress, yieldControl: nextFrame });
}

/**
 * Builds the Word document in a Web Worker, reporting progress; where a worker cannot start (a
 * page loaded from disk may not be allowed one), builds it on the page's thread, yielding between
 * steps. The same shared/report code runs either way.
 */
export function buildReportInBackground(
  bundle: AuditBundle,
  options: Omit<ReportOptions, 'onProgress' | 'yieldControl'>,
  onProgress: (progress: ReportProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return buildHere(bundle, options, onProgress);
  }
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    let started = false;
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<BuildMessage>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') {
        finish();
        resolve(message.data);
      } else {
        finish();
        reject(fromErrorData(message.error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // A worker that never ran could not load: build here instead. One that failed midway has said why.
      if (!started) buildHere(bundle, options, onProgress).then(resolve, reject);
      // The browser's own words, if any, stay with the error for the console.
      else reject(new LocalizedError('errors.report.notBuilt', {}, { cause: event.message }));
    };
    worker.postMessage({ bundle, options } satisfies BuildRequest);
  });
}
