import { CHILD_ENTITIES, type AuditBundle } from '../../shared/domain';

/** A bundle with every record's version left out: its content, to compare with another's. */
export function contentOf(bundle: AuditBundle): unknown {
  const strip = <T extends { version: number }>({ version: _v, ...rest }: T) => rest;
  const out: Record<string, unknown> = { audit: strip(bundle.audit) };
  for (const name of CHILD_ENTITIES)
    out[name] = (bundle[name] as { version: number }[]).map(strip);
  return out;
}
