/**
 * Initials for the bed board's privacy mode, so a board on a shared screen does not show who is where by name:
 * "Nguyễn Văn Hùng" → "N.V.H.". Accents stay ("Đ.T.Â."), as officers write them.
 */
export function initials(fullName: string): string {
  return fullName
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w.charAt(0).toLocaleUpperCase('vi')}.`)
    .join('');
}
