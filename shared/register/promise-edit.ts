import {
  reason,
  PROMISE_KINDS,
  PROMISE_SOURCE_KINDS,
  TARGET_DIRECTIONS,
  type BrandPromise,
  type ErrorKey,
  type ErrorText,
  type PromiseSourceKind,
  type PromiseTarget,
  NO_SOURCE,
} from '../domain';
import { sourceKindNamed } from './source-kind';

/** The editable columns of the promises table. Stage and channel follow the touchpoint. */
export const PROMISE_FIELDS = [
  'statement',
  'touchpoint',
  'source',
  'sourceText',
  'customerWording',
  'kind',
  'importance',
  'metric',
  'unit',
  'direction',
  'threshold',
  'belief',
] as const;
export type PromiseField = (typeof PROMISE_FIELDS)[number];

export type PromisePatch = Partial<
  Pick<
    BrandPromise,
    | 'statement'
    | 'touchpointId'
    | 'source'
    | 'customerWording'
    | 'kind'
    | 'importance'
    | 'target'
    | 'belief'
  >
>;

/** An edit that cannot be made, with the reason in words. */
export type EditResult = { ok: true; patch: PromisePatch } | ({ ok: false } & ErrorText);

const refuse = (key: ErrorKey, values?: ErrorText['values']): EditResult => ({
  ok: false,
  ...reason(key, values),
});

/** Reads a number written with a dot or a comma as the decimal mark; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

function wholeIn(text: string, min: number, max: number): number | null {
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

const NEW_TARGET: Omit<PromiseTarget, 'metric'> = { unit: '', direction: 'at-most', threshold: 0 };

/**
 * Turns what a person typed into one cell into a change of the promise, or says why not.
 * Text comes as typed; enumerations come as their codes; an empty belief clears it; an
 * empty target metric removes the target; an empty source kind means nobody has said. A
 * source's words that name a kind set it while none is chosen (shared/register/source-kind.ts).
 */
export function patchForEdit(
  promise: Pick<BrandPromise, 'target' | 'source'>,
  field: PromiseField,
  input: string,
): EditResult {
  const text = input.trim();
  switch (field) {
    case 'statement':
      return text ? { ok: true, patch: { statement: text } } : refuse('errors.edit.statement');
    case 'touchpoint':
      return text ? { ok: true, patch: { touchpointId: text } } : refuse('errors.edit.touchpoint');
    case 'source':
      if (!text) return { ok: true, patch: { source: { ...promise.source, kind: null } } };
      return (PROMISE_SOURCE_KINDS as readonly string[]).includes(text)
        ? {
            ok: true,
            patch: { source: { ...promise.source, kind: text as PromiseSourceKind } },
          }
        : refuse('errors.edit.source', { values: PROMISE_SOURCE_KINDS.join(', ') });
    case 'sourceText':
      return {
        ok: true,
        patch: {
          source: {
            kind: promise.source.kind ?? (text ? (sourceKindNamed(text)?.kind ?? null) : null),
            text,
          },
        },
      };
    case 'customerWording':
      return { ok: true, patch: { customerWording: text } };
    case 'kind':
      return (PROMISE_KINDS as readonly string[]).includes(text)
        ? { ok: true, patch: { kind: text as BrandPromise['kind'] } }
        : refuse('errors.edit.kind');
    case 'importance': {
      const value = wholeIn(text, 1, 5);
      return value === null
        ? refuse('errors.edit.importance')
        : { ok: true, patch: { importance: value } };
    }
    case 'belief': {
      if (!text) return { ok: true, patch: { belief: null } };
      const value = wholeIn(text, 0, 4);
      return value === null ? refuse('errors.edit.belief') : { ok: true, patch: { belief: value } };
    }
    case 'metric':
      if (!text) return { ok: true, patch: { target: null } };
      return { ok: true, patch: { target: { ...(promise.target ?? NEW_TARGET), metric: text } } };
    case 'unit':
    case 'direction':
    case 'threshold': {
      if (!promise.target) return refuse('errors.edit.metricFirst');
      if (field === 'unit')
        return { ok: true, patch: { target: { ...promise.target, unit: text } } };
      if (field === 'direction') {
        return (TARGET_DIRECTIONS as readonly string[]).includes(text)
          ? {
              ok: true,
              patch: {
                target: { ...promise.target, direction: text as PromiseTarget['direction'] },
              },
            }
          : refuse('errors.edit.direction');
      }
      const value = parseDecimal(text);
      return value === null
        ? refuse('errors.edit.threshold')
        : { ok: true, patch: { target: { ...promise.target, threshold: value } } };
    }
  }
}

/** The value a cell editor starts from. */
export function editValue(promise: BrandPromise, field: PromiseField): string {
  switch (field) {
    case 'statement':
      return promise.statement;
    case 'touchpoint':
      return promise.touchpointId;
    case 'source':
      return promise.source.kind ?? '';
    case 'sourceText':
      return promise.source.text;
    case 'customerWording':
      return promise.customerWording;
    case 'kind':
      return promise.kind;
    case 'importance':
      return String(promise.importance);
    case 'belief':
      return promise.belief === null ? '' : String(promise.belief);
    case 'metric':
      return promise.target?.metric ?? '';
    case 'unit':
      return promise.target?.unit ?? '';
    case 'direction':
      return promise.target?.direction ?? 'at-most';
    case 'threshold':
      return promise.target ? String(promise.target.threshold) : '';
  }
}

/** A new promise's defaults: the team fills in the rest in the table. */
export function newPromiseDefaults(): Pick<
  BrandPromise,
  'source' | 'customerWording' | 'kind' | 'importance' | 'target' | 'belief'
> {
  return {
    source: NO_SOURCE,
    customerWording: '',
    kind: 'functional',
    importance: 3,
    target: null,
    belief: null,
  };
}
