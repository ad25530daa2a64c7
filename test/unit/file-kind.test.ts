import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFileKind, FILE_KIND_HEAD_BYTES } from '../../shared/formats/file-kind';
import { validAuditFile, validFieldPack, validFieldResults } from '../support/valid-files';

const fixture = (path: string) => new Uint8Array(readFileSync(join('test/fixtures', path)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('which importer a file belongs to', () => {
  it('tells the three Touchstone files apart by their format marker, whatever their name', () => {
    expect(detectFileKind('Lumen.touchstone', utf8(validAuditFile()))).toEqual({ kind: 'audit' });
    expect(detectFileKind('anna.tspack', utf8(validFieldPack()))).toEqual({ kind: 'field-pack' });
    expect(detectFileKind('anna.tsresults', utf8(validFieldResults()))).toEqual({
      kind: 'field-results',
    });
    // Renamed, or saved as .json: the content decides.
    expect(detectFileKind('results (1).json', utf8(validFieldResults()))).toEqual({
      kind: 'field-results',
    });
    expect(detectFileKind('backup.txt', utf8(validAuditFile()))).toEqual({ kind: 'audit' });
  });

  it('reads only the head of a large file', () => {
    const text = validAuditFile();
    const head = utf8(text).subarray(0, Math.min(FILE_KIND_HEAD_BYTES, 300));
    expect(detectFileKind('big.touchstone', head)).toEqual({ kind: 'audit' });
  });

  it('sends a damaged Touchstone file to its reader by its extension, which says what is wrong', () => {
    expect(detectFileKind('anna.tsresults', utf8('{"broken'))).toEqual({ kind: 'field-results' });
    expect(detectFileKind('Lumen.touchstone', utf8(''))).toEqual({ kind: 'audit' });
    expect(detectFileKind('anna.TSPACK', new Uint8Array([0, 1, 2, 3]))).toEqual({
      kind: 'field-pack',
    });
  });

  it('recognises a register CSV by its header, in any encoding and language', () => {
    for (const path of [
      'csv/promises-utf8-bom-comma.csv',
      'csv/promises-utf8-tab.csv',
      'csv/promises-win1251-semicolon.csv',
    ])
      expect(detectFileKind(path, fixture(path))).toEqual({
        kind: 'register-csv',
        csvKind: 'promises',
      });
    expect(detectFileKind('punkty.csv', fixture('csv/touchpoints-win1250-semicolon.csv'))).toEqual({
      kind: 'register-csv',
      csvKind: 'touchpoints',
    });
    expect(
      detectFileKind(
        'реестр.csv',
        utf8('Этап;Канал;Точка контакта;Обещание\nПокупка;Магазин;Касса;Без очередей\n'),
      ),
    ).toEqual({ kind: 'register-csv', csvKind: 'promises' });
  });

  it('takes any other CSV file for a survey’s answers', () => {
    for (const path of [
      'survey/kobo-checkout.csv',
      'survey/limesurvey-checkout.csv',
      'survey/odk-central-checkout.csv',
    ])
      expect(detectFileKind(path, fixture(path))).toEqual({ kind: 'survey-csv' });
    expect(detectFileKind('answers.csv', utf8('Date,Q1,Comment\n2026-03-01,4,Fine\n'))).toEqual({
      kind: 'survey-csv',
    });
  });

  it('knows nothing else: documents, pictures, other JSON, nameless text', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(detectFileKind('report.docx', zip)).toEqual({ kind: 'unknown' });
    expect(detectFileKind('answers.xlsx', zip)).toEqual({ kind: 'unknown' });
    expect(detectFileKind('photo.png', png)).toEqual({ kind: 'unknown' });
    expect(detectFileKind('package.json', utf8('{"name":"x","version":"1.0.0"}'))).toEqual({
      kind: 'unknown',
    });
    expect(detectFileKind('notes.md', utf8('# Notes\nSome text'))).toEqual({ kind: 'unknown' });
    expect(detectFileKind('empty.csv', utf8(''))).toEqual({ kind: 'unknown' });
  });
});
