import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage, reasonMessage } from '../i18n/errors';

interface Props {
  error: unknown;
  /** A field's label for the problem list; the raw field path when it returns undefined. */
  fieldLabel?: (field: string) => string | undefined;
  className?: string;
}

/** A failure as a person reads it: the translated message by code, and every bad field the server named. */
export function ErrorAlert({ error, fieldLabel, className }: Props) {
  const { i18n } = useTranslation();
  if (!error) return null;
  const problems = isApiError(error) ? error.problems : [];
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      title={errorMessage(error, i18n.language)}
      description={
        problems.length > 0 ? (
          <ul className="problem-list">
            {problems.slice(0, 20).map((p, i) => {
              const field = p.field.replace(/^body\./, '');
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their position
                <li key={i}>
                  {p.row ? `#${p.row} ` : ''}
                  <strong>{fieldLabel?.(field) ?? field}</strong>: {reasonMessage(p, i18n.language)}
                </li>
              );
            })}
          </ul>
        ) : undefined
      }
    />
  );
}

/** `errorText(e)`: the translated message of a failure, for notifications and inline text. */
export function useErrorText() {
  const { i18n } = useTranslation();
  return (error: unknown) => errorMessage(error, i18n.language);
}
