import type { TaskArea } from '../schemas/plans';
import type { Lang } from './errors';

/**
 * The names of task areas, task and report statuses and reporting levels, in both languages: the screens (web
 * i18n reads these tables) and the official documents call them the same.
 */
export const TASK_AREA_NAMES: Record<Lang, Record<TaskArea, string>> = {
  vi: {
    awareness: 'Tuyên truyền, nâng cao nhận thức',
    infrastructure_digital: 'Cơ sở vật chất và chuyển đổi số',
    human_resources: 'Phát triển nguồn nhân lực',
    cooperation: 'Hợp tác, liên kết',
    socialisation: 'Xã hội hóa',
    inspection: 'Kiểm tra, giám sát',
    reporting: 'Sơ kết, tổng kết, báo cáo',
  },
  en: {
    awareness: 'Awareness',
    infrastructure_digital: 'Infrastructure and digital transformation',
    human_resources: 'Human resources',
    cooperation: 'Cooperation',
    socialisation: 'Socialisation',
    inspection: 'Inspection',
    reporting: 'Review and reporting',
  },
};

export const TASK_STATUS_NAMES: Record<
  Lang,
  Record<'not_started' | 'in_progress' | 'done' | 'continuous', string>
> = {
  vi: {
    not_started: 'Chưa bắt đầu',
    in_progress: 'Đang thực hiện',
    done: 'Đã hoàn thành',
    continuous: 'Thực hiện thường xuyên',
  },
  en: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', continuous: 'Continuous' },
};

/** A report on the deadline board: the workflow's statuses, or not started when nobody opened it. */
export const REPORT_STATUS_NAMES: Record<
  Lang,
  Record<'not_started' | 'draft' | 'submitted' | 'returned' | 'approved' | 'locked', string>
> = {
  vi: {
    not_started: 'Chưa thực hiện',
    draft: 'Đang nhập',
    submitted: 'Đã nộp',
    returned: 'Bị trả lại',
    approved: 'Đã duyệt',
    locked: 'Đã khóa',
  },
  en: {
    not_started: 'Not started',
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned',
    approved: 'Approved',
    locked: 'Locked',
  },
};

export const REPORT_LEVEL_NAMES: Record<Lang, Record<'institution' | 'commune' | 'province', string>> = {
  vi: { institution: 'Thiết chế', commune: 'Cấp xã', province: 'Cấp tỉnh' },
  en: { institution: 'Institution', commune: 'Commune', province: 'Province' },
};
