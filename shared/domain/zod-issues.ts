import type { z } from 'zod';
import type { ErrorKey } from './errors';

// A zod issue in the words of the errors catalogue. A schema names its own text with
// `zodMessage(key, values)`; an issue without one is named by its code, and the bounds,
// expected values and unknown keys the issue carries become the text's values.

type Values = Record<string, string | number>;
type Issue = z.core.$ZodIssue;

const ENCODED = /^(errors\.[\w.]+)(?: (\{.*\}))?$/s;

/**
 * The `error` of a zod check, naming a text of the errors catalogue, with the values the
 * issue itself does not carry ("between {{minimum}} and {{maximum}}" on a `.min()` check).
 */
export function zodMessage(key: ErrorKey, values?: Values): string {
  return values ? `${key} ${JSON.stringify(values)}` : key;
}

function decode(message: string): { key: ErrorKey; values: Values } | null {
  const match = ENCODED.exec(message);
  if (!match) return null;
  let values: Values = {};
  try {
    if (match[2]) values = JSON.parse(match[2]) as Values;
  } catch {
    values = {};
  }
  return { key: match[1] as ErrorKey, values };
}

/** Whether the input has a value (even null) at the path; zod does not say so itself. */
function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = input;
  for (const key of path) {
    if (
      typeof node !== 'object' ||
      node === null ||
      !Object.prototype.hasOwnProperty.call(node, key)
    )
      return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** What an issue says in numbers and names, for the text to interpolate. */
function valuesOf(issue: Issue): Values {
  switch (issue.code) {
    case 'too_small':
      return { minimum: Number(issue.minimum), count: Number(issue.minimum) };
    case 'too_big':
      return { maximum: Number(issue.maximum), count: Number(issue.maximum) };
    case 'invalid_value':
      return {
        values: list(issue.values),
        first: String(issue.values[0]),
        second: String(issue.values[1]),
        expected: String(issue.values[0]),
      };
    case 'not_multiple_of':
      return { divisor: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { keys: issue.keys.join(', '), count: issue.keys.length };
    case 'invalid_type':
      return { expected: issue.expected };
    case 'invalid_format':
      return { format: issue.format };
    default:
      return {};
  }
}

const TYPE_KEYS: Partial<Record<string, ErrorKey>> = {
  string: 'errors.field.text',
  number: 'errors.field.number',
  bigint: 'errors.field.number',
  int: 'errors.field.wholeNumber',
  boolean: 'errors.field.boolean',
  array: 'errors.field.list',
  object: 'errors.field.object',
};

const FORMAT_KEYS: Partial<Record<string, ErrorKey>> = {
  uuid: 'errors.field.uuid',
  guid: 'errors.field.uuid',
  datetime: 'errors.field.dateTime',
  date: 'errors.field.date',
  base64: 'errors.field.base64',
};

/** The catalogue text for an issue no schema named: by its code and what it bounds. */
function keyOf(issue: Issue): ErrorKey {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_KEYS[issue.expected] ?? 'errors.field.wrongType';
    case 'too_small':
      if (issue.origin === 'string')
        return issue.exact ? 'errors.field.exactLength' : 'errors.field.minLength';
      if (issue.origin === 'array' || issue.origin === 'set')
        return issue.exact ? 'errors.field.exactItems' : 'errors.field.minItems';
      return issue.inclusive === false ? 'errors.field.above' : 'errors.field.atLeast';
    case 'too_big':
      if (issue.origin === 'string')
        return issue.exact ? 'errors.field.exactLength' : 'errors.field.maxLength';
      if (issue.origin === 'array' || issue.origin === 'set')
        return issue.exact ? 'errors.field.exactItems' : 'errors.field.maxItems';
      return issue.inclusive === false ? 'errors.field.below' : 'errors.field.atMost';
    case 'invalid_format':
      return FORMAT_KEYS[issue.format] ?? 'errors.field.format';
    case 'not_multiple_of':
      return 'errors.field.multipleOf';
    case 'invalid_value':
      return issue.values.length === 1
        ? 'errors.field.exactly'
        : issue.values.length === 2
          ? 'errors.field.either'
          : 'errors.field.oneOf';
    case 'unrecognized_keys':
      return 'errors.field.unknownFields';
    default:
      return 'errors.field.invalid';
  }
}

/** The issue that says most about a failed union: the first from a branch of the right type. */
function unionIssue(issue: Extract<Issue, { code: 'invalid_union' }>): Issue | null {
  const branch = issue.errors.find((b) => b.length > 0 && b[0]!.code !== 'invalid_type');
  return branch?.[0] ?? null;
}

/** A zod issue as a catalogue key, its values, and the path of the field it is about. */
export function issueReason(
  issue: Issue,
  input: unknown,
): { key: ErrorKey; values: Values; path: PropertyKey[] } {
  const path = [...issue.path];
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && !isPresent(input, path))
    return { key: 'errors.field.missing', values: {}, path };
  if (issue.code === 'invalid_union') {
    const inner = unionIssue(issue);
    if (inner) {
      const found = issueReason({ ...inner, path: [...path, ...inner.path] } as Issue, input);
      return found;
    }
  }
  if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues[0]) {
    const inner = issue.issues[0];
    return issueReason({ ...inner, path: [...path, ...inner.path] } as Issue, input);
  }
  const values = valuesOf(issue);
  const named = decode(issue.message);
  if (named) return { key: named.key, values: { ...values, ...named.values }, path };
  return { key: keyOf(issue), values, path };
}
