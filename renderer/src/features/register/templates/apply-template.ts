import type { Language } from '../../../../../shared/domain';
import type { ExistingRegister } from '../../../../../shared/register/register-plan';
import { planTemplate, type Template } from '../../../../../shared/templates/template';
import type { Journal } from '../../../db/changes';
import type { TouchstoneDb } from '../../../db/schema';
import { applyImportPlan, type ImportCounts } from '../apply-plan';

/** What an audit's register holds, for matching a template or an import against it. */
export async function readRegister(db: TouchstoneDb, auditId: string): Promise<ExistingRegister> {
  const of = <T>(table: 'stages' | 'channels' | 'touchpoints' | 'promises') =>
    db.table<T>(table).where('auditId').equals(auditId).toArray();
  return {
    stages: await of('stages'),
    channels: await of('channels'),
    touchpoints: await of('touchpoints'),
    promises: await of('promises'),
  } as ExistingRegister;
}

/**
 * Adds a template to an audit in one language: whatever the audit lacks, nothing twice.
 * Call it inside one transaction (`undoable`, or the new-audit transaction): it reads what is
 * there and writes in the same transaction, so nothing else can slip in between.
 */
export async function applyTemplate(
  db: TouchstoneDb,
  auditId: string,
  template: Template,
  language: Language,
  journal?: Journal,
): Promise<ImportCounts> {
  const plan = planTemplate(template, language, await readRegister(db, auditId));
  return applyImportPlan(db, auditId, plan, journal);
}
