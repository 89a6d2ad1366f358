import {
  CalendarEntrySchema,
  CalendarQuerySchema,
  CreateTargetSchema,
  EffectiveTargetSchema,
  IdParamsSchema,
  IndicatorCatalogueSchema,
  ObservanceSchema,
  PlanDetailSchema,
  PlanListQuerySchema,
  PlanSummarySchema,
  TargetCompareQuerySchema,
  TargetCompareRowSchema,
  TargetSchema,
  UnitTargetsQuerySchema,
  UpdatePlanSchema,
  UpdateTargetSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { getCalendar, getIndicatorCatalogue, listObservances } from './catalogue.service';
import { exchangeRoutes } from './exchange.routes';
import { getPlanDetail, listPlans, updatePlan } from './plans.service';
import { errors, security, tags } from './plans-http';
import {
  compareTargets,
  createTarget,
  deleteTarget,
  listPlanTargets,
  listUnitTargets,
  updateTarget,
} from './targets.service';
import { tasksRoutes } from './tasks.routes';

/**
 * Kế hoạch: plans, targets, the indicator catalogue, national days and the calendar; tasks and exchange are
 * registered from here too. HTTP only: rules live in the services. Reads are open to every signed-in person
 * (plans are public documents within the system); writes are scoped (plans.policy.ts).
 */
export const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Every plan with its counts and engagement (share of tasks updated this year)',
        querystring: PlanListQuerySchema,
        response: { 200: z.array(PlanSummarySchema), ...errors },
      },
    },
    async (request) => listPlans(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'One plan: sections, lineage (implements / implemented by), national days, scope today',
        params: IdParamsSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) => getPlanDetail(requireActor(request.actor), request.params.id, deps()),
  );

  app.patch(
    '/api/plans/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Edit a plan’s title, status or sections (plan.write on its scope; audited)',
        params: IdParamsSchema,
        body: UpdatePlanSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) =>
      updatePlan(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps()),
  );

  app.get(
    '/api/plans/:id/targets',
    {
      schema: {
        tags,
        summary: 'A plan’s targets',
        params: IdParamsSchema,
        response: { 200: z.array(TargetSchema), ...errors },
      },
    },
    async (request) => listPlanTargets(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/plans/:id/targets',
    {
      schema: {
        tags,
        security,
        summary: 'Add a target (min ≤ max, percentages within 0–100, milestone not before the plan)',
        params: IdParamsSchema,
        body: CreateTargetSchema,
        response: { 201: TargetSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createTarget(
            requireActor(request.actor),
            { planId: request.params.id, target: request.body },
            deps(),
          ),
        ),
  );

  app.patch(
    '/api/targets/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change a target (expectedUpdatedAt guards against overwriting another edit)',
        params: IdParamsSchema,
        body: UpdateTargetSchema,
        response: { 200: TargetSchema, ...errors },
      },
    },
    async (request) =>
      updateTarget(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps()),
  );

  app.delete(
    '/api/targets/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a target',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteTarget(requireActor(request.actor), request.params.id, deps());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/targets/compare',
    {
      schema: {
        tags,
        summary: 'One indicator’s target for a year across every plan that sets it',
        querystring: TargetCompareQuerySchema,
        response: { 200: z.array(TargetCompareRowSchema), ...errors },
      },
    },
    async (request) => compareTargets(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/units/:id/targets',
    {
      schema: {
        tags,
        summary: 'The targets in force for a unit: its own plans’, else inherited from its ancestors’ plans',
        params: IdParamsSchema,
        querystring: UnitTargetsQuerySchema,
        response: { 200: z.array(EffectiveTargetSchema), ...errors },
      },
    },
    async (request) => listUnitTargets(requireActor(request.actor), request.params.id, request.query, deps()),
  );

  app.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: 'The indicator catalogue and the data elements indicators are computed from',
        response: { 200: IndicatorCatalogueSchema, ...errors },
      },
    },
    async (request) => getIndicatorCatalogue(requireActor(request.actor), deps()),
  );

  app.get(
    '/api/observances',
    {
      schema: {
        tags,
        summary: 'National days and weeks',
        response: { 200: z.array(ObservanceSchema), ...errors },
      },
    },
    async (request) => listObservances(requireActor(request.actor), deps()),
  );

  app.get(
    '/api/calendar',
    {
      schema: {
        tags,
        summary: 'A year’s national days and the tasks on it',
        querystring: CalendarQuerySchema,
        response: { 200: z.array(CalendarEntrySchema), ...errors },
      },
    },
    async (request) => getCalendar(requireActor(request.actor), request.query.year, deps()),
  );

  await app.register(tasksRoutes);
  await app.register(exchangeRoutes);
};
