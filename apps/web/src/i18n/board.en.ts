import { REPORT_LEVEL_NAMES, REPORT_STATUS_NAMES } from '@suotdoi/shared';
import type { boardVi } from './board.vi';
import type { Widen } from './widen';

/** English for the board screens and the notifications. */
export const boardEn: Widen<typeof boardVi> = {
  title: 'Reporting progress',
  asOf: 'Units as of {{date}}',
  pickUnit: 'Choose a unit to see the reporting progress of the units below it.',
  unit: 'Unit',
  period: 'Period',
  depth: 'Scope',
  depths: { children: 'Direct children', all: 'Whole subtree' },
  searchPlaceholder: 'Unit name or code',
  timelinessFilter: 'Timeliness',
  statuses: REPORT_STATUS_NAMES.en,
  levels: REPORT_LEVEL_NAMES.en,
  timeliness: {
    on_time: 'On time',
    late: 'Late',
    pending: 'Not yet due',
  },
  lateBy: 'Late by {{days}} working days',
  overdueBy: 'Overdue by {{days}} working days',
  fields: {
    unit: 'Unit',
    code: 'Code',
    level: 'Level',
    form: 'Form',
    status: 'Status',
    deadline: 'Deadline',
    submittedAt: 'Submitted',
    timeliness: 'Timeliness',
    daysLate: 'Days late',
    approvedBy: 'Approved by',
    approvedAt: 'Approved',
  },
  stats: {
    completeness: 'Completeness',
    completenessHelp: '{{submitted}}/{{expected}} reports submitted',
    timeliness: 'Timeliness',
    timelinessHelp: '{{onTime}}/{{submitted}} reports submitted on time',
    expected: 'Expected',
    submitted: 'Submitted',
    approved: 'Approved',
    overdue: 'Overdue, not submitted',
  },
  totals: {
    title: 'Totals',
    help: 'Summed over the submitted, approved and locked reports of the units below (approved or not).',
    element: 'Data element',
    total: 'Total',
    reports: 'Reports',
    empty: 'No report has been submitted yet.',
    sheet: 'Totals',
  },
  notifications: {
    title: 'Notifications',
    open: 'Notifications, {{count}} unread',
    empty: 'No notifications',
    markAllRead: 'Mark all as read',
    kinds: {
      due_soon: 'The {{period}} report of {{unit}} is due on {{deadline}} ({{days}} working days left)',
      overdue: 'The {{period}} report of {{unit}} is {{days}} working days overdue (due {{deadline}})',
      overdue_escalated:
        'A unit below is overdue: the {{period}} report of {{unit}} is {{days}} working days late (due {{deadline}})',
      submitted: '{{unit}} submitted its {{period}} report for approval',
      returned: 'The {{period}} report of {{unit}} was returned: {{reason}}',
      approved: 'The {{period}} report of {{unit}} was approved',
    },
  },
};
