import { describe, expect, it } from 'vitest';
import { LocalizedError } from '../../shared/domain';
import { fileReadFailure, readTouchstoneFile } from '../../shared/formats/touchstone-file';
import { validAuditFile, validFieldPack, validFieldResults } from '../support/valid-files';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the one reader of Touchstone files', () => {
  it('tells the three kinds by their format marker', () => {
    expect(readTouchstoneFile(bytes(validAuditFile())).kind).toBe('audit');
    expect(readTouchstoneFile(bytes(validFieldPack())).kind).toBe('field-pack');
    expect(readTouchstoneFile(bytes(validFieldResults())).kind).toBe('field-results');
  });

  it('still knows a file whose keys someone reordered, by its format field', () => {
    const { format, ...rest } = JSON.parse(validAuditFile()) as Record<string, unknown>;
    const reordered = JSON.stringify({ ...rest, format }, null, 2);
    expect(reordered.indexOf('"format"')).toBeGreaterThan(400);
    expect(readTouchstoneFile(bytes(reordered)).kind).toBe('audit');
  });

  it('names JSON that is no Touchstone file, and text that is no JSON', () => {
    expect(() => readTouchstoneFile(bytes('{"name":"touchstone"}'))).toThrow(
      'The file: is not a Touchstone file (an audit file, a field pack or a results file)',
    );
    expect(() => readTouchstoneFile(bytes('hello, world'))).toThrow(/^The file: is not valid JSON/);
  });

  it('says why a file could not be read from disk, by the system’s code', () => {
    const failure = (code: string) =>
      fileReadFailure(Object.assign(new Error(`${code}: x`), { code }), 'x.touchstone').message;
    expect(failure('ENOENT')).toBe('Cannot read “x.touchstone”: no such file.');
    expect(failure('EISDIR')).toBe('Cannot read “x.touchstone”: it is not a file.');
    expect(failure('EACCES')).toBe('Cannot read “x.touchstone”: permission denied.');
    expect(failure('EIO')).toBe('Cannot read “x.touchstone”: EIO: x.');
    const own = new LocalizedError('errors.desktop.tooLarge', { name: 'x', size: 2, max: 1 });
    expect(fileReadFailure(own, 'x')).toBe(own);
  });
});
