import type { AuditBundle } from '../../../shared/domain';
import { generateSurvey, type SurveyOptions } from '../../../shared/survey/generate';
import { sampleBundle } from '../report-docx';

/** The sample audit's checkout touchpoint, as the surveys of these tests ask about it. */
export const CHECKOUT = 'Store checkout and payment';
export const SURVEY_ID = '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a60';
export const ADDRESS = 'https://survey.example.com/lumen/checkout?src=card';

/** A touchpoint of a bundle by name. */
export function touchpointNamed(bundle: AuditBundle, name: string) {
  const found = bundle.touchpoints.find((t) => t.name === name);
  if (!found) throw new Error(`no touchpoint ${name}`);
  return found;
}

/** A survey of the sample audit's checkout touchpoint, with the address of its cards. */
export function checkoutSurvey(options: Partial<SurveyOptions> = {}, bundle = sampleBundle()) {
  return generateSurvey(bundle, {
    id: SURVEY_ID,
    target: { kind: 'touchpoints', ids: [touchpointNamed(bundle, CHECKOUT).id] },
    address: ADDRESS,
    ...options,
  });
}
