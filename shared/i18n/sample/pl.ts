import { evidence } from './pl/evidence';
import { journey } from './pl/journey';
import { plan } from './pl/plan';
import { promises } from './pl/promises';
import type { SampleTexts } from './localize';

/** The sample audit's texts in Polish, by the English text they translate. */
export const plSample: SampleTexts = { ...journey, ...promises, ...plan, ...evidence };
