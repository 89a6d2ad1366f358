import {
  type Lang,
  type NomineeKind,
  REPORT_LEVEL_NAMES,
  REPORT_STATUS_NAMES,
  type RecognitionForm,
  TASK_AREA_NAMES,
  TASK_STATUS_NAMES,
} from '@suotdoi/shared';

/**
 * The words of the official documents, Vietnamese (the language of record) and English. Sentences that carry
 * numbers are functions, so each language orders its own words.
 */
export interface DocumentWords {
  title: string;
  annualSubtitle: (plan: string, year: number) => string;
  reviewSubtitle: (kind: 'midterm' | 'final', plan: string, from: number, to: number) => string;
  noPlanSubject: string;
  placeDate: (place: string, d: string, m: string, y: string) => string;
  symbol: (pattern: string) => string;
  defaultOpening: (plan: string, unit: string, what: string) => string;
  annualWhat: (year: number) => string;
  reviewWhat: (kind: 'midterm' | 'final', from: number, to: number) => string;
  copyToDefault: string[];
  headings: {
    direction: string;
    results: string;
    targets: string;
    tasks: string;
    observances: string;
    highlights: string;
    limitations: string;
    proposals: string;
    nextSteps: string;
    gapAnalysis: string;
    aheadBehind: string;
    recognitions: string;
  };
  planInForce: (plan: string, inheritedFrom: string | null) => string;
  noPlan: (year: number) => string;
  restructuredIn: (date: string, others: string, unit: string, ref: string) => string;
  restructuredOut: (date: string, unit: string, others: string, ref: string) => string;
  reporting: (p: {
    submitted: number;
    expected: number;
    share: string;
    approved: number;
    onTime: number;
    late: number;
    overdue: number;
  }) => string;
  noReportsExpected: string;
  notSubmittedList: string;
  targetSummary: (year: number, counts: Record<string, number>, total: number) => string;
  taskSummary: (counts: Record<string, number>, total: number) => string;
  observanceSummary: (events: number, days: number) => string;
  /** "năm 2026" / "giai đoạn 2023–2025": the period the recognitions are of. */
  recognitionPeriod: (from: number, to: number) => string;
  recognitionSummary: (period: string, collectives: number, individuals: number) => string;
  noRecognitions: (period: string) => string;
  recognitionForms: Record<RecognitionForm, string>;
  nomineeKinds: Record<NomineeKind, string>;
  nothingSaid: string;
  captions: {
    targets: (year: number) => string;
    tasks: string;
    observances: (years: string) => string;
    gap: string;
    ahead: string;
    chartTargets: (n: number, indicator: string) => string;
    chartUnits: string;
    recognitions: (n: number, period: string) => string;
  };
  columns: {
    no: string;
    indicator: string;
    category: string;
    milestone: string;
    target: string;
    actual: (year: number) => string;
    gap: string;
    status: string;
    task: string;
    lead: string;
    coordinating: string;
    timeframe: string;
    result: (year: number) => string;
    day: string;
    observance: string;
    events: string;
    unit: string;
    code: string;
    level: string;
    deadline: string;
    submittedAt: string;
    onTime: string;
    daysLate: string;
    reportStatus: string;
    area: string;
    product: string;
    achieved: string;
    withData: string;
    share: string;
    needed: string;
    baseline: string;
    nominee: string;
    nomineeKind: string;
    nomineeName: string;
    position: string;
    form: string;
    decisionNumber: string;
    decisionDate: string;
  };
  empty: {
    targets: string;
    tasks: (year: number) => string;
    observances: string;
    gap: string;
    ahead: string;
  };
  allCategories: string;
  yearly: (from: number, to: number) => string;
  taskStatus: (typeof TASK_STATUS_NAMES)['vi'];
  areas: (typeof TASK_AREA_NAMES)['vi'];
  late: string;
  onTime: string;
  yes: string;
  no: string;
  reportStatus: Record<string, string>;
  levels: Record<string, string>;
  annexes: {
    breakdown: string;
    breakdownTitle: (level: string, year: number) => string;
    completeness: string;
    completenessTitle: (period: string) => string;
    tasks: string;
    tasksTitle: string;
    targets: string;
    targetsTitle: (year: number) => string;
    recognitions: string;
    recognitionsTitle: (period: string) => string;
    noValue: string;
  };
  levelWords: { children: string; institutions: string };
  gaps: {
    noPlan: (year: number) => string;
    noTargets: string;
    noFigures: (year: number) => string;
    missingReports: (missing: number, expected: number) => string;
    templateMissing: (fields: string) => string;
    merged: (date: string) => string;
    unitNotInYear: (year: number) => string;
  };
  templateFields: Record<string, string>;
  aheadBehindNote: string;
  ahead: string;
  behind: string;
  focusTargets: (names: string) => string;
  chartTarget: string;
  chartActual: string;
  chartShare: string;
}

const vi: DocumentWords = {
  title: 'BÁO CÁO',
  annualSubtitle: (plan, year) => `Kết quả thực hiện ${plan} năm ${year}`,
  reviewSubtitle: (kind, plan, from, to) =>
    `${kind === 'midterm' ? 'Sơ kết' : 'Tổng kết'} giai đoạn ${from}–${to} thực hiện ${plan}`,
  noPlanSubject:
    'Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”',
  placeDate: (place, d, m, y) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
  symbol: (pattern) => `Số: …/${pattern}`,
  defaultOpening: (plan, unit, what) => `Thực hiện ${plan}, ${unit} báo cáo ${what} như sau:`,
  annualWhat: (year) => `kết quả thực hiện năm ${year}`,
  reviewWhat: (kind, from, to) => `${kind === 'midterm' ? 'sơ kết' : 'tổng kết'} giai đoạn ${from}–${to}`,
  copyToDefault: ['Như trên', 'Lưu: VT'],
  headings: {
    direction: 'CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN',
    results: 'KẾT QUẢ THỰC HIỆN',
    targets: 'Kết quả thực hiện các chỉ tiêu',
    tasks: 'Kết quả thực hiện các nhiệm vụ',
    observances: 'Hoạt động hưởng ứng các ngày kỷ niệm',
    highlights: 'Kết quả nổi bật của các đơn vị',
    limitations: 'HẠN CHẾ, NGUYÊN NHÂN',
    proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
    nextSteps: 'PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ',
    gapAnalysis: 'Phân tích khoảng cách so với chỉ tiêu',
    aheadBehind: 'Các đơn vị dẫn đầu và các đơn vị chậm',
    recognitions: 'Công tác khen thưởng',
  },
  planInForce: (plan, from) =>
    `Kế hoạch đang thực hiện: ${plan}${from ? ` (kế hoạch của ${from}, áp dụng cho đơn vị)` : ''}.`,
  noPlan: (year) => `Đơn vị chưa có kế hoạch thực hiện Chương trình áp dụng cho năm ${year}.`,
  restructuredIn: (date, others, unit, ref) =>
    `Ngày ${date}, ${others} được sắp xếp vào ${unit}${ref}; số liệu trước ngày này được cộng từ các đơn vị cũ theo tỷ lệ kế thừa.`,
  restructuredOut: (date, unit, others, ref) =>
    `Ngày ${date}, ${unit} được sắp xếp vào ${others}${ref}; số liệu từ ngày này được tổng hợp ở đơn vị mới.`,
  reporting: (p) =>
    `Công tác báo cáo: ${p.submitted}/${p.expected} báo cáo đã gửi (${p.share}), ${p.approved} báo cáo đã được duyệt; ${p.onTime} báo cáo đúng hạn, ${p.late} báo cáo muộn, ${p.overdue} báo cáo quá hạn chưa gửi.`,
  noReportsExpected: 'Trong kỳ không có báo cáo nào phải gửi lên đơn vị.',
  notSubmittedList: 'Các đơn vị chưa gửi báo cáo:',
  targetSummary: (year, c, total) =>
    total === 0
      ? `Năm ${year} chưa có chỉ tiêu để đánh giá.`
      : `Đến năm ${year}, trong ${total} chỉ tiêu: ${c.achieved ?? 0} chỉ tiêu đã đạt, ${c.on_track ?? 0} đúng tiến độ, ${c.at_risk ?? 0} có nguy cơ không đạt, ${c.off_track ?? 0} chậm tiến độ, ${c.no_data ?? 0} chưa có số liệu.`,
  taskSummary: (c, total) =>
    total === 0
      ? 'Không có nhiệm vụ trong kỳ.'
      : `Trong ${total} nhiệm vụ: ${c.done ?? 0} đã hoàn thành, ${c.in_progress ?? 0} đang thực hiện, ${c.continuous ?? 0} thực hiện thường xuyên, ${c.not_started ?? 0} chưa triển khai${c.overdue ? `; ${c.overdue} nhiệm vụ quá hạn` : ''}.`,
  observanceSummary: (events, days) =>
    `Các đơn vị đã tổ chức ${events} hoạt động hưởng ứng ${days} ngày kỷ niệm.`,
  recognitionPeriod: (from, to) => (from === to ? `năm ${to}` : `giai đoạn ${from}–${to}`),
  recognitionSummary: (period, collectives, individuals) =>
    `Trong ${period}, ${collectives + individuals} tập thể, cá nhân được khen thưởng (${collectives} tập thể, ${individuals} cá nhân), theo các quyết định dưới đây.`,
  noRecognitions: (period) => `Trong ${period}, chưa có tập thể, cá nhân nào được khen thưởng.`,
  recognitionForms: {
    department_certificate: 'Giấy khen của Sở',
    province_certificate: 'Bằng khen của UBND tỉnh',
    ministry_certificate: 'Bằng khen của Bộ',
    prime_minister_certificate: 'Bằng khen của Thủ tướng Chính phủ',
  },
  nomineeKinds: { collective: 'Tập thể', individual: 'Cá nhân' },
  nothingSaid: 'Chưa có đơn vị nêu nội dung này trong báo cáo.',
  captions: {
    targets: (year) => `Bảng 1. Kết quả thực hiện các chỉ tiêu đến năm ${year}`,
    tasks: 'Bảng 2. Kết quả thực hiện các nhiệm vụ',
    observances: (years) => `Bảng 3. Hoạt động hưởng ứng các ngày kỷ niệm ${years}`,
    gap: 'Bảng 4. Khoảng cách so với chỉ tiêu',
    ahead: 'Bảng 5. Mức độ đạt chỉ tiêu của các đơn vị',
    chartTargets: (n, indicator) => `Biểu đồ 1.${n}. ${indicator}: chỉ tiêu và kết quả thực hiện`,
    chartUnits: 'Biểu đồ 2. Tỷ lệ chỉ tiêu đạt theo đơn vị',
    recognitions: (n, period) => `Bảng ${n}. Tập thể, cá nhân được khen thưởng ${period}`,
  },
  columns: {
    no: 'TT',
    indicator: 'Chỉ tiêu',
    category: 'Loại thiết chế',
    milestone: 'Mốc',
    target: 'Chỉ tiêu',
    actual: (year) => `Thực hiện ${year}`,
    gap: 'Chênh lệch',
    status: 'Đánh giá',
    task: 'Nhiệm vụ',
    lead: 'Chủ trì',
    coordinating: 'Phối hợp',
    timeframe: 'Thời gian',
    result: (year) => `Kết quả năm ${year}`,
    day: 'Ngày',
    observance: 'Ngày kỷ niệm',
    events: 'Số hoạt động',
    unit: 'Đơn vị',
    code: 'Mã',
    level: 'Cấp',
    deadline: 'Hạn gửi',
    submittedAt: 'Ngày gửi',
    onTime: 'Đúng hạn',
    daysLate: 'Số ngày muộn',
    reportStatus: 'Trạng thái',
    area: 'Lĩnh vực',
    product: 'Sản phẩm',
    achieved: 'Chỉ tiêu đạt',
    withData: 'Chỉ tiêu có số liệu',
    share: 'Tỷ lệ đạt',
    needed: 'Yêu cầu / xu hướng',
    baseline: 'Năm gốc',
    nominee: 'Tập thể, cá nhân',
    nomineeKind: 'Tập thể / cá nhân',
    nomineeName: 'Tên tập thể / họ tên',
    position: 'Chức vụ',
    form: 'Hình thức khen thưởng',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
  },
  empty: {
    targets: 'Kế hoạch chưa có chỉ tiêu để đánh giá.',
    tasks: (year) => `Không có nhiệm vụ nào của kế hoạch được giao cho đơn vị trong năm ${year}.`,
    observances: 'Chưa có hoạt động hưởng ứng ngày kỷ niệm nào được báo cáo.',
    gap: 'Mọi chỉ tiêu đã đạt: không còn khoảng cách.',
    ahead: 'Chưa có đơn vị cấp dưới có số liệu để so sánh.',
  },
  allCategories: 'Tất cả các loại',
  yearly: (from, to) => `Hằng năm ${from}–${to}`,
  taskStatus: TASK_STATUS_NAMES.vi,
  areas: TASK_AREA_NAMES.vi,
  late: 'muộn',
  onTime: 'đúng hạn',
  yes: 'Có',
  no: 'Không',
  reportStatus: REPORT_STATUS_NAMES.vi,
  levels: REPORT_LEVEL_NAMES.vi,
  annexes: {
    breakdown: 'Chỉ số theo đơn vị',
    breakdownTitle: (level, year) => `Phụ lục 1. Các chỉ số năm ${year} theo ${level}`,
    completeness: 'Tiến độ báo cáo',
    completenessTitle: (period) => `Phụ lục 2. Tính đầy đủ và kịp thời của báo cáo kỳ ${period}`,
    tasks: 'Nhiệm vụ',
    tasksTitle: 'Phụ lục 3. Danh mục nhiệm vụ và tình hình thực hiện',
    targets: 'Chỉ tiêu',
    targetsTitle: (year) => `Phụ lục 4. Kết quả thực hiện các chỉ tiêu đến năm ${year}`,
    recognitions: 'Khen thưởng',
    recognitionsTitle: (period) => `Phụ lục 5. Danh sách tập thể, cá nhân được khen thưởng ${period}`,
    noValue: '—: chưa có số liệu (chưa có báo cáo được duyệt).',
  },
  levelWords: { children: 'đơn vị trực thuộc', institutions: 'thiết chế' },
  gaps: {
    noPlan: (year) =>
      `Đơn vị chưa có kế hoạch áp dụng cho năm ${year}: báo cáo không đánh giá được chỉ tiêu và nhiệm vụ.`,
    noTargets: 'Kế hoạch đang thực hiện chưa có chỉ tiêu.',
    noFigures: (year) => `Chưa có số liệu năm ${year} đã được duyệt: các chỉ tiêu chưa đánh giá được.`,
    missingReports: (missing, expected) =>
      `Còn ${missing}/${expected} báo cáo chưa gửi: các số liệu chỉ tính trên các báo cáo đã được duyệt.`,
    templateMissing: (fields) => `Mẫu văn bản của đơn vị chưa khai báo: ${fields}.`,
    merged: (date) =>
      `Đơn vị có thay đổi địa giới hành chính ngày ${date}: số liệu được tổng hợp theo đơn vị hiện nay.`,
    unitNotInYear: (year) => `Đơn vị chưa có hoặc không còn trong năm ${year}.`,
  },
  templateFields: {
    issuingBody: 'tên cơ quan ban hành',
    symbolPattern: 'ký hiệu văn bản',
    place: 'địa danh',
    recipients: 'nơi gửi (Kính gửi)',
    signerTitle: 'chức vụ người ký',
    signerName: 'họ tên người ký',
  },
  aheadBehindNote: 'Tỷ lệ đạt tính trên các chỉ tiêu không phải chỉ tiêu tốc độ tăng, có số liệu của đơn vị.',
  ahead: 'Dẫn đầu',
  behind: 'Chậm',
  focusTargets: (names) =>
    `Tập trung thực hiện các chỉ tiêu có nguy cơ không đạt hoặc chậm tiến độ: ${names}.`,
  chartTarget: 'Chỉ tiêu',
  chartActual: 'Thực hiện',
  chartShare: 'Tỷ lệ chỉ tiêu đạt',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: DocumentWords = {
  title: 'REPORT',
  annualSubtitle: (plan, year) => `Results of ${plan} in ${year}`,
  reviewSubtitle: (kind, plan, from, to) =>
    `${kind === 'midterm' ? 'Mid-term review' : 'Final review'} ${from}–${to} of ${plan}`,
  noPlanSubject:
    'the Program “Promoting lifelong learning in libraries, museums and cultural centres to 2030”',
  placeDate: (place, d, m, y) => `${place}, ${d}/${m}/${y}`,
  symbol: (pattern) => `No.: …/${pattern}`,
  defaultOpening: (plan, unit, what) => `Implementing ${plan}, ${unit} reports ${what} as follows:`,
  annualWhat: (year) => `the results of ${year}`,
  reviewWhat: (kind, from, to) => `the ${kind === 'midterm' ? 'mid-term' : 'final'} review of ${from}–${to}`,
  copyToDefault: ['As above', 'Archive: Office'],
  headings: {
    direction: 'DIRECTION AND ORGANISATION',
    results: 'RESULTS',
    targets: 'Results against the targets',
    tasks: 'Results of the tasks',
    observances: 'Activities on the national days',
    highlights: 'Highlights from the units',
    limitations: 'LIMITATIONS AND CAUSES',
    proposals: 'PROPOSALS',
    nextSteps: 'NEXT STEPS AND PROPOSALS',
    gapAnalysis: 'Gap analysis against the targets',
    aheadBehind: 'Units ahead and behind',
    recognitions: 'Recognition',
  },
  planInForce: (plan, from) =>
    `Plan in force: ${plan}${from ? ` (the plan of ${from}, applied to the unit)` : ''}.`,
  noPlan: (year) => `The unit has no plan under the Program for ${year}.`,
  restructuredIn: (date, others, unit, ref) =>
    `On ${date}, ${others} were reorganised into ${unit}${ref}; figures before that day are summed from the former units by their lineage weights.`,
  restructuredOut: (date, unit, others, ref) =>
    `On ${date}, ${unit} was reorganised into ${others}${ref}; from that day its figures belong to the new unit.`,
  reporting: (p) =>
    `Reporting: ${p.submitted}/${p.expected} reports submitted (${p.share}), ${p.approved} approved; ${p.onTime} on time, ${p.late} late, ${p.overdue} overdue and not submitted.`,
  noReportsExpected: 'No report was due to the unit in the period.',
  notSubmittedList: 'Units that have not submitted:',
  targetSummary: (year, c, total) =>
    total === 0
      ? `No target to assess in ${year}.`
      : `By ${year}, of ${total} targets: ${c.achieved ?? 0} achieved, ${c.on_track ?? 0} on track, ${c.at_risk ?? 0} at risk, ${c.off_track ?? 0} off track, ${c.no_data ?? 0} without data.`,
  taskSummary: (c, total) =>
    total === 0
      ? 'No task in the period.'
      : `Of ${total} tasks: ${c.done ?? 0} done, ${c.in_progress ?? 0} in progress, ${c.continuous ?? 0} continuous, ${c.not_started ?? 0} not started${c.overdue ? `; ${c.overdue} overdue` : ''}.`,
  observanceSummary: (events, days) => `The units held ${events} activities for ${days} national days.`,
  recognitionPeriod: (from, to) => (from === to ? String(to) : `${from}–${to}`),
  recognitionSummary: (period, collectives, individuals) =>
    `In ${period}, ${plural(collectives, 'collective')} and ${plural(individuals, 'individual')} were recognised, by the decisions below.`,
  noRecognitions: (period) => `In ${period}, no collective or individual has been recognised.`,
  recognitionForms: {
    department_certificate: 'Certificate of merit of the Department',
    province_certificate: "Certificate of merit of the provincial People's Committee",
    ministry_certificate: 'Certificate of merit of the Ministry',
    prime_minister_certificate: 'Certificate of merit of the Prime Minister',
  },
  nomineeKinds: { collective: 'Collective', individual: 'Individual' },
  nothingSaid: 'No unit has written on this in its report.',
  captions: {
    targets: (year) => `Table 1. Results against the targets by ${year}`,
    tasks: 'Table 2. Results of the tasks',
    observances: (years) => `Table 3. Activities on the national days ${years}`,
    gap: 'Table 4. Gaps to the targets',
    ahead: 'Table 5. Targets achieved by unit',
    chartTargets: (n, indicator) => `Chart 1.${n}. ${indicator}: targets and results`,
    chartUnits: 'Chart 2. Share of targets achieved by unit',
    recognitions: (n, period) => `Table ${n}. Collectives and individuals recognised in ${period}`,
  },
  columns: {
    no: 'No.',
    indicator: 'Target',
    category: 'Institution category',
    milestone: 'Milestone',
    target: 'Target',
    actual: (year) => `Actual ${year}`,
    gap: 'Gap',
    status: 'Assessment',
    task: 'Task',
    lead: 'Lead',
    coordinating: 'Coordinating',
    timeframe: 'Timeframe',
    result: (year) => `Result ${year}`,
    day: 'Day',
    observance: 'National day',
    events: 'Activities',
    unit: 'Unit',
    code: 'Code',
    level: 'Level',
    deadline: 'Deadline',
    submittedAt: 'Submitted',
    onTime: 'On time',
    daysLate: 'Working days late',
    reportStatus: 'Status',
    area: 'Area',
    product: 'Product',
    achieved: 'Targets achieved',
    withData: 'Targets with data',
    share: 'Share achieved',
    needed: 'Needed / trend',
    baseline: 'Base year',
    nominee: 'Collective or individual',
    nomineeKind: 'Collective / individual',
    nomineeName: 'Collective / name',
    position: 'Position',
    form: 'Form of recognition',
    decisionNumber: 'Decision number',
    decisionDate: 'Decision date',
  },
  empty: {
    targets: 'The plan has no target to assess.',
    tasks: (year) => `No task of the plan is assigned to the unit in ${year}.`,
    observances: 'No activity on a national day has been reported.',
    gap: 'Every target is achieved: no gap remains.',
    ahead: 'No unit below has figures to compare.',
  },
  allCategories: 'All categories',
  yearly: (from, to) => `Yearly ${from}–${to}`,
  taskStatus: TASK_STATUS_NAMES.en,
  areas: TASK_AREA_NAMES.en,
  late: 'late',
  onTime: 'on time',
  yes: 'Yes',
  no: 'No',
  reportStatus: REPORT_STATUS_NAMES.en,
  levels: REPORT_LEVEL_NAMES.en,
  annexes: {
    breakdown: 'Indicators by unit',
    breakdownTitle: (level, year) => `Annex 1. Indicators of ${year} by ${level}`,
    completeness: 'Reporting',
    completenessTitle: (period) => `Annex 2. Completeness and timeliness of reporting, period ${period}`,
    tasks: 'Tasks',
    tasksTitle: 'Annex 3. Tasks and their status',
    targets: 'Targets',
    targetsTitle: (year) => `Annex 4. Results against the targets by ${year}`,
    recognitions: 'Recognition',
    recognitionsTitle: (period) => `Annex 5. Collectives and individuals recognised in ${period}`,
    noValue: '—: no figure (no approved report).',
  },
  levelWords: { children: 'unit below', institutions: 'institution' },
  gaps: {
    noPlan: (year) => `The unit has no plan for ${year}: targets and tasks cannot be assessed.`,
    noTargets: 'The plan in force has no targets.',
    noFigures: (year) => `No approved figures for ${year} yet: the targets cannot be assessed.`,
    missingReports: (missing, expected) =>
      `${missing}/${expected} reports are not submitted: figures count approved reports only.`,
    templateMissing: (fields) => `The unit's document template lacks: ${fields}.`,
    merged: (date) => `The unit's boundaries changed on ${date}: figures are put on today's unit.`,
    unitNotInYear: (year) => `The unit did not exist in ${year}.`,
  },
  templateFields: {
    issuingBody: 'issuing body',
    symbolPattern: 'document symbol',
    place: 'place',
    recipients: 'recipients',
    signerTitle: 'signer’s title',
    signerName: 'signer’s name',
  },
  aheadBehindNote: 'The share counts the unit’s targets with data, growth-rate targets aside.',
  ahead: 'Ahead',
  behind: 'Behind',
  focusTargets: (names) => `Focus on the targets at risk or off track: ${names}.`,
  chartTarget: 'Target',
  chartActual: 'Actual',
  chartShare: 'Share of targets achieved',
};

export const DOCUMENT_WORDS: Record<Lang, DocumentWords> = { vi, en };
