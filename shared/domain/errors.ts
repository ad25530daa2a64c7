import { createInstance, type TFunction } from 'i18next';
import type { z } from 'zod';
import { en } from '../i18n/en';
import { BASE_OPTIONS } from '../i18n/options';
import type { errors } from '../i18n/en/errors';
import type { ErrorData } from './error-data';
import { issueReason } from './zod-issues';

// Every refusal names a text of the errors catalogue (shared/i18n/en/errors.ts) by key, with
// the values it interpolates. `.message` stays the English text, for Node, the command line
// and logs; the interface shows the same key in its own language (renderer/src/app/error-text.ts).

type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The key of a text of the errors catalogue ("errors.field.between"); plurals by their base. */
export type ErrorKey = Leaves<typeof errors, 'errors.'>;
/** What a refusal can be about: a record of the domain, a file, a backup… */
export type SubjectName = keyof typeof errors.subject;

/** A value put into an error text: as it is, or another catalogue text named by its key. */
export type ErrorValue = string | number | { key: string };
export type ErrorValues = Readonly<Record<string, ErrorValue>>;

/** A reason in words: the catalogue key, its values, and the English text. */
export interface ErrorText {
  key: ErrorKey;
  values?: ErrorValues;
  message: string;
}

/** One thing wrong with an input: where (a dotted path) and what. */
export interface Problem extends ErrorText {
  path: string;
}

let english: TFunction | null = null;

/** The English catalogue's translate function, made once. */
function englishT(): TFunction {
  if (!english) {
    const instance = createInstance();
    // English alone: a worker that refuses something need not load Russian and Polish.
    void instance.init({ ...BASE_OPTIONS, lng: 'en', resources: { en: { translation: en } } });
    english = instance.t;
  }
  return english;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The values of an error text ready to interpolate: texts named by key translated first. */
export function resolveValues(
  values: ErrorValues | undefined,
  t: Translate,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    out[name] = typeof value === 'object' ? t(value.key) : value;
  return out;
}

/** An error text in English, as `.message` carries it. */
export function englishText(key: ErrorKey, values?: ErrorValues): string {
  const t = englishT() as unknown as Translate;
  return t(key, resolveValues(values, t));
}

/** A reason by its catalogue key: "is missing", "must be between 1 and 5"… */
export function reason(key: ErrorKey, values?: ErrorValues): ErrorText {
  return values
    ? { key, values, message: englishText(key, values) }
    : { key, message: englishText(key) };
}

/** A problem at a field (`path`, empty for the whole input) by its catalogue key. */
export function problem(path: string, key: ErrorKey, values?: ErrorValues): Problem {
  return { path, ...reason(key, values) };
}

/** What is wrong with one line of an imported file: each reason, and all of them in English. */
export interface LineProblem {
  line: number;
  reasons: ErrorText[];
  message: string;
}

/** A line's problems, joined into one English message as `.message`. */
export function lineProblem(line: number, reasons: readonly ErrorText[]): LineProblem {
  return { line, reasons: [...reasons], message: reasons.map((r) => r.message).join('; ') };
}

/** A failure whose words come from the errors catalogue; `.message` is the English text. */
export class LocalizedError extends Error {
  override readonly name: string = 'LocalizedError';
  constructor(
    readonly key: ErrorKey,
    readonly values: ErrorValues = {},
    options?: ErrorOptions,
  ) {
    super(englishText(key, values), options);
  }
}

/** Input refused because it breaks the domain's rules; the message names each field. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** What was refused ("Audit file", "Brand promise"…). */
  readonly subject: ErrorText;
  constructor(
    subject: SubjectName | ErrorText,
    readonly problems: readonly Problem[],
  ) {
    const about = typeof subject === 'string' ? reason(`errors.subject.${subject}`) : subject;
    super(`${about.message}: ${problems.map(describeProblem).join('; ')}`);
    this.subject = about;
  }
}

/** "importance must be between 1 and 5", or the message alone where there is no field. */
export function describeProblem(p: Pick<Problem, 'path' | 'message'>): string {
  return p.path ? `${p.path} ${p.message}` : p.message;
}

/** Writes a zod path as people read it: `checklist[2].score`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** The problems of a failed zod parse of `input`, at most `limit` of them. */
export function problemsOf(error: z.ZodError, input: unknown, limit = 20): Problem[] {
  return error.issues.slice(0, limit).map((issue) => {
    const { key, values, path } = issueReason(issue, input);
    return problem(formatPath(path), key, values);
  });
}

/** Parses with a schema, or throws a ValidationError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: SubjectName | ErrorText,
): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(subject, problemsOf(result.error, input));
  return result.data;
}

/** The error that `toErrorData` described, of the same class. */
export function fromErrorData(data: ErrorData): Error {
  switch (data.kind) {
    case 'validation':
      return new ValidationError(data.subject, data.problems);
    case 'localized':
      return new LocalizedError(data.key, data.values);
    default:
      return new Error(data.message);
  }
}
