import type { Survey } from '../domain/survey';

/** The records a deletion takes, by collection, as far as surveys are concerned. */
export interface DeletedRecords {
  promises: ReadonlySet<string>;
  touchpoints: ReadonlySet<string>;
  stages: ReadonlySet<string>;
  channels: ReadonlySet<string>;
}

/**
 * What a survey becomes when records it names are deleted: a deleted promise's question leaves
 * it, and a deleted touchpoint its target; a survey left with no question to ask, or whose
 * target is gone (its stage, its channel, every one of its touchpoints), goes too (null). The
 * survey itself, unchanged, when it names none of them. Answers already imported stay the
 * audit's evidence either way: they are observations of their promises.
 */
export function surveyWithout(survey: Survey, deleted: DeletedRecords): Survey | null {
  const { target } = survey;
  if (target.kind === 'stage' && deleted.stages.has(target.id)) return null;
  if (target.kind === 'channel' && deleted.channels.has(target.id)) return null;
  const ids =
    target.kind === 'touchpoints' ? target.ids.filter((id) => !deleted.touchpoints.has(id)) : [];
  if (target.kind === 'touchpoints' && ids.length === 0) return null;
  const questions = survey.questions.filter((q) => !deleted.promises.has(q.promiseId));
  if (questions.length === 0) return null;
  const targetChanged = target.kind === 'touchpoints' && ids.length < target.ids.length;
  if (!targetChanged && questions.length === survey.questions.length) return survey;
  return {
    ...survey,
    target: targetChanged ? { kind: 'touchpoints', ids } : target,
    questions,
  };
}
