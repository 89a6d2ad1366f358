import { useTranslation } from 'react-i18next';
import type { GoodModelFigure } from '../../api/good-models';
import { dayOf } from './labels';

/**
 * The results from the unit's data, as frozen when the model was saved: indicator, year, value (in the words the
 * dashboard used) and the day the figures stood at.
 */
export function ModelFigures({ figures }: { figures: readonly GoodModelFigure[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  if (figures.length === 0) return null;
  return (
    <table className="gm-figures" data-testid="gm-figures">
      <caption className="visually-hidden">{t('goodModels.detail.results')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('goodModels.figures.indicator')}</th>
          <th scope="col">{t('goodModels.figures.yearColumn')}</th>
          <th scope="col" className="gm-figures__num">
            {t('goodModels.figures.value')}
          </th>
          <th scope="col">{t('goodModels.figures.asOfColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={`${f.indicator}@${f.year}`}>
            <th scope="row">{f.name[lang] || f.indicator}</th>
            <td>{f.year}</td>
            <td className="gm-figures__num">{f.actual === null ? t('goodModels.figures.noData') : f.text}</td>
            <td>{f.asOf ? dayOf(f.asOf) : <span className="gm-muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
