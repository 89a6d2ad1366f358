import type { Image } from '../../api/images';
import { ImageUploader } from '../../components/ImageUploader';

interface Props {
  id: string;
  value?: Image | null;
  onChange?: (image: Image | null) => void;
  unitId: number | null;
  disabled?: boolean;
}

/**
 * The cover image as a form control: the shared uploader limited to one image (checked before sending, uploaded
 * with its percentage for the article's unit, removable), with the form's value a single image or null.
 */
export function CoverField({ id, value, onChange, unitId, disabled }: Props) {
  return (
    <ImageUploader
      id={id}
      unitId={unitId}
      max={1}
      value={value ? [value] : []}
      onChange={(images) => onChange?.(images[0] ?? null)}
      disabled={disabled}
      data-testid="article-cover"
    />
  );
}
