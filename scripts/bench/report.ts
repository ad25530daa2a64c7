// The Word audit document at audit scale, in Node: shared/report's buildReport on the
// large audit (appendix off) against a bare docx document holding the very same tables,
// cell for cell and word for word, with no styles, shading, widths or charts.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import type { AuditBundle } from '../../shared/domain';
import { buildReport } from '../../shared/report';
import { judge, medianOf, type BenchResult } from './results';

/** The text of every cell of every table of a document.xml, table by table, row by row. */
function tablesOf(documentXml: string): string[][][] {
  const text = (xml: string) =>
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1]!)),
    ),
  );
}

/** A plain document of the given tables: default styles, one paragraph per cell. */
async function bareDocument(tables: string[][][]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: tables.flatMap((rows) => [
          new Table({
            rows: rows.map(
              (cells) =>
                new TableRow({
                  children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
            ),
          }),
          new Paragraph(''),
        ]),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs of each, taken in turn so that both meet the same machine: a single run of either
 * swings by a third with the garbage collector's timing. */
const RUNS = 5;

/** Times the audit document of the large audit, appendix off, against the bare document (medians). */
export async function reportCase(large: AuditBundle): Promise<BenchResult[]> {
  const options = { appendix: false, date: '2026-12-31' } as const;
  // Once to warm up and to learn the tables, then timed.
  let bytes: Uint8Array = await buildReport(large, options);
  const xml = strFromU8(
    unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
  );
  const tables = tablesOf(xml);
  await bareDocument(tables);
  const fulls: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fulls.push(await time(async () => (bytes = await buildReport(large, options))));
    bares.push(await time(() => bareDocument(tables)));
  }
  const full = medianOf(fulls);
  const bare = medianOf(bares);
  const rows = tables.reduce((n, t) => n + t.length, 0);
  console.log(
    `report: ${tables.length} tables, ${rows.toLocaleString('en-US')} rows, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; runs ${fulls.map(Math.round).join(', ')} ms against ${bares.map(Math.round).join(', ')} ms`,
  );
  return [
    judge('Word document, appendix off', full, bare, 'bare docx, same tables', {
      ratio: 2,
      under: 10_000,
    }),
  ];
}
