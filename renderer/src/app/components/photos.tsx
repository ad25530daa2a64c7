import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { photoBytesProblem, type ErrorText, type PhotoType } from '../../../../shared/domain';
import { db } from '../../db/db';
import { addPhoto, photoProblem } from '../../db/commands/fieldwork';
import type { Journal } from '../../db/changes';

/** A photo's bytes as an object URL for an <img>, released when no longer shown. */
function usePhotoUrl(photoId: string): { url: string | null; name: string } {
  const photo = useLiveQuery(() => db.photos.get(photoId), [photoId]);
  const url = useMemo(
    () => (photo ? URL.createObjectURL(new Blob([photo.data], { type: photo.type })) : null),
    [photo],
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return { url, name: photo?.name ?? '' };
}

/** A thumbnail with a button that takes the photo off the line. */
export function Thumbnail({ photoId, onRemove }: { photoId: string; onRemove?: () => void }) {
  const { t } = useTranslation();
  const { url, name } = usePhotoUrl(photoId);
  return (
    <span className="thumb">
      {url ? <img src={url} alt={name} /> : <span className="thumb-empty" />}
      {onRemove && (
        <button
          type="button"
          className="thumb-remove"
          aria-label={t('fieldwork.removePhoto', { name })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}

/** A photo read from a file, ready to store. */
export interface PhotoFile {
  name: string;
  type: string;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Reads picked or dropped files for photos. Files that cannot be photos (by type, size, or
 * bytes that are no image of their type) are refused with a message each and none is kept; call it before a transaction, which cannot wait on files.
 */
export async function readPhotoFiles(
  files: readonly File[],
): Promise<{ photos: PhotoFile[]; refused: ErrorText[] }> {
  const refused = files.map(photoProblem).filter((p): p is ErrorText => p !== null);
  if (refused.length > 0) return { photos: [], refused };
  const photos = await Promise.all(
    files.map(async (f) => ({
      name: f.name,
      type: f.type as PhotoType,
      data: new Uint8Array(await f.arrayBuffer()),
    })),
  );
  // A file is what its bytes are, not what its name says: they must be an image of its type.
  const wrong = photos.map((p) => photoBytesProblem(p, 'file')).filter((p) => p !== null);
  if (wrong.length > 0) return { photos: [], refused: wrong };
  return { photos, refused };
}

/** Stores read photos for an audit, inside the caller's transaction; returns their ids. */
export async function storePhotos(
  auditId: string,
  photos: readonly PhotoFile[],
  journal: Journal,
): Promise<string[]> {
  const ids: string[] = [];
  for (const photo of photos) ids.push((await addPhoto(db, auditId, photo, journal)).id);
  return ids;
}
