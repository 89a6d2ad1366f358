import {
  AnalyticsIndicatorSchema,
  AnalyticsUnitSchema,
  BoundaryInfoSchema,
  FiguresQuerySchema,
  FiguresResponseSchema,
  OkSchema,
  PublicScorecardInputSchema,
  PublicScorecardSchema,
  PublicScorecardSettingSchema,
  ScorecardQuerySchema,
  ScorecardRowSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertUnitAccess } from '../auth/access';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { deleteBoundaries, findBoundaries, uploadBoundaries } from './boundaries';
import { findIndicators, findLastChange } from './figures.repo';
import { getFigures } from './figures.service';
import { ensureFreshPopulation } from './population-freshness';
import {
  getPublicScorecard,
  getPublicSetting,
  listPublicScorecards,
  setPublicSetting,
} from './public-scorecards';
import { getScorecard } from './scorecard.service';

const tags = ['analytics'];
const UnitParamsSchema = z.object({ unitId: z.coerce.number().int().positive() }).strict();
/** Province boundaries of the whole country run to a few megabytes. */
const BOUNDARIES_LIMIT = 30 * 1024 * 1024;

/** Đo lường: figures, scorecards, the public scorecard and the map's boundaries. */
export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });
  const fresh = () => ensureFreshPopulation(app.database.db, app.clock);

  app.get(
    '/api/analytics/scorecard',
    {
      schema: {
        tags,
        summary: 'Every target of a plan against the unit’s figure, with status and reason',
        querystring: ScorecardQuerySchema,
        response: { 200: z.array(ScorecardRowSchema), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await fresh();
      return getScorecard(actor, request.query, deps());
    },
  );

  app.get(
    '/api/analytics/figures',
    {
      schema: {
        tags,
        summary: 'Indicators for a unit, its provinces or communes, or its institutions, for any years',
        querystring: FiguresQuerySchema,
        response: { 200: FiguresResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await fresh();
      return getFigures(actor, request.query, deps());
    },
  );

  app.get(
    '/api/analytics/changes',
    {
      schema: {
        tags,
        summary: 'When the unit’s figures last changed: a dashboard asks this every second',
        querystring: UnitParamsSchema,
        response: { 200: z.object({ asOf: z.string().nullable() }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await assertUnitAccess(app.database.db, actor, 'unit.read', request.query.unitId);
      return { asOf: await findLastChange(app.database.db, request.query.unitId) };
    },
  );

  app.get(
    '/api/analytics/indicators',
    {
      schema: {
        tags,
        summary: 'The indicators',
        response: { 200: z.array(AnalyticsIndicatorSchema), ...errors },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return findIndicators(app.database.db);
    },
  );

  app.get(
    '/api/analytics/public-scorecards/:unitId',
    {
      schema: {
        tags,
        summary: 'Whether the unit’s public scorecard is switched on, and for which plan',
        params: UnitParamsSchema,
        response: { 200: PublicScorecardSettingSchema.nullable(), ...errors },
      },
    },
    async (request) => getPublicSetting(requireActor(request.actor), request.params.unitId, deps()),
  );

  app.put(
    '/api/analytics/public-scorecards/:unitId',
    {
      schema: {
        tags,
        security,
        summary: 'Switch the unit’s public scorecard on or off (analytics.publish)',
        params: UnitParamsSchema,
        body: PublicScorecardInputSchema,
        response: { 200: PublicScorecardSettingSchema, ...errors },
      },
    },
    async (request) =>
      setPublicSetting(requireActor(request.actor), request.params.unitId, request.body, deps()),
  );

  app.get(
    '/api/public/scorecards',
    {
      schema: {
        tags,
        summary: 'The public scorecards switched on (no sign-in)',
        response: {
          200: z.array(
            z.object({
              unit: AnalyticsUnitSchema,
              plan: z.object({ id: z.number().int(), symbol: z.string().nullable(), title: z.string() }),
            }),
          ),
          ...errors,
        },
      },
    },
    async () => listPublicScorecards(app.database.db),
  );

  app.get(
    '/api/public/scorecards/:unitId',
    {
      schema: {
        tags,
        summary: 'A unit’s public scorecard (no sign-in; 404 unless switched on)',
        params: UnitParamsSchema,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: PublicScorecardSchema, ...errors },
      },
    },
    async (request) => {
      await fresh();
      return getPublicScorecard(request.params.unitId, request.query.year, deps());
    },
  );

  app.get(
    '/api/analytics/boundaries',
    {
      schema: {
        tags,
        summary: 'The uploaded province boundaries (GeoJSON) with what was found in them; null when none',
        response: {
          200: z.object({ info: BoundaryInfoSchema, geojson: z.unknown() }).nullable(),
          ...errors,
        },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return findBoundaries(deps());
    },
  );

  app.put(
    '/api/analytics/boundaries',
    {
      bodyLimit: BOUNDARIES_LIMIT,
      schema: {
        tags,
        security,
        summary: 'Upload province boundaries as a GeoJSON FeatureCollection keyed by code (map.manage)',
        body: z.unknown(),
        response: { 200: BoundaryInfoSchema, ...errors },
      },
    },
    async (request) => uploadBoundaries(requireActor(request.actor), request.body, deps()),
  );

  app.delete(
    '/api/analytics/boundaries',
    {
      schema: {
        tags,
        security,
        summary: 'Remove the uploaded boundaries (map.manage)',
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await deleteBoundaries(requireActor(request.actor), deps());
      return { ok: true as const };
    },
  );
};
