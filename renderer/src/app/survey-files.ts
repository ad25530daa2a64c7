import i18next from 'i18next';
import type { Audit, Survey } from '../../../shared/domain';
import { auditFileName } from '../../../shared/formats/audit-file';
import { buildSurveyCards } from '../../../shared/survey/cards';
import { writeCodebook } from '../../../shared/survey/codebook';
import { writeLimeSurvey } from '../../../shared/survey/limesurvey';
import { writeXlsForm } from '../../../shared/survey/xlsform';
import { readAuditBundle } from '../db/commands/audits';
import { db } from '../db/db';
import { desktop } from '../platform';

/** The files a saved survey is written as: for the survey tools, and the printed cards. */
export const SURVEY_FILES = ['xlsform', 'limesurvey', 'csv', 'cards'] as const;
export type SurveyFile = (typeof SURVEY_FILES)[number];

const EXTENSION: Record<SurveyFile, string> = {
  xlsform: 'xlsx',
  limesurvey: 'txt',
  csv: 'csv',
  cards: 'docx',
};
const FILTER_NAME: Record<SurveyFile, string> = {
  xlsform: 'XLSForm',
  limesurvey: 'LimeSurvey',
  csv: 'CSV',
  cards: 'Word',
};

/**
 * Writes a saved survey as one of its files (shared/survey/: the same writers as `touchstone
 * survey`) and asks where to save it. Returns the file's name when saved, null when the person
 * cancelled; throws what the writers refuse (cards without an address).
 */
export async function saveSurveyFile(
  audit: Audit,
  survey: Survey,
  file: SurveyFile,
): Promise<string | null> {
  const bundle = await readAuditBundle(db, audit.id);
  let data: Uint8Array<ArrayBuffer>;
  switch (file) {
    case 'xlsform':
      data = new Uint8Array(await writeXlsForm(survey));
      break;
    case 'limesurvey':
      data = new TextEncoder().encode(writeLimeSurvey(survey));
      break;
    case 'csv':
      data = new Uint8Array(writeCodebook(survey, bundle));
      break;
    case 'cards':
      data = new Uint8Array(await buildSurveyCards(survey, bundle));
      break;
  }
  // Named by the survey (its title starts with the brand) and what the file is for.
  const named = {
    ...audit,
    brand: survey.title.slice(0, 90),
    name: i18next.t(`surveys.fileSuffix.${file}`),
  };
  const suggestedName = auditFileName({ audit: named }, EXTENSION[file]);
  const result = await desktop.saveFile({
    suggestedName,
    filters: [{ name: FILTER_NAME[file], extensions: [EXTENSION[file]] }],
    data,
  });
  return result.saved ? (result.path?.split(/[\\/]/).pop() ?? suggestedName) : null;
}
