import ExcelJS from 'exceljs';

/**
 * Registers as facilities keep them, built here so each test knows exactly what the file holds: a title merged
 * across, a two-row header with merged parents, the columns in an order nobody expects, dates typed as text in
 * every format, as Excel serials and as real date cells, upper-case names, rich text, a formula, blank and
 * subtotal rows; and CSV files saved by Vietnamese Windows (UTF-8 with BOM; Windows-1258).
 */

export interface BuiltFile {
  fileName: string;
  contentBase64: string;
}

const toFile = (fileName: string, bytes: Uint8Array): BuiltFile => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The messy register's layout: its header is rows 3–4, its data starts on row 5 (0-based index 4). */
export const MESSY_HEADERS = [
  'Họ và tên',
  'Số CCCD',
  'Hình thức',
  'STT',
  'Năm sinh',
  'Giới tính',
  'Thời gian - Ngày vào',
  'Thời gian - Ngày ra',
  'Lý do ra',
  'Quyết định - Số quyết định',
  'Quyết định - Tòa án',
  'Thời hạn (tháng)',
];
export const MESSY_MAPPING = [
  'fullName',
  'citizenId',
  'kind',
  'seq',
  'birthYear',
  'sex',
  'admittedOn',
  'dischargedOn',
  'dischargeReason',
  'decisionNumber',
  'court',
  'termMonths',
];

/** Excel's serial 45000 is 15/03/2023. */
export const SERIAL_45000 = '2023-03-15';

export async function messyRegister(): Promise<BuiltFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So 2024');
  ws.getCell('A1').value = 'SỔ QUẢN LÝ NGƯỜI CAI NGHIỆN NĂM 2024';
  ws.mergeCells('A1:L1');
  const single: [string, string][] = [
    ['A', 'Họ và tên'],
    ['B', 'Số CCCD'],
    ['C', 'Hình thức'],
    ['D', 'STT'],
    ['E', 'Năm sinh'],
    ['F', 'Giới tính'],
    ['I', 'Lý do ra'],
    ['L', 'Thời hạn (tháng)'],
  ];
  for (const [c, text] of single) {
    ws.getCell(`${c}3`).value = text;
    ws.mergeCells(`${c}3:${c}4`);
  }
  ws.getCell('G3').value = 'Thời gian';
  ws.mergeCells('G3:H3');
  ws.getCell('G4').value = 'Ngày vào';
  ws.getCell('H4').value = 'Ngày ra';
  ws.getCell('J3').value = 'Quyết định';
  ws.mergeCells('J3:K3');
  ws.getCell('J4').value = 'Số quyết định';
  ws.getCell('K4').value = 'Tòa án';
  const rows: ExcelJS.CellValue[][] = [
    /* 5 */ ['NGUYỄN VĂN AN', '079090001234', 'Bắt buộc', 1, 1990, 'Nam', '15/03/2024', null, null, '12/2024/QĐ-TA', 'TAND khu vực 1', 24],
    /* 6 */ [{ richText: [{ text: 'trần thị ' }, { text: 'bình', font: { bold: true } }] }, null, 'Tự nguyện', { formula: 'D5+1', result: 2 }, 1988, 'Nữ', '15-3-2023', date('2023-09-15'), 'Hoàn thành', null, null, 6],
    /* 7 */ [],
    /* 8 */ ['LÊ VĂN CƯỜNG', '079085004321', 'BB', 3, 1985, 'Nam', 45000, '2024-03-15', 'Chấp hành xong', '5/2023/QĐ-TA', 'TAND khu vực 2', 12],
    /* 9 */ ['Cộng: 3'],
    /* 10 */ ['PHẠM VĂN DŨNG', null, 'Bắt buộc', 4, 1992, 'Nam', '31/02/2024', null, null, '8/2024/QĐ-TA', 'TAND khu vực 1', 18],
    /* 11 */ ['Hoàng Văn Em', null, 'Bắt buộc', 5, 1991, 'Nam', '01.06.2022', '01/06/2025', 'Chấp hành xong', '7/2022/QĐ-TA', 'TAND khu vực 3', 36],
    /* 12 */ ['Nguyễn Văn An', '079090001234', 'Bắt buộc', 6, 1990, 'Nam', '01/01/2020', '01/01/2021', 'Chấp hành xong', '3/2020/QĐ-TA', 'TAND khu vực 1', 12],
    /* 13 */ ['ĐỖ VĂN PHÚC', null, 'Bắt buộc', 7, 1993, 'Nam', 'ngày 5 tháng 7 năm 2021', '01/07/2021', 'Chấp hành xong', '9/2021/QĐ-TA', 'TAND khu vực 2', 12],
  ];
  rows.forEach((cells, i) => {
    const row = ws.getRow(5 + i);
    cells.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  ws.getCell('H6').numFmt = 'dd/mm/yyyy';
  return toFile('so-quan-ly-2024.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * What the messy register must give, row by row (Excel's row numbers): the status, and for an imported row the
 * stay written. Row 7 is blank, row 9 a subtotal; 10 has no 31 February, 11 a 36-month term (the law allows 12–24),
 * 13 a discharge before its admission. Rows 5 and 12 are one person admitted twice.
 */
export const MESSY_EXPECTED = {
  statuses: { 5: 'ok', 6: 'ok', 7: 'skipped', 8: 'ok', 9: 'skipped', 10: 'error', 11: 'error', 12: 'ok', 13: 'error' },
  problems: { 10: ['unreadable_date'], 11: ['term_out_of_range'], 13: ['discharge_before_admission'] },
  errorCells: { 10: 6, 11: 11, 13: 7 },
  stays: {
    5: { fullName: 'Nguyễn Văn An', birthYear: 1990, sex: 'male', citizenId: '079090001234', kind: 'compulsory_adult', admittedOn: '2024-03-15', dischargedOn: null, dischargeReason: null, termMonths: 24, decisionNumber: '12/2024/QĐ-TA' },
    6: { fullName: 'Trần Thị Bình', birthYear: 1988, sex: 'female', citizenId: null, kind: 'voluntary', admittedOn: '2023-03-15', dischargedOn: '2023-09-15', dischargeReason: 'voluntary_completed', termMonths: 6, decisionNumber: null },
    8: { fullName: 'Lê Văn Cường', birthYear: 1985, sex: 'male', citizenId: '079085004321', kind: 'compulsory_adult', admittedOn: SERIAL_45000, dischargedOn: '2024-03-15', dischargeReason: 'completed', termMonths: 12, decisionNumber: '5/2023/QĐ-TA' },
    12: { fullName: 'Nguyễn Văn An', birthYear: 1990, sex: 'male', citizenId: '079090001234', kind: 'compulsory_adult', admittedOn: '2020-01-01', dischargedOn: '2021-01-01', dischargeReason: 'completed', termMonths: 12, decisionNumber: '3/2020/QĐ-TA' },
  },
  /** Four stays of three people; one present (row 5). */
  persons: 3,
} as const;

/** A semicolon CSV in UTF-8 with the BOM Excel writes, in vi-VN style. */
export function csvUtf8Bom(): BuiltFile {
  const text = [
    'STT;Họ tên;Ngày sinh;Giới tính;Ngày tiếp nhận;Loại;Thời hạn',
    '1;BÙI VĂN HẢI;02/02/1994;Nam;10/10/2025;Bắt buộc;"18"',
    '2;"Ngô Thị Lan; tổ 3";1996;Nữ;2025-11-01;Tự nguyện;6 tháng',
  ].join('\r\n');
  return toFile('so-utf8.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]));
}
export const CSV_UTF8_EXPECTED = [
  { fullName: 'Bùi Văn Hải', birthDate: '1994-02-02', kind: 'compulsory_adult', admittedOn: '2025-10-10', termMonths: 18, sex: 'male' },
  { fullName: 'Ngô Thị Lan; Tổ 3', birthYear: 1996, kind: 'voluntary', admittedOn: '2025-11-01', termMonths: 6, sex: 'female' },
];

/** Windows-1258 bytes of a text: precomposed letters where the code page has them, tone marks as combining bytes. */
export function encode1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base, ...marks] = [...ch.normalize('NFD')];
    // One mark composes with the base into a letter of the code page (ê, ơ, ư, ă, â); the other is a combining byte.
    const i = marks.findIndex((m) => byteOf.has(`${base}${m}`.normalize('NFC')));
    const head = i >= 0 ? `${base}${marks[i]}`.normalize('NFC') : (base as string);
    const rest = i >= 0 ? marks.filter((_, j) => j !== i) : marks;
    for (const c of [head, ...rest]) {
      const b = byteOf.get(c);
      if (b === undefined) throw new Error(`not in Windows-1258: ${c}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

export function csv1258(): BuiltFile {
  const text = ['Họ và tên,Năm sinh,Giới tính,Ngày vào,Hình thức,Thời hạn,Ngày ra,Lý do ra', 'Nguyễn Thị Hồng,1989,Nữ,3/4/2019,Tự nguyện,12,3/4/2020,Hoàn thành', 'TRƯƠNG VĂN ĐỨC,1979,Nam,20/12/2018,Bắt buộc,24,20/12/2020,Chấp hành xong'].join('\n');
  return toFile('so-1258.csv', encode1258(text));
}
export const CSV_1258_EXPECTED = [
  { fullName: 'Nguyễn Thị Hồng', birthYear: 1989, kind: 'voluntary', admittedOn: '2019-04-03', dischargedOn: '2020-04-03', dischargeReason: 'voluntary_completed' },
  { fullName: 'Trương Văn Đức', birthYear: 1979, kind: 'compulsory_adult', admittedOn: '2018-12-20', dischargedOn: '2020-12-20', dischargeReason: 'completed' },
];

/** A plain register of `n` rows (for the bench and volume tests): one person per row, a third of them still present. */
export async function largeRegister(n: number): Promise<BuiltFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So');
  ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD', 'Ngày vào', 'Hình thức', 'Số quyết định', 'Tòa án', 'Thời hạn (tháng)', 'Ngày ra', 'Lý do ra']);
  for (let i = 0; i < n; i++) {
    const year = 2000 + (i % 25);
    const admitted = date(`${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`);
    const present = i % 3 === 0 && year >= 2024;
    const out = new Date(admitted.getTime() + 365 * 86_400_000);
    ws.addRow([
      i + 1,
      `NGUYỄN VĂN ${['AN', 'BÌNH', 'CƯỜNG', 'DŨNG', 'HẢI'][i % 5]} ${i}`,
      1960 + (i % 20),
      'Nam',
      String(100_000_000_000 + i),
      admitted,
      'Bắt buộc',
      `${i}/${year}/QĐ-TA`,
      'TAND khu vực 1',
      12,
      present ? null : out,
      present ? null : 'Chấp hành xong',
    ]);
  }
  return toFile('so-lon.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
}
