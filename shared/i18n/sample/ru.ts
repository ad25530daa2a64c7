import { evidence } from './ru/evidence';
import { journey } from './ru/journey';
import { plan } from './ru/plan';
import { promises } from './ru/promises';
import type { SampleTexts } from './localize';

/** The sample audit's texts in Russian, by the English text they translate. */
export const ruSample: SampleTexts = { ...journey, ...promises, ...plan, ...evidence };
