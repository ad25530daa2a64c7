import { z } from 'zod';
import {
  LANGUAGES,
  parseOrThrow,
  problem,
  reason,
  PromiseKindSchema,
  PromiseSourceKindSchema,
  TargetDirectionSchema,
  textSchema,
  ValidationError,
  zodMessage,
  type Language,
} from '../domain';
import { RegisterPlanner, type ExistingRegister, type ImportPlan } from '../register/register-plan';

/** What an industry template file says it is; see docs/templates.md. */
export const TEMPLATE_FORMAT = 'touchstone-template';
export const TEMPLATE_VERSION = 1;

/** One text in every language the app speaks. */
function localized(max: number, { required = true }: { required?: boolean } = {}) {
  return z.object(
    Object.fromEntries(LANGUAGES.map((l) => [l, textSchema(max, { required })])) as Record<
      Language,
      ReturnType<typeof textSchema>
    >,
  );
}
export type Localized = Record<Language, string>;

const KeySchema = z
  .string({ error: zodMessage('errors.field.text') })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: zodMessage('errors.field.key') });

const NamedSchema = z.object({ key: KeySchema, name: localized(120) });

const TemplateTouchpointSchema = z.object({
  key: KeySchema,
  stage: KeySchema,
  channel: KeySchema,
  name: localized(200),
  department: localized(200),
  description: localized(4000, { required: false }),
});

const TemplatePromiseSchema = z.object({
  touchpoint: KeySchema,
  statement: localized(10000),
  /** The kind of source only: a template's promises are typical, not any brand's own words. */
  source: PromiseSourceKindSchema,
  kind: PromiseKindSchema,
  importance: z
    .number({ error: zodMessage('errors.field.number') })
    .int({ error: zodMessage('errors.field.wholeNumber') })
    .min(1, { error: zodMessage('errors.field.between', { minimum: 1, maximum: 5 }) })
    .max(5, { error: zodMessage('errors.field.between', { minimum: 1, maximum: 5 }) }),
  target: z
    .object({
      metric: localized(200),
      unit: localized(40, { required: false }),
      direction: TargetDirectionSchema,
      threshold: z.number({ error: zodMessage('errors.field.number') }),
    })
    .nullable(),
});

/**
 * An industry starter set: journey stages, channels, touchpoints and typical promises, each
 * text in English, Russian and Polish. Touchpoints name their stage and channel, and promises
 * their touchpoint, by key; every key must exist and be used once.
 */
export const TemplateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT, { error: zodMessage('errors.template.format') }),
    version: z.literal(TEMPLATE_VERSION, { error: zodMessage('errors.field.exactly') }),
    id: KeySchema,
    industry: localized(80),
    description: localized(400),
    stages: z.array(NamedSchema).min(1, { error: zodMessage('errors.template.noStages') }),
    channels: z.array(NamedSchema).min(1, { error: zodMessage('errors.template.noChannels') }),
    touchpoints: z
      .array(TemplateTouchpointSchema)
      .min(1, { error: zodMessage('errors.template.noTouchpoints') }),
    promises: z
      .array(TemplatePromiseSchema)
      .min(1, { error: zodMessage('errors.template.noPromises') }),
  })
  .superRefine((t, ctx) => {
    const keys = (list: { key: string }[], path: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.key))
          ctx.addIssue({
            code: 'custom',
            path: [path, i, 'key'],
            message: zodMessage('errors.template.repeatsKey', { key: item.key }),
          });
        seen.add(item.key);
      });
      return seen;
    };
    const stages = keys(t.stages, 'stages');
    const channels = keys(t.channels, 'channels');
    const touchpoints = keys(t.touchpoints, 'touchpoints');
    t.touchpoints.forEach((tp, i) => {
      if (!stages.has(tp.stage))
        ctx.addIssue({
          code: 'custom',
          path: ['touchpoints', i, 'stage'],
          message: zodMessage('errors.template.noStage', { key: tp.stage }),
        });
      if (!channels.has(tp.channel))
        ctx.addIssue({
          code: 'custom',
          path: ['touchpoints', i, 'channel'],
          message: zodMessage('errors.template.noChannel', { key: tp.channel }),
        });
    });
    t.promises.forEach((p, i) => {
      if (!touchpoints.has(p.touchpoint))
        ctx.addIssue({
          code: 'custom',
          path: ['promises', i, 'touchpoint'],
          message: zodMessage('errors.template.noTouchpoint', { key: p.touchpoint }),
        });
    });
  });
export type Template = z.infer<typeof TemplateSchema>;

/**
 * What applying a template in one language adds to an audit: everything it does not have
 * yet, matched by name the way CSV import matches (RegisterPlanner). Applying the same
 * template twice adds nothing the second time.
 */
export function planTemplate(
  template: Template,
  language: Language,
  existing: ExistingRegister,
): ImportPlan {
  const planner = new RegisterPlanner(existing);
  const counted = <R extends { id: string } | { index: number }>(ref: R) => {
    if ('id' in ref) planner.alreadyThere();
    return ref;
  };
  const stages = new Map(t(template.stages).map((s) => [s.key, counted(planner.stage(s.name))]));
  const channels = new Map(
    t(template.channels).map((c) => [c.key, counted(planner.channel(c.name))]),
  );
  const touchpoints = new Map(
    template.touchpoints.map((tp) => {
      const { ref, created } = planner.touchpoint({
        stage: stages.get(tp.stage)!,
        channel: channels.get(tp.channel)!,
        name: tp.name[language],
        department: tp.department[language],
        description: tp.description[language],
      });
      if (!created) planner.alreadyThere();
      return [tp.key, ref];
    }),
  );
  for (const p of template.promises)
    planner.promise({
      touchpoint: touchpoints.get(p.touchpoint)!,
      statement: p.statement[language],
      source: { kind: p.source, text: '' },
      customerWording: '',
      kind: p.kind,
      importance: p.importance,
      target: p.target && {
        metric: p.target.metric[language],
        unit: p.target.unit[language],
        direction: p.target.direction,
        threshold: p.target.threshold,
      },
      belief: null,
    });
  return planner.plan;

  function t(list: { key: string; name: Localized }[]) {
    return list.map((item) => ({ key: item.key, name: item.name[language] }));
  }
}

/** Reads a template file's text; a bad file is refused with each problem named. */
export function parseTemplate(text: string, fileName: string): Template {
  const subject = reason('errors.subject.template', { file: fileName });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(subject, [
      problem('', 'errors.template.notJson', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    ]);
  }
  return parseOrThrow(TemplateSchema, json, subject);
}
