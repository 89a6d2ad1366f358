import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Lang, setLanguage } from '../i18n';

/** VI | EN: switches the UI and sets the `lang` cookie so that server messages follow. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('layout.language')}
      value={current}
      onChange={(lang) => void setLanguage(lang)}
      options={[
        {
          value: 'vi',
          label: (
            <span lang="vi" title="Tiếng Việt">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
      data-testid="language-switch"
    />
  );
}
