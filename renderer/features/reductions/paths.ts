/** The screen of one review (its proposals), under "Xếp loại, giảm hạn". */
export const reviewPath = (reviewId: number) => `/xep-loai/xet-giam/${reviewId}`;
export const reviewsPath = '/xep-loai/xet-giam';
