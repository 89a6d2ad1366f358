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
  /** The image uploader (components/ImageUploader.tsx), shared with Tin bài. */
  images: {
    dropZone: 'Vùng thả ảnh',
    pick: 'Chọn ảnh',
    hint: 'Hoặc kéo thả ảnh vào đây. PNG, JPEG, WebP hoặc GIF, mỗi ảnh tối đa 5 MB, tối đa {{max}} ảnh.',
    full: 'Đã đủ {{max}} ảnh. Bỏ bớt một ảnh để thêm ảnh khác.',
    unitFirst: 'Chọn đơn vị trước khi tải ảnh lên.',
    tooMany: 'Không thêm được "{{name}}": tối đa {{max}} ảnh.',
    failed: 'Không tải được "{{name}}" lên: {{error}}',
    listLabel: 'Ảnh đã chọn',
    alt: 'Ảnh {{n}}: {{name}}',
    cover: 'Ảnh bìa',
    makeCover: 'Đặt "{{name}}" làm ảnh bìa',
    remove: 'Bỏ ảnh "{{name}}"',
    uploading: 'Đang tải "{{name}}" lên: {{percent}} %',
  },
};
