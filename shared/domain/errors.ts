import type { z } from 'zod';

/** One thing wrong with an input: where (a dotted path) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** Input refused because it breaks the domain's rules; the message names each field. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly subject: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${subject}: ${problems.map(describeProblem).join('; ')}`);
  }
}

/** "importance must be between 1 and 5", or the message alone where there is no field. */
export function describeProblem(p: Problem): string {
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
  return error.issues.slice(0, limit).map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue, input),
  }));
}

/** Whether the input has a value (even null) at the path; zod does not say so itself. */
function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type' && !isPresent(input, issue.path)) return 'is missing';
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Parses with a schema, or throws a ValidationError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(subject, problemsOf(result.error, input));
  return result.data;
}
