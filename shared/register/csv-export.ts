import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../domain';
import { writeCsv } from '../formats/csv';
import { CSV_FIELDS, CSV_HEADERS, type CsvKind } from './csv-fields';

export interface RegisterForCsv {
  stages: readonly JourneyStage[];
  channels: readonly Channel[];
  touchpoints: readonly Touchpoint[];
  promises: readonly BrandPromise[];
}

/**
 * The register's touchpoints or promises as CSV (UTF-8 with BOM), in journey order, with
 * headers and coded values that Touchstone's import maps back without help.
 */
export function registerToCsv(kind: CsvKind, register: RegisterForCsv): Uint8Array<ArrayBuffer> {
  const stage = new Map(register.stages.map((s) => [s.id, s]));
  const channel = new Map(register.channels.map((c) => [c.id, c]));
  const touchpoints = [...register.touchpoints].sort(
    (a, b) =>
      (stage.get(a.stageId)?.order ?? 0) - (stage.get(b.stageId)?.order ?? 0) ||
      (channel.get(a.channelId)?.order ?? 0) - (channel.get(b.channelId)?.order ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const header = CSV_FIELDS[kind].map((f) => CSV_HEADERS[f]);
  const place = (tp: Touchpoint) => [
    stage.get(tp.stageId)?.name ?? '',
    channel.get(tp.channelId)?.name ?? '',
    tp.name,
  ];
  if (kind === 'touchpoints') {
    return writeCsv(
      header,
      touchpoints.map((tp) => [...place(tp), tp.department, tp.description]),
    );
  }
  const byTouchpoint = new Map<string, BrandPromise[]>();
  for (const p of register.promises)
    byTouchpoint.set(p.touchpointId, [...(byTouchpoint.get(p.touchpointId) ?? []), p]);
  const rows = touchpoints.flatMap((tp) =>
    (byTouchpoint.get(tp.id) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((p) => [
        ...place(tp),
        p.statement,
        p.source.text,
        p.source.kind ?? '',
        p.customerWording,
        p.kind,
        p.importance,
        p.target?.metric ?? '',
        p.target?.unit ?? '',
        p.target?.direction ?? '',
        p.target?.threshold ?? '',
        p.belief,
      ]),
  );
  return writeCsv(header, rows);
}
