import { ImageRun, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { imageSize } from 'image-size';
import type { Photo } from '../domain';
import { para } from './blocks';
import { TEXT_WIDTH, TEXT_WIDTH_PX } from './context';
import { STYLE } from './styles';

const TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;
const MAX_HEIGHT_PX = 230;
const GUTTER = 240;

/** A photo Word can show, with its size in pixels; null for WebP or bytes that are no image. */
export function photoRun(photo: Photo, maxWidth: number): ImageRun | null {
  const type = TYPES[photo.type as keyof typeof TYPES];
  if (!type) return null;
  let size: { width?: number; height?: number };
  try {
    size = imageSize(photo.data);
  } catch {
    return null;
  }
  if (!size.width || !size.height) return null;
  const scale = Math.min(maxWidth / size.width, MAX_HEIGHT_PX / size.height, 1);
  return new ImageRun({
    type,
    data: photo.data,
    transformation: {
      width: Math.max(1, Math.round(size.width * scale)),
      height: Math.max(1, Math.round(size.height * scale)),
    },
    altText: { name: photo.name || 'photo', description: photo.name },
  });
}

/** Photos two to a row, each with its caption, in a borderless table whose rows stay whole. */
export function photoGrid(items: readonly { photo: Photo; caption: string }[]): Table | null {
  const half = Math.floor((TEXT_WIDTH.portrait - GUTTER) / 2);
  const cells = items.flatMap(({ photo, caption }) => {
    const run = photoRun(photo, Math.floor((TEXT_WIDTH_PX.portrait - 16) / 2));
    if (!run) return [];
    return [
      new TableCell({
        width: { size: half, type: WidthType.DXA },
        children: [
          new Paragraph({ keepNext: true, children: [run] }),
          para(caption, { style: 'Caption' }),
        ],
      }),
    ];
  });
  if (cells.length === 0) return null;
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const right =
      cells[i + 1] ??
      new TableCell({ width: { size: half, type: WidthType.DXA }, children: [new Paragraph({})] });
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cells[i]!,
          new TableCell({
            width: { size: GUTTER, type: WidthType.DXA },
            children: [new Paragraph({})],
          }),
          right,
        ],
      }),
    );
  }
  return new Table({
    style: STYLE.plainTable,
    width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
    columnWidths: [half, GUTTER, TEXT_WIDTH.portrait - half - GUTTER],
    rows,
  });
}
