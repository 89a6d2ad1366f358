import { AppError, CONTENT_TOPICS, type ContentTopic, normalizeText } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPlaces, listPublicActivities } from '../activities/public-activities';
import { localDate } from '../activities/recurrence';
import { getObservanceDay, listObservanceDays, listRecentDayActivities } from '../articles/observance-days';
import {
  getPublicArticlePage,
  listPublicArticles,
  listPublicArticlesWithBodies,
} from '../articles/public-articles';
import { cachedArticleAnswer } from '../articles/public-articles-cache';
import { articlePage } from './article-page';
import { dayPage, daysPage } from './days-page';
import { buildFeed, FEED_TYPES, type FeedKind } from './feeds';
import { feedQuery, type NewsFilters, newsPage } from './news-page';
import type { Option } from './parts';
import {
  CSP,
  hidden,
  IdParams,
  type Loose,
  LooseSchema,
  one,
  oneOf,
  positiveInt,
  sendPage,
} from './portal-request';
import { portalShell } from './portal-shell';

/**
 * Cổng thông tin: the news (Tin tức), the national days' pages (Ngày lễ) and the RSS/Atom feeds (issue 8).
 * A plugin of its own beside portal.routes.ts, with the same shell (portal-shell.ts). No sign-in, no script.
 */

const PAGE_SIZE = 12;
/** A feed holds the latest articles only: readers keep what they have already fetched. */
const FEED_SIZE = 30;
const DAY_ARTICLES = 12;
const DAY_UPCOMING = 20;

/**
 * An article's page may show images its body links from other sites over HTTPS (the sanitiser lets https
 * images through); every other page keeps the portal's own policy of images from this site only.
 */
export const ARTICLE_CSP = CSP.replace("img-src 'self' data:", "img-src 'self' data: https:");

const CodeParams = z.object({ code: z.string() });

const text = (q: Loose, key: string) => {
  const v = one(q, key);
  return v ? normalizeText(v).slice(0, 100) : undefined;
};

export const portalNewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });
  const { contextOf, observanceNames } = portalShell(app);

  /** Provinces valid today for the filters, named as people write them ("Tỉnh Ninh Bình"). */
  async function provinceOptions(): Promise<Option[]> {
    const provinces = await listPlaces(undefined, deps());
    return provinces.map((p) => ({
      value: String(p.id),
      label: p.typeName && !p.name.startsWith(p.typeName) ? `${p.typeName} ${p.name}` : p.name,
    }));
  }

  /** A national day's code from a query, kept only when the catalogue holds it. */
  async function dayOf(q: Loose): Promise<string | undefined> {
    const code = one(q, 'day');
    return code && (await observanceNames()).has(code) ? code : undefined;
  }

  app.get('/portal/news', { schema: { ...hidden, querystring: LooseSchema } }, async (request, reply) => {
    const q = request.query;
    const filters: NewsFilters = {
      provinceId: positiveInt(one(q, 'provinceId')),
      topic: oneOf<ContentTopic>(CONTENT_TOPICS, one(q, 'topic')),
      day: await dayOf(q),
      q: text(q, 'q'),
      page: Math.min(positiveInt(one(q, 'page')) ?? 1, 1000),
    };
    const [result, provinces] = await Promise.all([
      listPublicArticles(
        {
          provinceId: filters.provinceId,
          topic: filters.topic,
          observanceCode: filters.day,
          q: filters.q,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        deps(),
      ),
      provinceOptions(),
    ]);
    return sendPage(reply, newsPage(await contextOf(request), { filters, result, provinces }));
  });

  app.get('/portal/news/:id', { schema: { ...hidden, params: IdParams } }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    if (!id) throw new AppError('NOT_FOUND', 'no such article');
    // The body sanitised again on the way out (see getPublicArticlePage), kept with the article.
    const { article, bodyHtml } = await getPublicArticlePage(id, deps());
    reply.header('content-security-policy', ARTICLE_CSP);
    return sendPage(reply, articlePage(await contextOf(request), { article, bodyHtml }));
  });

  app.get('/portal/days', { schema: hidden }, async (request, reply) => {
    const d = deps();
    const days = await listObservanceDays(d);
    return sendPage(reply, daysPage(await contextOf(request), { days, today: localDate(d.clock()) }));
  });

  app.get(
    '/portal/days/:code',
    { schema: { ...hidden, params: CodeParams, querystring: LooseSchema } },
    async (request, reply) => {
      const d = deps();
      const day = await getObservanceDay(request.params.code, d);
      const provinceId = positiveInt(one(request.query, 'provinceId'));
      const [upcoming, recent, articles, provinces] = await Promise.all([
        listPublicActivities({ observance: day.code, provinceId, pageSize: DAY_UPCOMING }, d),
        listRecentDayActivities(day.code, provinceId, d),
        listPublicArticles({ observanceCode: day.code, provinceId, pageSize: DAY_ARTICLES }, d),
        provinceOptions(),
      ]);
      const page = dayPage(await contextOf(request), {
        day,
        today: localDate(d.clock()),
        provinceId,
        provinces,
        // A cancelled activity did not take place for the day: the listing flags it, this page leaves it out.
        upcoming: upcoming.items.filter((a) => a.status !== 'cancelled'),
        recent,
        articles: articles.items,
      });
      return sendPage(reply, page);
    },
  );

  for (const kind of ['rss', 'atom'] as FeedKind[]) {
    app.get(
      `/portal/feed.${kind}`,
      { schema: { ...hidden, querystring: LooseSchema } },
      async (request, reply) => {
        const q = request.query;
        const d = deps();
        const filters = {
          provinceId: positiveInt(one(q, 'provinceId')),
          day: await dayOf(q),
          topic: oneOf<ContentTopic>(CONTENT_TOPICS, one(q, 'topic')),
        };
        const ctx = await contextOf(request);
        // The request's own address (behind a proxy, TRUST_PROXY makes it the public one).
        const origin = `${request.protocol}://${request.host}`;
        // The built XML is kept per kind, language, filters and address, until the next article write or the
        // next minute (public-articles-cache.ts): a feed is ~170 KB and 30 bodies to sanitise again.
        const key = `feed:${kind}|${ctx.lang}|${origin}|${feedQuery(filters)}`;
        // Kept encoded: 170 KB is not encoded again (nor its length counted) at every send.
        const { value: xml } = await cachedArticleAnswer(d.db, d.clock(), key, async () => {
          const [articles, provinces] = await Promise.all([
            listPublicArticlesWithBodies(
              {
                provinceId: filters.provinceId,
                observanceCode: filters.day,
                topic: filters.topic,
                pageSize: FEED_SIZE,
                latest: true,
              },
              d,
            ),
            filters.provinceId ? provinceOptions() : Promise.resolve([]),
          ]);
          const feed = buildFeed(kind, ctx, {
            articles,
            origin,
            filters,
            provinceName: provinces.find((p) => p.value === String(filters.provinceId))?.label,
            now: d.clock(),
          });
          return Buffer.from(feed, 'utf8');
        });
        return reply.type(FEED_TYPES[kind]).send(xml);
      },
    );
  }
};
