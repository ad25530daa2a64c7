import fc from 'fast-check';
import { fromByteArray } from 'base64-js';
import iconv from 'iconv-lite';

/**
 * Hostile versions of a valid JSON file, for fuzzing the importers: cut short, a value of
 * the wrong type, a huge string, nesting deep enough to break recursive code, the wrong
 * encoding, a duplicated record id, prototype-pollution keys, flipped bytes, garbage, a
 * photo whose base64 is not base64, or a photo whose bytes are no image of its type.
 * Each says which kind it is, so a failing case is easy to read.
 */

export const HOSTILE_KINDS = [
  'truncated',
  'wrong-type',
  'huge-string',
  'deep-nesting',
  'wrong-encoding',
  'duplicated-id',
  'prototype-keys',
  'flipped-bytes',
  'garbage',
  'bad-base64',
  'not-an-image',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

export interface HostileFile {
  kind: HostileKind;
  /** What was done, for the failure message. */
  how: string;
  bytes: Uint8Array;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const encode = (text: string) => new TextEncoder().encode(text);

/** Every path in a JSON tree, the root included. */
function paths(node: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(node)) node.forEach((child, i) => paths(child, [...at, i], out));
  else if (node && typeof node === 'object')
    for (const [key, child] of Object.entries(node)) paths(child, [...at, key], out);
  return out;
}

function getAt(node: Json, path: Path): Json {
  return path.reduce<Json>((n, key) => (n as Record<string | number, Json>)[key]!, node);
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return copy;
}

const otherValues: Json[] = [null, 0, -1, 1e308, 'text', '', true, [], {}, [1, 'a'], { a: 1 }];

/** The hostile files made from one valid file's text. `reseal` re-signs files that carry a checksum. */
export function hostileFile(
  validText: string,
  reseal: (text: string) => string = (text) => text,
  only?: readonly HostileKind[],
): fc.Arbitrary<HostileFile> {
  const tree = JSON.parse(validText) as Json;
  const all = paths(tree);
  const strings = all.filter((p) => typeof getAt(tree, p) === 'string');
  const objects = all.filter((p) => {
    const v = getAt(tree, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const records = objects.filter(
    (p) => typeof (getAt(tree, p) as { id?: unknown }).id === 'string',
  );
  const listed = records.filter((p) => typeof p.at(-1) === 'number');
  const path = (list: Path[]) => fc.constantFrom(...list);
  const compact = JSON.stringify(tree);
  const file = (kind: HostileKind, how: string, text: string, sealed = true): HostileFile =>
    named({ kind, how, bytes: encode(sealed ? reseal(text) : text) }, text === compact);

  const photos = all.filter((p) => p.at(-1) === 'dataBase64');
  const makers: fc.Arbitrary<HostileFile>[] = [
    fc
      .nat(validText.length - 1)
      .map((n) =>
        file('truncated', `cut at ${n} of ${validText.length}`, validText.slice(0, n), false),
      ),
    fc
      .tuple(
        path(all),
        fc.oneof(
          fc.constantFrom(...otherValues),
          fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
        ),
      )
      .map(([p, value]) =>
        file(
          'wrong-type',
          `${p.join('.')} = ${JSON.stringify(value).slice(0, 60)}`,
          JSON.stringify(setAt(tree, p, value)),
        ),
      ),
    fc
      .tuple(
        path(strings.length > 0 ? strings : all),
        fc.integer({ min: 10_000, max: 400_000 }),
        fc.constantFrom('x', 'я', '😀', '"\\'),
      )
      .map(([p, n, ch]) =>
        file(
          'huge-string',
          `${p.join('.')} is ${n} × ${ch}`,
          JSON.stringify(setAt(tree, p, ch.repeat(n))),
        ),
      ),
    fc
      .tuple(path(all), fc.integer({ min: 65, max: 50_000 }), fc.constantFrom('[', '{"a":'))
      .map(([p, depth, open]) => {
        const close = open === '[' ? ']' : '}';
        const text = JSON.stringify(setAt(tree, p, '\u0000DEEP')).replace(
          '"\\u0000DEEP"',
          `${open.repeat(depth)}1${close.repeat(depth)}`,
        );
        // Not re-sealed: signing it would need the recursion the file is made to break.
        return file(
          'deep-nesting',
          `${p.join('.') || 'root'} nested ${depth} deep with ${open}`,
          text,
          false,
        );
      }),
    fc.constantFrom('utf-16le', 'utf-16be', 'win1251', 'latin1', 'utf-32').map((encoding) => {
      const text = `\uFEFF${validText.replace(/"name": "/, '"name": "Ünïcödé Пример ')}`;
      const bytes =
        encoding === 'utf-32'
          ? new Uint8Array(
              [...text].flatMap((c) => [
                c.codePointAt(0)! & 255,
                (c.codePointAt(0)! >> 8) & 255,
                0,
                0,
              ]),
            )
          : new Uint8Array(iconv.encode(text, encoding));
      return named({ kind: 'wrong-encoding' as const, how: encoding, bytes }, false);
    }),
    fc
      .tuple(
        path(listed.length > 0 ? listed : objects),
        path(records.length > 0 ? records : objects),
        fc.boolean(),
      )
      .map(([from, to, copyWhole]) => {
        const source = getAt(tree, from) as { id: string };
        if (copyWhole) {
          const parentPath = from.slice(0, -1);
          const parent = getAt(tree, parentPath) as Json[];
          return file(
            'duplicated-id',
            `${from.join('.')} appears twice`,
            JSON.stringify(setAt(tree, parentPath, [...parent, source as unknown as Json])),
          );
        }
        return file(
          'duplicated-id',
          `${to.join('.')}.id = ${from.join('.')}.id`,
          JSON.stringify(setAt(tree, [...to, 'id'], source.id)),
        );
      }),
    fc
      .tuple(
        path(objects),
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          '__defineGetter__',
          'hasOwnProperty',
          'toString',
        ),
      )
      .map(([p, key]) => {
        const copy = structuredClone(tree);
        const target = getAt(copy, p) as Record<string, Json>;
        const payload: Json =
          key === 'constructor' ? { prototype: { polluted: true } } : { polluted: true };
        Object.defineProperty(target, key, {
          value: payload,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return file('prototype-keys', `${p.join('.') || 'root'}.${key}`, JSON.stringify(copy));
      }),
    fc
      .array(fc.tuple(fc.nat(validText.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const original = encode(validText);
        const bytes = encode(validText);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const same = bytes.every((b, i) => b === original[i]);
        return named(
          { kind: 'flipped-bytes' as const, how: `${flips.length} byte(s) changed`, bytes },
          same,
        );
      }),
    fc
      .uint8Array({ maxLength: 2000 })
      .map((bytes) =>
        named({ kind: 'garbage' as const, how: `${bytes.length} random bytes`, bytes }, false),
      ),
    // A photo's base64 with a character outside the alphabet, or padded wrongly: it must not
    // be read as other bytes than it says.
    fc
      .tuple(
        path(photos.length > 0 ? photos : strings),
        fc.oneof(
          fc.constantFrom(
            '!!!not base64$$$',
            'iVBO Rw0K',
            'iVBORw0K\n',
            'iVBO-w0_',
            'iVBORw0KGgp=',
            'iVBORx==',
          ),
          fc
            .tuple(
              fc.string({ minLength: 1, maxLength: 3 }).filter((c) => /[^A-Za-z0-9+/=]/.test(c)),
              fc.nat(40),
            )
            .map(([bad, at]) => `iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB`.slice(0, at) + bad),
        ),
      )
      .map(([p, text]) =>
        file(
          'bad-base64',
          `${p.join('.')} = ${JSON.stringify(text)}`,
          JSON.stringify(setAt(tree, p, text)),
        ),
      ),
    // A photo whose bytes are no image, or an image of another type than it declares.
    fc
      .tuple(
        path(photos.length > 0 ? photos : strings),
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }).filter((b) => !isImage(b)),
          fc
            .constantFrom(
              [0xff, 0xd8, 0xff, 0xe0],
              [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
              [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50],
              [0x3c, 0x73, 0x76, 0x67, 0x3e], // <svg>
            )
            .map((b) => new Uint8Array(b)),
        ),
      )
      .map(([p, bytes]) =>
        file(
          'not-an-image',
          `${p.join('.')} holds ${bytes.length} bytes starting ${[...bytes.subarray(0, 4)].join(' ')}`,
          JSON.stringify(setAt(tree, p, fromByteArray(bytes))),
        ),
      ),
  ];
  const chosen = only ? makers.filter((_, i) => only.includes(HOSTILE_KINDS[i]!)) : makers;
  return fc.oneof(...chosen).filter((f) => !unchanged.has(f));
}

/** Whether bytes start with the PNG signature, as the valid files' photos do: no hostile photo, then. */
function isImage(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return png.every((b, i) => bytes[i] === b);
}

// Mutations that happen to change nothing (an id copied onto itself, '' written over '') are
// dropped, so every case is a different file.
const unchanged = new WeakSet<HostileFile>();

/** A case that prints as its kind and what was done, not as a megabyte of bytes. */
function named(file: HostileFile, same: boolean): HostileFile {
  const shown = Object.assign(file, { [fc.toStringMethod]: () => `${file.kind}: ${file.how}` });
  if (same) unchanged.add(shown);
  return shown;
}

/** Whether anything has been added to Object.prototype (or Array.prototype) by a parse. */
export function prototypesPolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    'polluted' in probe ||
    'polluted' in ([] as unknown as Record<string, unknown>) ||
    Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')
  );
}
