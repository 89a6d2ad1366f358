import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Sổ khen thưởng: the register of a unit and year, nominations and their workflow. */
export function RecognitionPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('recognition.title')} />;
}
