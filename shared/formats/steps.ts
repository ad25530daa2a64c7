import { z } from 'zod';
import { problemsOf, ValidationError, type SubjectName } from '../domain/errors';

// Reading a large file in steps. A file of 200,000 observations takes seconds to check; done
// in one call, nothing else can happen meanwhile: no progress drawn, no Cancel heard. The
// readers are generators instead, which yield how far they are between steps and return
// what they read. The command line runs them to the end at once (runSteps); the app pauses
// at each yield, so its window stays alive and a cancel is heard before anything is written.

/**
 * How far a read has come: `read` while the text is decoded and parsed, `check` while its
 * records are checked against their schemas, `done` of `total`.
 */
export type ReadProgress = { step: 'read' } | { step: 'check'; done: number; total: number };

/** A read done in steps: yields its progress between them, returns what it read. */
export type Steps<T> = Generator<ReadProgress, T, void>;

/** Runs a read to its end at once, for callers that show no progress (the command line). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How many records are checked between two reports: some tens of milliseconds of work. */
export const CHECK_CHUNK = 4000;

type Issue = z.core.$ZodIssue;

/** An issue found in a part of the input, placed where that part sits in the whole. */
function placed(issue: Issue, prefix: readonly PropertyKey[], offset = 0): Issue {
  const [first, ...rest] = issue.path;
  const path =
    typeof first === 'number' ? [...prefix, first + offset, ...rest] : [...prefix, ...issue.path];
  return { ...issue, path } as Issue;
}

/** Whether an array field may be checked a slice at a time: it has no rule over its length. */
function sliceable(field: z.ZodType): field is z.ZodArray<z.ZodType> {
  return field instanceof z.ZodArray && (field.def.checks?.length ?? 0) === 0;
}

/**
 * Parses `raw` with an object schema (unknown keys stripped, as zod's default), checking the
 * records of its arrays `chunk` at a time with a report between: the same data as
 * `schema.safeParse(raw)`, or a ValidationError with the same problems in the same order.
 * It stops looking once `limit` problems are found, since no more are shown.
 */
export function* parseInSteps<S extends z.ZodObject>(
  schema: S,
  raw: unknown,
  subject: SubjectName,
  { limit = 20, chunk = CHECK_CHUNK }: { limit?: number; chunk?: number } = {},
): Steps<z.infer<S>> {
  const fail = (issues: Issue[]) =>
    new ValidationError(subject, problemsOf(new z.ZodError(issues), raw, limit));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const whole = schema.safeParse(raw);
    if (!whole.success) throw fail(whole.error.issues);
    return whole.data;
  }
  const input = raw as Record<string, unknown>;
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const sliced = (key: string) => sliceable(shape[key]!) && Array.isArray(input[key]);
  const total = keys.reduce((n, k) => n + (sliced(k) ? (input[k] as unknown[]).length : 0), 0);
  const out: Record<string, unknown> = {};
  const issues: Issue[] = [];
  let done = 0;
  yield { step: 'check', done, total };
  for (const key of keys) {
    if (issues.length >= limit) break;
    const field = shape[key]!;
    const value = input[key];
    if (!sliced(key)) {
      const result = field.safeParse(value);
      if (!result.success) issues.push(...result.error.issues.map((i) => placed(i, [key])));
      else if (key in input || result.data !== undefined) out[key] = result.data;
      continue;
    }
    const records = value as unknown[];
    const parsed: unknown[] = [];
    for (let start = 0; start < records.length && issues.length < limit; start += chunk) {
      const part = records.slice(start, start + chunk);
      const result = field.safeParse(part);
      if (!result.success) issues.push(...result.error.issues.map((i) => placed(i, [key], start)));
      else for (const record of result.data as unknown[]) parsed.push(record);
      done += part.length;
      yield { step: 'check', done, total };
    }
    out[key] = parsed;
  }
  if (issues.length > 0) throw fail(issues);
  return out as z.infer<S>;
}
