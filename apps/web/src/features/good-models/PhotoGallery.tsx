import { Image as AntImage } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../api/images';

/**
 * The model's photos: the chosen one large (click to enlarge), the others as thumbnail buttons below it (reached by
 * Tab, chosen by Enter). Each photo's alt text names the model and its place in the series.
 */
export function PhotoGallery({ photos, title }: { photos: readonly Image[]; title: string }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  if (photos.length === 0) return null;
  const index = Math.min(current, photos.length - 1);
  const alt = (i: number) => t('goodModels.detail.photoAlt', { title, n: i + 1, total: photos.length });
  return (
    <figure className="gm-gallery" data-testid="gm-gallery">
      <AntImage
        src={photos[index]!.url}
        alt={alt(index)}
        rootClassName="gm-gallery__main"
        data-testid="gm-gallery-main"
      />
      {photos.length > 1 ? (
        <ul className="gm-gallery__thumbs no-print" aria-label={t('goodModels.detail.photos')}>
          {photos.map((p, i) => (
            <li key={p.id}>
              <button
                type="button"
                className={`gm-gallery__thumb${i === index ? ' gm-gallery__thumb--current' : ''}`}
                aria-pressed={i === index}
                aria-label={t('goodModels.detail.showPhoto', { n: i + 1, total: photos.length })}
                onClick={() => setCurrent(i)}
              >
                <img src={p.url} alt="" loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="gm-gallery__caption">
        {t('goodModels.detail.photoCount', { n: index + 1, total: photos.length })}
      </figcaption>
    </figure>
  );
}
