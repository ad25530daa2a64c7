// Audit files of any size for the benchmarks, grown from the sample audit so that they
// look like real work: the sample's journey, its promises repeated with numbered variants.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditBundle, BrandPromise } from '../../shared/domain';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';

const root = path.resolve(import.meta.dirname, '../..');

export function sampleBundle(): AuditBundle {
  return parseAuditFile(readFileSync(path.join(root, 'resources/sample-audit.json'), 'utf8'));
}

function uuid(n: number, kind: number): string {
  const hex = (n + 1).toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/** The sample audit with exactly `count` promises and no evidence, plans or photos. */
export function auditWithPromises(count: number, name: string): AuditBundle {
  const sample = sampleBundle();
  const promises: BrandPromise[] = [];
  for (let i = 0; i < count; i++) {
    const model = sample.promises[i % sample.promises.length]!;
    const round = Math.floor(i / sample.promises.length);
    promises.push({
      ...model,
      id: uuid(i, 0xbe0c),
      statement: round === 0 ? model.statement : `${model.statement} (variant ${round + 1})`,
      importance: ((i * 7) % 5) + 1,
      belief: i % 6 === 5 ? null : i % 5,
    });
  }
  return {
    ...sample,
    audit: { ...sample.audit, name },
    promises,
    observations: [],
    visits: [],
    actions: [],
    photos: [],
  };
}

export function auditFileText(bundle: AuditBundle): string {
  return serializeAuditFile(bundle, 'Touchstone benchmark', new Date('2026-01-01T00:00:00Z'));
}
