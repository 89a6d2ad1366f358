import {
  CreateUserSchema,
  ResetPasswordResultSchema,
  ResetPasswordSchema,
  UpdateUserSchema,
  UserIdParamsSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from '../auth/actor';
import { createUser } from './create-user';
import { resetPassword } from './reset-password';
import { updateUser } from './update-user';
import { getManagedUser, listManagedUsers } from './users.service';

const tags = ['users'];

/** Tài khoản: account management within the actor's 'user.manage' subtrees. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Accounts the signed-in person manages',
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema, ...errorResponses },
      },
    },
    async (request) => listManagedUsers(requireActor(request.actor), request.query, deps),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create an account with its roles',
        body: CreateUserSchema,
        response: { 201: UserSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await createUser(requireActor(request.actor), request.body, deps);
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'One account',
        params: UserIdParamsSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => getManagedUser(requireActor(request.actor), request.params.id, deps),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, e-mail, active flag or roles, or clear a lockout',
        params: UserIdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateUser(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Reset a password (to the one given, or a random one returned once)',
        params: UserIdParamsSchema,
        body: ResetPasswordSchema,
        response: { 200: ResetPasswordResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      resetPassword(requireActor(request.actor), { id: request.params.id, ...request.body }, deps),
  );
};
