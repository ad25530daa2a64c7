import { toErrorData, type AuditBundle, type ErrorData } from '../../../../shared/domain';
import { buildReport, type ReportOptions, type ReportProgress } from '../../../../shared/report';

/** What the page sends: the audit and the options, without callbacks (they cannot cross). */
export interface BuildRequest {
  bundle: AuditBundle;
  options: Omit<ReportOptions, 'onProgress' | 'yieldControl'>;
}

/** What the worker sends back: progress, then the document or the reason it failed. */
export type BuildMessage =
  | { type: 'progress'; progress: ReportProgress }
  | { type: 'done'; data: Uint8Array<ArrayBuffer> }
  | { type: 'error'; error: ErrorData };

// Builds the Word document off the page's thread, so the window stays responsive on a large audit.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { bundle, options } = event.data;
  buildReport(bundle, {
    ...options,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  })
    .then((data) => scope.postMessage({ type: 'done', data }, [data.buffer]))
    .catch((error: unknown) =>
      // Keys and values cross, not a class: the page says it in the interface language.
      scope.postMessage({ type: 'error', error: toErrorData(error) }),
    );
};
