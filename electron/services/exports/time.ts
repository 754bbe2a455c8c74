/** An instant's time of day in Vietnam (hh:mm), as the screens show it. */
export const vnTime = (instant: string): string =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));
