import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { type Image, imageProblem, uploadImage } from '../../api/images';
import { errorMessage, reasonMessage } from '../../i18n/errors';

export interface UploadProgress {
  name: string;
  /** 0..100 */
  percent: number;
}

/**
 * One image upload at a time for the cover or the body: a file that is not an image or is over 5 MB is refused
 * in words before anything is sent; while sending, the percentage; a refusal by the server in its reason's words.
 */
export function useImageUpload() {
  const { i18n } = useTranslation();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const upload = async (unitId: number, file: File): Promise<Image | null> => {
    if (busy.current) return null;
    setError(null);
    const problem = imageProblem(file);
    if (problem) {
      setError(reasonMessage({ reason: problem, value: file.name }, i18n.language));
      return null;
    }
    busy.current = true;
    setProgress({ name: file.name, percent: 0 });
    try {
      return await uploadImage(unitId, file, (fraction) =>
        setProgress({ name: file.name, percent: Math.round(fraction * 100) }),
      );
    } catch (e) {
      const problems = isApiError(e) ? e.problems : [];
      setError(
        problems.length
          ? problems.map((p) => reasonMessage(p, i18n.language)).join(' ')
          : errorMessage(e, i18n.language),
      );
      return null;
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };

  return { upload, progress, error, clearError: () => setError(null) };
}
