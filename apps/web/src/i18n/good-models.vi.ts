/** Tiếng Việt for Mô hình hay: the catalogue, the model page, adoptions (issue 8). */
export const goodModelsVi = {
  nav: 'Mô hình hay',
  title: 'Mô hình hay',
  /** The content topics (CONTENT_TOPICS), shared with Tin bài. */
  topics: {
    reading_culture: 'Văn hóa đọc',
    digital_transformation: 'Chuyển đổi số',
    museum_learning: 'Giáo dục tại bảo tàng',
    community_learning: 'Trung tâm học tập cộng đồng',
    learning_citizen: 'Công dân học tập',
    heritage: 'Di sản văn hóa',
    libraries: 'Thư viện',
    skills: 'Kỹ năng',
  },
};
