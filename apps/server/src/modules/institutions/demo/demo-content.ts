import {
  ArticleInputSchema,
  GoodModelInputSchema,
  type IsoDate,
  NominationInputSchema,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { findIndicators } from '../../analytics/figures.repo';
import { stepArticle } from '../../articles/article-steps';
import { createArticle } from '../../articles/write-article';
import type { Actor } from '../../auth/actor';
import { createGoodModel } from '../../content/write-good-model';
import { grantNomination, reviewNomination } from '../../recognition/decide-nomination';
import { createNomination } from '../../recognition/nominate';
import { findRoles, findUserByUsername } from '../../users/users.repo';

/** The meta row that says the demo content was written; present means "never again". */
export const DEMO_CONTENT_KEY = 'demo.content';

/** A day `days` before `today` (calendar arithmetic in UTC on a date: no time zone can shift it). */
function daysBefore(today: IsoDate, days: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

const ARTICLE_BODY = `<h2>Chương trình</h2>
<p>Nhân Ngày Sách và Bản quyền thế giới 23/4, các thư viện trong tỉnh tổ chức đọc sách cùng thiếu nhi, đổi sách cũ
lấy sách mới và giới thiệu tủ sách gia đình liên thế hệ.</p>
<ul><li>Đọc to và kể chuyện theo sách cho các em nhỏ.</li><li>Đổi sách: mang một cuốn, nhận một cuốn.</li>
<li>Hướng dẫn tra cứu tài nguyên số của thư viện.</li></ul>
<p>Lịch hoạt động chi tiết có trên <a href="/portal">Cổng thông tin học tập suốt đời</a>.</p>`;

/**
 * Khen thưởng, mô hình hay, tin bài for the demo (demo mode only; bootstrap.ts), written once through the real
 * services as the demo province officer: a published good model of a demo library with its approved 2025
 * figures, its commendation granted this year (so this year's annual report lists it) and a second nomination
 * left to try the workflow on, and a featured article for World Book Day (23/4) on the portal. Returns whether
 * anything was written: nothing without the demo officer or a demo library with an approved report.
 */
export async function loadDemoContent(database: Database, clock: () => Date = () => new Date()) {
  const db = database.db;
  const done = await db.execute(sql`select 1 from meta where key = ${DEMO_CONTENT_KEY}`);
  if (done.rows.length > 0) return false;
  const user = await findUserByUsername(db, 'demo.province');
  if (!user) return false;
  const actor: Actor = { userId: user.id, username: user.username, roles: await findRoles(db, user.id) };
  const provinceId = actor.roles[0]?.unitId;
  const [library] = (
    await db.execute<{ id: number; category: string; name: string }>(sql`
      select i.unit_id as id, i.category, u.name from institutions i join units u on u.id = i.unit_id
      join reports r on r.unit_id = i.unit_id and r.period = '2025' and r.status in ('approved', 'locked')
      where i.is_demo and i.category like 'library%' and r.province_id = ${provinceId ?? -1}
      order by i.unit_id limit 1`)
  ).rows;
  if (!provinceId || !library) return false;

  const deps = { db, clock, lang: 'vi' as const };
  const today = todayInVietnam(clock());
  const figures = (await findIndicators(db))
    .filter((i) => i.categories.includes(library.category))
    .slice(0, 3)
    .map((i) => ({ indicator: i.code, year: 2025 }));
  const model = await createGoodModel(
    actor,
    GoodModelInputSchema.parse({
      unitId: library.id,
      title: 'Tủ sách gia đình liên thế hệ',
      topic: 'reading_culture',
      categories: ['library_commune', 'community_learning_centre'],
      summary:
        'Mỗi gia đình một tủ sách; ông bà, cha mẹ đọc cùng con cháu mỗi tối thứ Bảy, thư viện xã luân chuyển sách.',
      description:
        'Thư viện xã trao tủ sách nhỏ cho các gia đình có ông bà và cháu cùng sống.\n\n' +
        'Mỗi tháng thư viện luân chuyển sách giữa các tủ và tổ chức một buổi kể chuyện theo sách tại nhà văn hóa thôn.\n\n' +
        'Kinh phí: sách do thư viện tỉnh luân chuyển, tủ do các gia đình tự đóng.',
      figures,
      contactName: 'Cán bộ thư viện xã',
      status: 'published',
    }),
    deps,
  );

  const granted = await createNomination(
    actor,
    NominationInputSchema.parse({
      year: Number(today.slice(0, 4)),
      nomineeKind: 'collective',
      unitId: library.id,
      form: 'department_certificate',
      reason: 'Xây dựng và nhân rộng mô hình tủ sách gia đình liên thế hệ.',
      evidence: [{ kind: 'good_model', goodModelId: model.id }],
      nominatedOn: daysBefore(today, 20),
    }),
    deps,
  );
  const reviewed = await reviewNomination(actor, granted.id, { note: null, version: granted.version }, deps);
  await grantNomination(
    actor,
    granted.id,
    { decisionNumber: '125/QĐ-SVHTTDL', decisionDate: daysBefore(today, 5), version: reviewed.version },
    deps,
  );
  await createNomination(
    actor,
    NominationInputSchema.parse({
      year: Number(today.slice(0, 4)),
      nomineeKind: 'individual',
      unitId: library.id,
      personName: 'Nguyễn Thị Hòa',
      personPosition: 'Cán bộ thư viện xã',
      form: 'department_certificate',
      reason: 'Trực tiếp tổ chức các buổi đọc sách cùng thiếu nhi và luân chuyển sách đến các gia đình.',
      evidence: [{ kind: 'good_model', goodModelId: model.id }],
    }),
    deps,
  );

  const article = await createArticle(
    actor,
    ArticleInputSchema.parse({
      unitId: provinceId,
      title: 'Lan tỏa văn hóa đọc nhân Ngày Sách và Bản quyền thế giới 23/4',
      summary: `Thư viện các xã cùng đọc sách với thiếu nhi; ${library.name} giới thiệu tủ sách gia đình liên thế hệ.`,
      body: ARTICLE_BODY,
      topic: 'reading_culture',
      observanceCode: 'world_book_day',
      featured: true,
    }),
    deps,
  );
  await stepArticle(actor, article.id, 'publish', { note: null, version: article.version }, deps);

  await db.execute(
    sql`insert into meta (key, value) values (${DEMO_CONTENT_KEY}, ${JSON.stringify({ writtenOn: today })}::jsonb)`,
  );
  return true;
}
