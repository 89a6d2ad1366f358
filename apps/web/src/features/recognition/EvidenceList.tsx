import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EvidenceLink } from '../../api/recognition';
import { evidenceHref } from './evidence';
import { useTaskPlanId } from './queries';

/** One link: a task's plan is looked up only when the task is shown (the evidence holds the task's id alone). */
function EvidenceItem({ link, index }: { link: EvidenceLink; index: number }) {
  const { t } = useTranslation();
  const planId = useTaskPlanId(link.kind === 'task' ? link.refId : null);
  const href = evidenceHref(link, planId);
  return (
    <li className="evidence-list__item" data-testid={`recognition-evidence-item-${index}`}>
      <Tag className={`evidence-kind evidence-kind--${link.kind}`}>
        {t(`recognition.evidence.kinds.${link.kind}`)}
      </Tag>
      <span className="evidence-list__text">
        {href ? (
          <Link to={href} data-testid={`recognition-evidence-link-${index}`}>
            {link.label}
          </Link>
        ) : (
          link.label
        )}
        {link.value ? (
          <strong className="evidence-list__value">
            {link.value}
            {link.year ? ` (${link.year})` : ''}
          </strong>
        ) : null}
      </span>
    </li>
  );
}

/** Minh chứng as read back: names and figures frozen when the nomination was written, each opening its page. */
export function EvidenceList({ links }: { links: readonly EvidenceLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0)
    return <Typography.Text type="secondary">{t('recognition.evidence.none')}</Typography.Text>;
  return (
    <ul className="evidence-list" data-testid="recognition-evidence-list">
      {links.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a link has no id of its own; the list is read-only
        <EvidenceItem key={i} link={link} index={i} />
      ))}
    </ul>
  );
}
