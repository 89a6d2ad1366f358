import {
  AppError,
  CreateTaskProgressSchema,
  CreateTaskSchema,
  EVIDENCE_MAX_BYTES,
  IdParamsSchema,
  TaskListQuerySchema,
  TaskProgressSchema,
  TaskSchema,
  todayInVietnam,
  UpdateTaskSchema,
} from '@suotdoi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security, sendFile, tags } from './plans-http';
import { createTaskProgress, type EvidenceFile, getEvidenceFile, listTaskProgress } from './task-progress';
import { createTask, deleteTask, getTask, listMyTasks, listPlanTasks, updateTask } from './tasks.service';

const MAX_FILES = 10;

/** A multipart progress update: its text fields and its files (at most 10, 10 MB each). */
async function readMultipart(request: FastifyRequest) {
  const fields: Record<string, string> = {};
  const files: EvidenceFile[] = [];
  for await (const part of request.parts({
    limits: { files: MAX_FILES, fileSize: EVIDENCE_MAX_BYTES + 1 },
  })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      files.push({ name: part.filename, bytes });
    } else fields[part.fieldname] = String(part.value);
  }
  const body = CreateTaskProgressSchema.safeParse({
    ...fields,
    ...(fields.timeliness === '' ? { timeliness: null } : {}),
  });
  if (!body.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'bad progress update',
      body.error.issues.map((i) => ({ field: `body.${i.path.join('.')}`, reason: i.message })),
    );
  }
  return { body: body.data, files };
}

/** Nhiệm vụ: a plan's tasks, my tasks, edits and progress updates with evidence. */
export const tasksRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/plans/:id/tasks',
    {
      schema: {
        tags,
        summary: 'A plan’s tasks, filtered by area, lead unit (or a unit under it), status and year',
        params: IdParamsSchema,
        querystring: TaskListQuerySchema,
        response: { 200: z.array(TaskSchema), ...errors },
      },
    },
    async (request) => listPlanTasks(requireActor(request.actor), request.params.id, request.query, deps()),
  );

  app.post(
    '/api/plans/:id/tasks',
    {
      schema: {
        tags,
        security,
        summary: 'Add a task (its lead and coordinating units must exist within its timeframe)',
        params: IdParamsSchema,
        body: CreateTaskSchema,
        response: { 201: TaskSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createTask(
            requireActor(request.actor),
            { planId: request.params.id, task: request.body },
            deps(),
          ),
        ),
  );

  app.get(
    '/api/tasks/mine',
    {
      schema: {
        tags,
        summary: 'Tasks whose lead or coordinating unit is in the signed-in person’s units',
        querystring: TaskListQuerySchema,
        response: { 200: z.array(TaskSchema), ...errors },
      },
    },
    async (request) => listMyTasks(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/tasks/:id',
    {
      schema: { tags, summary: 'One task', params: IdParamsSchema, response: { 200: TaskSchema, ...errors } },
    },
    async (request) => {
      requireActor(request.actor);
      return getTask(app.database.db, request.params.id, todayInVietnam(app.clock()));
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        security,
        summary:
          'Change a task (plan.write; a lead or coordinating unit may change only status and timeliness)',
        params: IdParamsSchema,
        body: UpdateTaskSchema,
        response: { 200: TaskSchema, ...errors },
      },
    },
    async (request) =>
      updateTask(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps()),
  );

  app.delete(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a task and its progress history',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteTask(requireActor(request.actor), request.params.id, deps());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tasks/:id/updates',
    {
      schema: {
        tags,
        summary: 'A task’s progress updates, newest first',
        params: IdParamsSchema,
        response: { 200: z.array(TaskProgressSchema), ...errors },
      },
    },
    async (request) => listTaskProgress(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/tasks/:id/updates',
    {
      schema: {
        tags,
        security,
        summary:
          'Report progress: status, narrative, optional period; JSON, or multipart with evidence files ("files": pdf, docx, xlsx, jpg, png; 10 MB each)',
        consumes: ['application/json', 'multipart/form-data'],
        params: IdParamsSchema,
        body: CreateTaskProgressSchema.nullish(),
        response: { 201: TaskProgressSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const input = request.isMultipart()
        ? await readMultipart(request)
        : { body: CreateTaskProgressSchema.parse(request.body ?? {}), files: [] };
      const created = await createTaskProgress(actor, { taskId: request.params.id, ...input }, deps());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags,
        summary: 'Download an evidence file',
        params: IdParamsSchema,
        response: {
          200: {
            description: 'The file as uploaded',
            content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const file = await getEvidenceFile(requireActor(request.actor), request.params.id, deps());
      return sendFile(reply, file.content, file.mime, file.name);
    },
  );
};
