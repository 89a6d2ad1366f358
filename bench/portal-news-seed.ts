import { CONTENT_TOPICS, type ContentTopic, foldDiacritics } from '@suotdoi/shared';
import type { Database } from '../apps/server/src/db/client';
import { sanitizeArticleBody, textOfSanitized } from '../apps/server/src/modules/articles/sanitize-article';
import { seededRandom } from './lib';

/**
 * Tin bài for the portal bench (issue 8): published articles of the bench's institutions and of the provinces
 * themselves, written straight into the table as the API writes them (the body sanitised, the search text
 * folded from the title, summary and the body's text). Realistic in what costs: Vietnamese text, bodies of 3–6 KB
 * with paragraphs, a subheading, a list and a link; a quarter for a national day (world_book_day the most);
 * a few featured; windows mostly open, some closing later, some scheduled or expired (not visible).
 */

/** The national day asked for on its page, and the one most articles are written for. */
export const BENCH_DAY = 'world_book_day';

const DAYS: { code: string; name: string; weight: number }[] = [
  { code: BENCH_DAY, name: 'Ngày Sách và Bản quyền thế giới', weight: 0.4 },
  { code: 'reading_culture_day', name: 'Ngày Sách và Văn hóa đọc Việt Nam', weight: 0.2 },
  { code: 'lifelong_learning_week', name: 'Tuần lễ hưởng ứng học tập suốt đời', weight: 0.15 },
  { code: 'international_museum_day', name: 'Ngày Quốc tế Bảo tàng', weight: 0.1 },
  { code: 'digital_transformation_day', name: 'Ngày Chuyển đổi số quốc gia', weight: 0.1 },
  { code: 'cultural_heritage_day', name: 'Ngày Di sản văn hóa Việt Nam', weight: 0.05 },
];

/** Titles: {unit} is the writing unit, {province} its province. */
const TITLES: { title: string; topic: ContentTopic }[] = [
  { title: '{unit} ra mắt không gian đọc mới cho thiếu nhi', topic: 'reading_culture' },
  { title: '{province}: hơn 500 người tham gia Ngày hội đọc sách', topic: 'reading_culture' },
  { title: 'Lớp kỹ năng số miễn phí cho người cao tuổi tại {unit}', topic: 'digital_transformation' },
  { title: 'Chuyển đổi số trong thư viện: kinh nghiệm của {unit}', topic: 'libraries' },
  { title: 'Bảo tàng {province} mở trưng bày chuyên đề về di sản địa phương', topic: 'museum_learning' },
  { title: 'Xây dựng mô hình “Công dân học tập” ở {unit}', topic: 'learning_citizen' },
  {
    title: 'Trung tâm học tập cộng đồng khai giảng lớp tiếng Anh cho thanh niên',
    topic: 'community_learning',
  },
  { title: 'Đưa sách về thôn bản: chuyến xe thư viện lưu động của {unit}', topic: 'libraries' },
  { title: 'Cuộc thi Đại sứ văn hóa đọc {province} thu hút hàng nghìn học sinh', topic: 'reading_culture' },
  { title: 'Tọa đàm về vai trò của bảo tàng trong học tập suốt đời', topic: 'museum_learning' },
  { title: 'Phục dựng lễ hội truyền thống, gìn giữ di sản văn hóa phi vật thể', topic: 'heritage' },
  { title: 'Tập huấn kỹ năng khai thác thông tin trên Internet cho cán bộ xã', topic: 'skills' },
];

const DAY_TITLES = [
  'Hưởng ứng {day} tại {unit}',
  '{province} tổ chức nhiều hoạt động thiết thực nhân {day}',
  '{day}: {unit} mở cửa miễn phí, tặng sách cho học sinh',
];

const SENTENCES = [
  'Chương trình thu hút đông đảo người dân, học sinh và thầy cô giáo trên địa bàn tham gia.',
  'Đây là hoạt động nằm trong kế hoạch xây dựng xã hội học tập giai đoạn 2021–2030 của tỉnh.',
  'Ban tổ chức đã chuẩn bị hơn 2.000 đầu sách thuộc nhiều lĩnh vực: văn học, lịch sử, khoa học, kỹ năng sống.',
  'Nhiều em nhỏ lần đầu được trải nghiệm không gian đọc hiện đại với máy tính tra cứu và góc sách điện tử.',
  'Thư viện mở cửa cả thứ Bảy và Chủ nhật để người lao động có thể đến đọc và mượn sách.',
  'Cán bộ thư viện hướng dẫn bạn đọc cách tra cứu tài liệu trên hệ thống thư viện số của tỉnh.',
  'Theo kế hoạch, mô hình sẽ được nhân rộng ra các xã lân cận trong năm tới.',
  'Người cao tuổi được hướng dẫn cài đặt ứng dụng, sử dụng dịch vụ công trực tuyến và nhận diện tin giả.',
  'Lãnh đạo Sở Văn hóa, Thể thao và Du lịch đánh giá cao sự chủ động của cơ sở trong việc đổi mới hoạt động.',
  'Các hiện vật được giới thiệu kèm thuyết minh song ngữ và mã QR để khách tham quan tìm hiểu thêm.',
  'Hoạt động góp phần lan tỏa văn hóa đọc, hình thành thói quen học tập suốt đời trong cộng đồng.',
  'Trung tâm học tập cộng đồng phối hợp với Hội Khuyến học xã duy trì các lớp học vào buổi tối.',
  'Nhiều gia đình đã đăng ký danh hiệu “Gia đình học tập”, góp phần xây dựng “Cộng đồng học tập” cấp thôn.',
  'Trong khuôn khổ chương trình còn có các trò chơi dân gian, thi kể chuyện theo sách và vẽ tranh.',
  'Đến nay, hơn 80% số xã trên địa bàn đã có điểm đọc sách hoặc tủ sách cộng đồng.',
  'Thư viện cũng tiếp nhận sách do các nhà hảo tâm và doanh nghiệp trên địa bàn trao tặng.',
  'Bảo tàng tổ chức các buổi học ngoại khóa cho học sinh với chủ đề lịch sử địa phương.',
  'Các bạn trẻ tình nguyện viên hỗ trợ số hóa tài liệu quý và giới thiệu sách hay trên mạng xã hội.',
  'Kết thúc chương trình, ban tổ chức trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.',
  'Người dân có thể theo dõi lịch hoạt động và đăng ký tham gia trên Cổng thông tin học tập suốt đời.',
];

const SUBHEADINGS = [
  'Lan tỏa văn hóa đọc',
  'Kết quả bước đầu',
  'Những con số ấn tượng',
  'Hướng tới xã hội học tập',
];

const LIST_ITEMS = [
  'Trưng bày, giới thiệu sách theo chủ đề',
  'Thi kể chuyện theo sách dành cho học sinh tiểu học',
  'Tặng sách cho các điểm đọc ở thôn, bản',
  'Hướng dẫn sử dụng thư viện số và sách nói',
  'Giao lưu với tác giả, nhà văn địa phương',
  'Lớp kỹ năng số cho người cao tuổi',
  'Trải nghiệm hiện vật và trò chơi dân gian',
];

const AUTHORS = [
  'Nguyễn Thị Hoa',
  'Trần Văn Minh',
  'Lê Thu Trang',
  'Phạm Quốc Bảo',
  'Hoàng Ngọc Anh',
  'Vũ Đức Thắng',
  'Đặng Thị Mai',
  'Bùi Hải Yến',
];

export interface NewsSeeded {
  articles: number;
  /** Published and inside their window now. */
  visible: number;
  featured: number;
  /** Tagged with a national day, and with BENCH_DAY. */
  forDays: number;
  forBenchDay: number;
  /** Stored body sizes in bytes (UTF-8). */
  body: { min: number; mean: number; max: number };
  /** The province with the most visible articles (asked by the listing). */
  province: { id: number; name: string; articles: number };
  /** The province with the most visible BENCH_DAY articles (asked on the day's page). */
  dayProvince: { id: number; name: string; articles: number };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A body as an editor writes it: a lead, a subheading, a list, a link, paragraphs up to `target` bytes. */
function bodyOf(rnd: () => number, target: number, link: string): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const paragraph = () =>
    `<p>${Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => pick(SENTENCES)).join(' ')}</p>`;
  const items = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => `<li>${pick(LIST_ITEMS)}</li>`);
  const parts = [
    paragraph(),
    paragraph(),
    `<h2>${pick(SUBHEADINGS)}</h2>`,
    `<p>Chương trình gồm các hoạt động chính:</p><ul>${items.join('')}</ul>`,
    `<p>${pick(SENTENCES)} Chi tiết xem <a href="${link}">tại đây</a>.</p>`,
  ];
  while (bytes(parts.join('')) < target) parts.splice(parts.length - 1, 0, paragraph());
  return parts.join('');
}

/** Articles of the bench's institutions (BENCH-PORTAL-*) and provinces; run after the activities are seeded. */
export async function seedArticles(database: Database, count: number): Promise<NewsSeeded> {
  const q = <T extends object>(text: string, values: unknown[] = []) =>
    database.pool.query(text, values).then((r) => r.rows as T[]);
  const writers = await q<{ id: number; name: string; provinceId: number; provinceName: string }>(
    `select i.unit_id as id, u.name, i.province_id as "provinceId", pu.name as "provinceName"
     from institutions i join units u on u.id = i.unit_id join units pu on pu.id = i.province_id
     where u.code like 'BENCH-PORTAL-%' order by u.id`,
  );
  const provinces = [...new Map(writers.map((w) => [w.provinceId, w.provinceName]))].map(([id, name]) => ({
    id,
    name: `Sở Văn hóa, Thể thao và Du lịch ${name}`,
    provinceId: id,
    provinceName: name,
  }));
  const rnd = seededRandom(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const dayOf = () => {
    let r = rnd();
    for (const d of DAYS) {
      r -= d.weight;
      if (r < 0) return d;
    }
    return DAYS[0]!;
  };
  const now = Date.now();
  const DAY_MS = 86_400_000;
  const cols: Record<string, unknown[]> = {
    unit: [],
    province: [],
    title: [],
    summary: [],
    body: [],
    author: [],
    topic: [],
    observance: [],
    featured: [],
    from: [],
    until: [],
    published: [],
    search: [],
  };
  const sizes: number[] = [];
  for (let n = 0; n < count; n++) {
    // Most articles come from institutions, some from the province's department itself.
    const unit = rnd() < 0.15 ? pick(provinces) : pick(writers);
    const day = rnd() < 0.25 ? dayOf() : null;
    const template = pick(TITLES);
    const title = (day ? pick(DAY_TITLES) : template.title)
      .replace('{unit}', unit.name)
      .replace('{province}', unit.provinceName)
      .replace('{day}', day?.name ?? '');
    const summary = `${title}. ${pick(SENTENCES)}`;
    const link =
      rnd() < 0.3 ? `/portal/days/${day?.code ?? BENCH_DAY}` : `https://thuvien.example.vn/tin-tuc/${n + 1}`;
    const { html, removed } = sanitizeArticleBody(bodyOf(rnd, 3000 + Math.floor(rnd() * 3000), link));
    if (removed.length > 0) throw new Error(`the bench's body lost ${removed.join(', ')}`);
    sizes.push(bytes(html));
    const published = new Date(now - Math.floor(rnd() * 365 * DAY_MS));
    // The window: mostly from publishing on, for good; some closing later, some scheduled, some over.
    const w = rnd();
    let from = published;
    let until: Date | null = null;
    if (w < 0.08) until = new Date(now + (1 + Math.floor(rnd() * 60)) * DAY_MS);
    else if (w < 0.14) from = new Date(now + (1 + Math.floor(rnd() * 30)) * DAY_MS);
    else if (w < 0.2) {
      from = new Date(now - (70 + Math.floor(rnd() * 200)) * DAY_MS);
      until = new Date(from.getTime() + (7 + Math.floor(rnd() * 60)) * DAY_MS);
    }
    cols.unit!.push(unit.id);
    cols.province!.push(unit.provinceId);
    cols.title!.push(title);
    cols.summary!.push(summary);
    cols.body!.push(html);
    cols.author!.push(pick(AUTHORS));
    cols.topic!.push(rnd() < 0.1 ? null : day ? 'reading_culture' : template.topic);
    cols.observance!.push(day?.code ?? null);
    cols.featured!.push(rnd() < 0.05);
    cols.from!.push(from.toISOString());
    cols.until!.push(until?.toISOString() ?? null);
    cols.published!.push(published.toISOString());
    cols.search!.push(foldDiacritics([title, summary, textOfSanitized(html)].join(' ')));
  }
  if (cols.topic!.some((t) => t !== null && !CONTENT_TOPICS.includes(t as ContentTopic))) {
    throw new Error('a topic outside the catalogue');
  }
  // In slices: one statement with every body would be a 10 MB parameter list.
  const SLICE = 500;
  for (let start = 0; start < count; start += SLICE) {
    await q(
      `insert into articles (unit_id, province_id, title, summary, body, author, topic, observance_code, featured,
         publish_from, publish_until, status, published_at, search_text, created_at, updated_at)
       select u, p, t, s, b, a, tp, o, f, fr, un, 'published', pub, se, pub, pub
       from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::bool[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::text[])
         as x(u, p, t, s, b, a, tp, o, f, fr, un, pub, se)`,
      Object.values(cols).map((values) => values.slice(start, start + SLICE)),
    );
  }
  const visibleNow = `status = 'published' and (publish_from is null or publish_from <= now())
    and (publish_until is null or publish_until > now())`;
  const [totals] = await q<{ visible: number; featured: number; forDays: number; forBenchDay: number }>(
    `select count(*) filter (where ${visibleNow})::int as visible, count(*) filter (where featured)::int as featured,
       count(observance_code)::int as "forDays", count(*) filter (where observance_code = $1)::int as "forBenchDay"
     from articles`,
    [BENCH_DAY],
  );
  const busiest = (extra: string, values: unknown[] = []) =>
    q<{ id: number; name: string; articles: number }>(
      `select a.province_id as id, u.name, count(*)::int as articles from articles a
       join units u on u.id = a.province_id where ${visibleNow} ${extra}
       group by a.province_id, u.name order by count(*) desc, a.province_id limit 1`,
      values,
    ).then((rows) => rows[0]!);
  sizes.sort((a, b) => a - b);
  return {
    articles: count,
    ...totals!,
    body: {
      min: sizes[0]!,
      mean: Math.round(sizes.reduce((s, v) => s + v, 0) / sizes.length),
      max: sizes[sizes.length - 1]!,
    },
    province: await busiest(''),
    dayProvince: await busiest('and observance_code = $1', [BENCH_DAY]),
  };
}
