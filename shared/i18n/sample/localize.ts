import type { AuditBundle, Language } from '../../domain';
import { plSample } from './pl';
import { ruSample } from './ru';

/** The sample audit's texts in one language, by the English text they translate. */
export type SampleTexts = Readonly<Record<string, string>>;

/** Russian and Polish texts of the sample audit; English is the generated file itself. */
export const SAMPLE_TEXTS: Record<Exclude<Language, 'en'>, SampleTexts> = {
  ru: ruSample,
  pl: plSample,
};

/**
 * The bundle with every text a reader sees passed through `f`: names, descriptions,
 * statements, target metrics and units, places, scenarios, notes, verbatims and the plan.
 * People's names, the brand and the numbers are left as they are.
 */
function mapTexts(bundle: AuditBundle, f: (text: string) => string): AuditBundle {
  const named = <T extends { name: string; description: string }>(r: T): T => ({
    ...r,
    name: f(r.name),
    description: f(r.description),
  });
  return {
    ...bundle,
    audit: {
      ...bundle.audit,
      name: f(bundle.audit.name),
      scope: f(bundle.audit.scope),
      confidentiality: f(bundle.audit.confidentiality),
    },
    stages: bundle.stages.map(named),
    channels: bundle.channels.map(named),
    touchpoints: bundle.touchpoints.map((t) => ({ ...named(t), department: f(t.department) })),
    promises: bundle.promises.map((p) => ({
      ...p,
      statement: f(p.statement),
      target: p.target ? { ...p.target, metric: f(p.target.metric), unit: f(p.target.unit) } : null,
    })),
    visits: bundle.visits.map((v) => ({
      ...v,
      location: f(v.location),
      scenario: f(v.scenario),
      checklist: v.checklist.map((c) => ({ ...c, note: f(c.note) })),
    })),
    observations: bundle.observations.map((o) => ({
      ...o,
      location: f(o.location),
      note: f(o.note),
      verbatim: f(o.verbatim),
    })),
    actions: bundle.actions.map((a) => ({
      ...a,
      title: f(a.title),
      currentState: { ...a.currentState, description: f(a.currentState.description) },
      futureState: { ...a.futureState, description: f(a.futureState.description) },
      cause: f(a.cause),
      remedy: f(a.remedy),
      prevention: f(a.prevention),
      owner: f(a.owner),
    })),
  };
}

/** Every distinct text of a bundle a reader sees (what a translation of the sample must cover). */
export function readableTexts(bundle: AuditBundle): string[] {
  const texts = new Set<string>();
  mapTexts(bundle, (text) => {
    if (text.trim()) texts.add(text);
    return text;
  });
  return [...texts];
}

/**
 * The sample audit in a language: its texts translated and its report language set to it, so
 * that a newcomer working in Russian or Polish meets a sample in their language. A text
 * without a translation stays as written.
 */
export function localizeSample(bundle: AuditBundle, language: Language): AuditBundle {
  if (language === 'en') return bundle;
  const texts = SAMPLE_TEXTS[language];
  const localized = mapTexts(bundle, (text) => texts[text] ?? text);
  return { ...localized, audit: { ...localized.audit, language } };
}
