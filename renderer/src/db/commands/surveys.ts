import Dexie from 'dexie';
import type {
  NpsCounts,
  ResponseTool,
  Survey,
  SurveyImport,
  SurveyVerbatim,
} from '../../../../shared/domain';
import {
  submissionKeyOf,
  surveyImportId,
  type PlannedSurveyObservation,
} from '../../../../shared/fieldwork/survey-import';
import type { SurveyDefinition } from '../../../../shared/survey/definition';
import type { Journal } from '../changes';
import type { TouchstoneDb } from '../schema';
import { createObservations } from './fieldwork';
import {
  auditTables,
  createRecord,
  deleteRecords,
  updateRecord,
  type DeletionSummary,
  type RecordPatch,
} from './records';

// The surveys' commands: a survey saved with its audit and changed (each write raises its
// version, which is the XLSForm's), deleted by the cascade table's rules, and the answers of a
// response export taken in as evidence, each submission once.

/** Saves a survey built from the audit's promises (shared/survey/generate.ts), under its own id. */
export async function createSurvey(
  db: TouchstoneDb,
  auditId: string,
  definition: SurveyDefinition,
  journal?: Journal,
): Promise<Survey> {
  const { id, version: _version, ...fields } = definition;
  return createRecord(db, 'surveys', { ...fields, auditId }, journal, id);
}

/** Changes a survey: its version goes up by one, and so does the form's. */
export async function updateSurvey(
  db: TouchstoneDb,
  id: string,
  patch: RecordPatch<'surveys'>,
  journal?: Journal,
): Promise<Survey> {
  return updateRecord(db, 'surveys', id, patch, journal);
}

/** Deletes surveys; their answers stay the audit's evidence (the cascade table's rule). */
export async function deleteSurveys(
  db: TouchstoneDb,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return deleteRecords(db, 'surveys', ids, journal);
}

/**
 * The submissions an audit already holds, by key (`<survey id>:<submission id>`): those of its
 * keyed observations, read through the external-key index, and those of the open answers kept
 * on its imports.
 */
export async function knownSubmissions(db: TouchstoneDb, auditId: string): Promise<Set<string>> {
  return db.transaction('r', [db.observations, db.surveyImports], async () => {
    const keys = (await db.observations
      .where('[auditId+externalKey]')
      .between([auditId, Dexie.minKey], [auditId, Dexie.maxKey])
      .keys()) as unknown as [string, string][];
    const imports = await db.surveyImports.where('auditId').equals(auditId).toArray();
    const known = new Set(keys.map(([, key]) => submissionKeyOf(key)));
    for (const record of imports)
      for (const v of record.verbatims)
        if (v.externalKey) known.add(submissionKeyOf(v.externalKey));
    return known;
  });
}

/** A response export read against a saved survey, as the survey import planned it. */
export interface ResponsesToTake {
  auditId: string;
  survey: Pick<Survey, 'id'>;
  tool: ResponseTool;
  fileName: string;
  observations: readonly PlannedSurveyObservation[];
  /** Open answers of submissions that rated no promise. */
  verbatims: readonly SurveyVerbatim[];
  nps: NpsCounts | null;
}

/** What taking in a response export added. */
export interface ResponsesTaken {
  submissions: number;
  observations: number;
  verbatims: number;
  record: SurveyImport | null;
}

/**
 * Takes in the answers of a response export, in one transaction: each answer an observation of
 * its promise with its external key, and one import record with the tool, the file, the NPS
 * answers and the open answers that rated no promise. Submissions the audit already holds are
 * left out (checked again here, so two imports of one file at once still add it once); when
 * nothing is new, nothing is written.
 */
export async function takeSurveyResponses(
  db: TouchstoneDb,
  input: ResponsesToTake,
  journal?: Journal,
): Promise<ResponsesTaken> {
  return db.transaction('rw', auditTables(db), async () => {
    const known = await knownSubmissions(db, input.auditId);
    const fresh = (key: string | null) => key === null || !known.has(submissionKeyOf(key));
    const observations = input.observations.filter((o) => fresh(o.externalKey));
    const verbatims = input.verbatims.filter((v) => fresh(v.externalKey));
    const submissions = new Set([
      ...observations.map((o, i) => (o.externalKey ? submissionKeyOf(o.externalKey) : `#${i}`)),
      ...verbatims.map((v, i) => (v.externalKey ? submissionKeyOf(v.externalKey) : `v${i}`)),
    ]).size;
    if (observations.length === 0 && verbatims.length === 0)
      return { submissions: 0, observations: 0, verbatims: 0, record: null };
    // The import's record takes an id derived from its submissions, as its answers do from
    // their keys (createObservations): the same on every laptop (docs/sync.md); one taken
    // already (its evidence deleted since) is not reused.
    const keys = [...observations, ...verbatims].map((o) => o.externalKey);
    const importId = keys.every((k) => k !== null)
      ? surveyImportId(input.auditId, [...new Set(keys.map((k) => submissionKeyOf(k!)))])
      : undefined;
    const importTaken = importId ? await db.surveyImports.get(importId) : undefined;
    if (observations.length > 0)
      await createObservations(
        db,
        observations.map((o) => ({ ...o, auditId: input.auditId, visitId: null, photoIds: [] })),
        journal,
      );
    const record = await createRecord(
      db,
      'surveyImports',
      {
        auditId: input.auditId,
        surveyId: input.survey.id,
        tool: input.tool,
        fileName: input.fileName.slice(0, 260),
        submissions,
        nps: input.nps,
        verbatims: [...verbatims],
      },
      journal,
      importTaken ? undefined : importId,
    );
    return { submissions, observations: observations.length, verbatims: verbatims.length, record };
  });
}
