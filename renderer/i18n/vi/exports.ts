/** The "Xuất Excel" button every list screen carries. */
export const listExports = {
  exports: {
    button: 'Xuất Excel',
    done: 'Đã tải về {{file}}',
    residentsShown: 'Danh sách đang hiển thị (theo bộ lọc)',
    residentsAll: 'Toàn bộ sổ quản lý: mọi lượt, kể cả đã ra cơ sở',
  },
} as const;
