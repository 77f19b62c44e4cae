import type { Context, Hono } from 'hono';
import { ApiError, sendError } from '../errors.js';
import type { AppOptions, Limits } from '../options.js';
import { bodyText } from '../ingest/decode-body.js';
import { decisionFromBody } from '../ingest/decision-body.js';
import { entityEditFromBody } from '../ingest/entity-edit-body.js';
import { articleOfRequest } from '../ingest/read-url-body.js';
import { openApiDocument } from '../spec/document.js';
import { OPERATIONS } from '../spec/operations.js';
import type { OperationSpec } from '../spec/operations.js';
import { validateParams } from '../validate.js';
import type { ListCache } from '../list-cache.js';
import { JsonText, READ_HANDLERS, WHAT } from './handlers.js';
import type { ReadOperation } from './handlers.js';

/** `/api/stories/{id}` → `/api/stories/:id` (Hono's form). */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function isRead(id: string): id is ReadOperation {
  return Object.hasOwn(READ_HANDLERS, id);
}

function handlerOf(o: OperationSpec, options: AppOptions, limits: Limits, cache: ListCache) {
  const document = openApiDocument(limits, options.token !== undefined);
  return async (c: Context): Promise<Response> => {
    const values = validateParams(o, c.req.param(), new URL(c.req.url).searchParams, limits);
    if (o.operationId === 'health') return c.json({ status: 'ok' });
    if (o.operationId === 'openapi') return c.json(document);
    if (o.operationId === 'postArticle') {
      // Not registered without an ingest (the path then answers 405), so this is a wiring error.
      if (!options.ingest) throw new Error('postArticle registered without an ingest');
      const input = await articleOfRequest(
        c.req.header('Content-Type'),
        bodyText(new Uint8Array(await c.req.arrayBuffer()), c.req.header('Content-Type')),
        values.str('source') ?? null,
        options.readUrl,
      );
      const outcome = await options.ingest(input);
      // The store changed: lists built before may now miss this article (the whole store's series
      // and conflicts are served a few seconds more while they are built again).
      if (outcome.status === 'added') {
        cache.lapse();
        options.wholeStore?.lapse();
      }
      if (outcome.status === 'failed') {
        throw new ApiError(400, 'not-ingested', `the article was not stored: ${outcome.reason}`);
      }
      return c.json(outcome, outcome.status === 'added' ? 201 : 200);
    }
    if (o.operationId === 'judgeConflict') {
      if (!options.judgeConflict) throw new Error('judgeConflict registered without a handler');
      const { verdict, note } = decisionFromBody(c.req.header('Content-Type'), await c.req.text());
      const id = values.str('id') ?? '';
      const judged = await options.judgeConflict(id, verdict, note);
      if (!judged) throw new ApiError(404, 'not-found', `no conflict with id "${id.slice(0, 80)}"`);
      // Conflict lists built before now lack the verdict.
      cache.clear();
      options.wholeStore?.lapse();
      return c.json(judged);
    }
    if (o.operationId === 'mergeEntity' || o.operationId === 'splitEntity') {
      if (!options.entityEdits) throw new Error(`${o.operationId} registered without entity edits`);
      const id = values.str('id') ?? '';
      const type = c.req.header('Content-Type');
      const text = await c.req.text();
      let change;
      if (o.operationId === 'mergeEntity') {
        const body = entityEditFromBody(type, text, ['with'], ['note']);
        change = await options.entityEdits.merge(id, body.with, body.note);
        if (!change)
          throw new ApiError(
            404,
            'not-found',
            `no entity with id "${id.slice(0, 80)}" or "${body.with.slice(0, 80)}"`,
          );
      } else {
        const body = entityEditFromBody(type, text, ['article'], ['mention', 'note']);
        const { article, mention, note } = body;
        change = await options.entityEdits.split(id, mention ? { article, mention } : { article }, note);
        if (!change) throw new ApiError(404, 'not-found', `no entity with id "${id.slice(0, 80)}"`);
      }
      // Entities, claims' speakers and lists built before may all read differently now.
      if (change.changed) {
        cache.clear();
        options.wholeStore?.lapse();
      }
      return c.json(change);
    }
    if (!isRead(o.operationId)) throw new Error(`no handler for operation ${o.operationId}`);
    const result = await READ_HANDLERS[o.operationId](options.queries, values, cache, options.wholeStore);
    if (result instanceof JsonText) return c.body(result.text, 200, { 'Content-Type': 'application/json' });
    if (result === null) {
      const what = WHAT[o.operationId] ?? 'item';
      throw new ApiError(404, 'not-found', `no ${what} with id "${(values.str('id') ?? '').slice(0, 80)}"`);
    }
    return c.json(result);
  };
}

/**
 * Registers every operation of `OPERATIONS` on the app, and a 405 (with `Allow`) for the other
 * methods on the same paths.
 */
export function registerOperations(app: Hono, options: AppOptions, limits: Limits, cache: ListCache): void {
  const methods = new Map<string, string[]>();
  for (const o of OPERATIONS) {
    const path = honoPath(o.path);
    if (o.operationId === 'postArticle' && !options.ingest) continue;
    if (o.operationId === 'judgeConflict' && !options.judgeConflict) continue;
    if ((o.operationId === 'mergeEntity' || o.operationId === 'splitEntity') && !options.entityEdits)
      continue;
    app.on(o.method.toUpperCase(), path, handlerOf(o, options, limits, cache));
    methods.set(path, [...(methods.get(path) ?? []), o.method.toUpperCase()]);
  }
  for (const [path, allowed] of methods) {
    const allow = allowed.includes('GET') ? ['GET', 'HEAD', ...allowed.filter((m) => m !== 'GET')] : allowed;
    app.all(path, (c) =>
      sendError(
        c,
        new ApiError(
          405,
          'method-not-allowed',
          `${c.req.method} is not allowed here; use ${allow.join(', ')}`,
        ),
        allow.join(', '),
      ),
    );
  }
}
