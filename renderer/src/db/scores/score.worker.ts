// The scoring worker: holds the audit's scoring input, applies the changes the screen sends,
// and answers with the scores, so that 200,000 observations are scored off the main thread.
import { toErrorData } from '../../../../shared/domain/error-data';
import { ScoreState } from './score-state';
import type { ScoreReply, ScoreRequest } from './score-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null;
  postMessage: (reply: ScoreReply) => void;
};

const state = new ScoreState();
let scheduled = false;

function compute() {
  scheduled = false;
  const version = state.version;
  try {
    const scores = state.score();
    if (scores) scope.postMessage({ version, scores });
  } catch (error) {
    scope.postMessage({ version, error: toErrorData(error) });
  }
}

scope.onmessage = ({ data }) => {
  state.apply(data);
  // Changes that arrive together are scored once.
  if (!scheduled) {
    scheduled = true;
    setTimeout(compute, 0);
  }
};
