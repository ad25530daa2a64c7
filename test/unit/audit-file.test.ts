import { TEST_NOW } from '../support/clock';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain';
import {
  AUDIT_FILE_VERSION,
  auditFileName,
  parseAuditFile,
  serializeAuditFile,
} from '../../shared/formats/audit-file';
import { readVersionedJson } from '../../shared/formats/versioned';
import { smallBundle } from '../support/small-bundle';

const errorOf = (text: string): string => {
  try {
    parseAuditFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

const fileWith = (edit: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(serializeAuditFile(smallBundle(), 'test', TEST_NOW)) as Record<
    string,
    unknown
  >;
  edit(file);
  return JSON.stringify(file);
};

describe('the audit file', () => {
  it('round-trips a bundle exactly, photo bytes included', () => {
    const bundle = smallBundle();
    const text = serializeAuditFile(bundle, 'test', new Date('2026-05-01T00:00:00Z'));
    const file = JSON.parse(text) as { format: string; version: number; exportedAt: string };
    expect(file).toMatchObject({
      format: 'touchstone-audit',
      version: AUDIT_FILE_VERSION,
      exportedAt: '2026-05-01T00:00:00.000Z',
    });
    expect(parseAuditFile(text)).toEqual(bundle);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const bundle = smallBundle();
    expect(parseAuditFile('\uFEFF' + serializeAuditFile(bundle, 'test', TEST_NOW))).toEqual(bundle);
  });

  it('refuses what is not JSON, not an audit file, or from a newer version, saying which', () => {
    expect(errorOf('{"format": "touchstone-audit", ')).toMatch(/^Audit file: is not valid JSON \(/);
    expect(errorOf('[1, 2, 3]')).toBe('Audit file: is not a Touchstone audit file');
    expect(errorOf('{"format": "something-else", "version": 1}')).toBe(
      'Audit file: is not a Touchstone audit file',
    );
    expect(errorOf('{"format": "touchstone-audit", "version": "one"}')).toBe(
      'Audit file: has no valid format version',
    );
    expect(errorOf('{"format": "touchstone-audit", "version": 7}')).toBe(
      'Audit file: was written by a newer version of Touchstone (format version 7; this version reads up to 3)',
    );
  });

  it('names the record and field that are wrong', () => {
    expect(
      errorOf(fileWith((f) => ((f.promises as Record<string, unknown>[])[0]!.importance = 9))),
    ).toBe('Audit file: promises[0].importance must be between 1 and 5');
    expect(
      errorOf(fileWith((f) => ((f.photos as Record<string, unknown>[])[0]!.dataBase64 = '%%%'))),
    ).toBe(
      'Audit file: photos[0].dataBase64 is not base64: photo “till.png” holds “%” at character 1',
    );
    expect(errorOf(fileWith((f) => delete f.observations))).toBe(
      'Audit file: observations is missing',
    );
  });

  it('refuses duplicated ids, references to records not in the file, and records of another audit', () => {
    expect(
      errorOf(
        fileWith((f) => {
          const promises = f.promises as Record<string, unknown>[];
          promises.push({ ...promises[0]! });
        }),
      ),
    ).toMatch(/^Audit file: promises\[1\]\.id is used twice/);
    expect(errorOf(fileWith((f) => (f.touchpoints = [])))).toMatch(
      /promises\[0\]\.touchpointId refers to touchpoint [0-9a-f-]+, which is not in the audit/,
    );
    expect(
      errorOf(
        fileWith(
          (f) => ((f.stages as Record<string, unknown>[])[0]!.auditId = crypto.randomUUID()),
        ),
      ),
    ).toMatch(/stages\[0\]\.auditId does not match the audit’s id/);
  });

  it('says a duplicated id once, without the follow-on errors of the references it broke', () => {
    interface Rec {
      audit: { id: string };
      stages: { id: string }[];
      touchpoints: { id: string }[];
    }
    // A touchpoint given the stage's id: its promise and action now point to its lost id.
    const touchpoint = fileWith((f) => {
      const file = f as unknown as Rec;
      file.touchpoints[0]!.id = file.stages[0]!.id;
    });
    const stageId = (JSON.parse(touchpoint) as Rec).stages[0]!.id;
    expect(errorOf(touchpoint)).toBe(
      `Audit file: touchpoints[0].id is used twice (${stageId}, first at stages[0].id)`,
    );
    // The audit given a stage's id: every record's auditId now differs from it.
    const audit = fileWith((f) => {
      const file = f as unknown as Rec;
      file.audit.id = file.stages[0]!.id;
    });
    expect(errorOf(audit)).toBe(
      `Audit file: stages[0].id is used twice (${(JSON.parse(audit) as Rec).audit.id}, first at audit.id)`,
    );
  });

  it('says an impossible month once, without a second error about the period’s order', () => {
    expect(
      errorOf(fileWith((f) => ((f.audit as Record<string, unknown>).periodStart = '2026-13-01'))),
    ).toBe('Audit file: audit.periodStart must be a date written YYYY-MM-DD');
    expect(
      errorOf(fileWith((f) => ((f.audit as Record<string, unknown>).periodEnd = '2025-02-30'))),
    ).toBe('Audit file: audit.periodEnd must be a date written YYYY-MM-DD');
    // Two real days in the wrong order are still refused.
    expect(
      errorOf(
        fileWith((f) => {
          Object.assign(f.audit as object, { periodStart: '2026-03-01', periodEnd: '2026-01-01' });
        }),
      ),
    ).toBe('Audit file: audit.periodEnd must not be before the period start');
  });

  it('drops unknown keys, prototype-pollution keys included, without touching Object.prototype', () => {
    const text = fileWith((f) => {
      (f.promises as Record<string, unknown>[])[0]!.extra = 'x';
    }).replace(
      '"statement"',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "statement"',
    );
    const bundle = parseAuditFile(text);
    expect(Object.keys(bundle.promises[0]!)).not.toContain('extra');
    expect(Object.keys(bundle.promises[0]!)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names files after the brand and audit, without characters file systems refuse', () => {
    const bundle = smallBundle();
    bundle.audit.brand = 'A/B: "Co"';
    bundle.audit.name = 'Audit <2026>?';
    expect(auditFileName(bundle)).toBe('A B Co - Audit 2026.touchstone');
  });
});

describe('versioned files', () => {
  const format = {
    subject: 'fieldPack',
    format: 'p',
    currentVersion: 3,
    notThis: 'errors.file.notFieldPack',
  } as const;

  it('are upgraded one version at a time up to the current one', () => {
    const upgrades = {
      1: (f: Record<string, unknown>) => ({ ...f, b: 'added in 2' }),
      2: (f: Record<string, unknown>) => ({ ...f, c: `${String(f.b)} then 3` }),
    };
    expect(readVersionedJson('{"format":"p","version":1,"a":1}', { ...format, upgrades })).toEqual({
      format: 'p',
      version: 3,
      a: 1,
      b: 'added in 2',
      c: 'added in 2 then 3',
    });
  });

  it('are refused when a step of the upgrade is missing', () => {
    expect(() =>
      readVersionedJson('{"format":"p","version":1}', { ...format, upgrades: {} }),
    ).toThrow('Field pack: has format version 1, which this version cannot upgrade');
  });
});
