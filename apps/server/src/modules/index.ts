import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activitiesRoutes } from './activities/activities.routes';
import { activityCompletionRoutes } from './activities/completion.routes';
import { publicActivitiesRoutes } from './activities/public.routes';
import { attendanceRoutes } from './activities/registrations/attendance.routes';
import { registrationsRoutes } from './activities/registrations/registrations.routes';
import { analyticsRoutes } from './analytics/analytics.routes';
import { articlesRoutes } from './articles/articles.routes';
import { publicArticlesRoutes } from './articles/public-articles.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { goodModelsRoutes } from './content/good-models.routes';
import { imagesRoutes } from './content/images.routes';
import { dataQualityRoutes } from './data-quality/data-quality.routes';
import { documentsRoutes } from './documents/documents.routes';
import { healthRoutes } from './health/health.routes';
import { institutionsRoutes } from './institutions/institutions.routes';
import { plansRoutes } from './plans/plans.routes';
import { portalNewsRoutes } from './portal/news.routes';
import { portalRoutes } from './portal/portal.routes';
import { recognitionRoutes } from './recognition/recognition.routes';
import { reportAttachmentsRoutes } from './reporting/attachments.routes';
import { boardRoutes } from './reporting/board/board.routes';
import { exchangeRoutes } from './reporting/exchange/exchange.routes';
import { notificationsRoutes } from './reporting/reminders/notifications.routes';
import { reportsRoutes } from './reporting/reports.routes';
import { eventsRoutes } from './units/events.routes';
import { unitsRoutes } from './units/units.routes';
import { usersRoutes } from './users/users.routes';

/** Every domain's routes, registered in this order by buildApp. */
export const moduleRoutes: FastifyPluginAsyncZod[] = [
  healthRoutes,
  authRoutes,
  usersRoutes,
  auditRoutes,
  unitsRoutes,
  eventsRoutes,
  dataQualityRoutes,
  institutionsRoutes,
  plansRoutes,
  reportsRoutes,
  exchangeRoutes,
  boardRoutes,
  notificationsRoutes,
  reportAttachmentsRoutes,
  analyticsRoutes,
  documentsRoutes,
  activitiesRoutes,
  publicActivitiesRoutes,
  activityCompletionRoutes,
  registrationsRoutes,
  attendanceRoutes,
  recognitionRoutes,
  imagesRoutes,
  goodModelsRoutes,
  articlesRoutes,
  publicArticlesRoutes,
  portalNewsRoutes,
  portalRoutes,
];
