import ExcelJS from 'exceljs';

/**
 * A register as facilities keep it by hand: a title over the table, a header merged over two rows ("Quyết định"
 * over Số | Ngày | Tòa án), text dates in two spellings beside Excel dates, names in upper case, a total line, a
 * row whose admission date cannot be read, and a person the register already holds. Each row says what the
 * wizard must make of it.
 */
export const messyRegister = {
  fileName: 'so-quan-ly-2024.xlsx',
  sheet: 'Sổ 2024',
  /** 1-based Excel rows: the title on 1–2, the header on 4–5, data from 6. */
  headerRows: [4, 5],
  dataFrom: 6,
  /** Imported as is: upper-case name, text birth date, text admission date "15-3-2024", an Excel decision date. */
  plain: { row: 6, fullName: 'Nguyễn Văn An', citizenId: '079090001111', birth: '15/03/1990', admitted: '15/03/2024' },
  /** Birth year only, an Excel admission date, voluntary. */
  yearOnly: { row: 7, fullName: 'Trần Văn Bình', birth: '1985', admitted: '10/06/2023' },
  /** Admission date "32/13/2024": an error, the row is left out. */
  unreadable: { row: 8, fullName: 'Lê Văn Cường', letter: 'J', header: 'Ngày tiếp nhận', text: '32/13/2024' },
  /** Already in the register (same citizen id): an earlier, finished stay matched to him. */
  existing: { row: 9, fullName: 'Phạm Văn Dũng', citizenId: '079090004444', admitted: '01/02/2021' },
  /** "Cộng: 4 người": skipped. */
  total: { row: 10 },
};

const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Nơi cư trú', 'Quyết định', '', '', 'Ngày tiếp nhận', 'Hình thức', 'Thời hạn (tháng)', 'Ngày ra', 'Lý do ra'];
const underDecision = ['Số', 'Ngày', 'Tòa án'];
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function buildMessyRegister(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(messyRegister.sheet);
  ws.getCell('A1').value = 'SỔ QUẢN LÝ NGƯỜI CAI NGHIỆN MA TÚY NĂM 2024';
  ws.mergeCells('A1:N1');
  ws.getCell('A2').value = 'Cơ sở cai nghiện ma túy số 1 — Công an tỉnh Đồng Nai';
  ws.mergeCells('A2:N2');
  ws.getRow(4).values = header;
  ws.getRow(5).values = ['', '', '', '', '', '', ...underDecision];
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'L', 'M', 'N']) ws.mergeCells(`${col}4:${col}5`);
  ws.mergeCells('G4:I4');

  const court = 'Tòa án nhân dân huyện Xuân Lộc';
  const rows: ExcelJS.CellValue[][] = [
    [1, 'NGUYỄN VĂN AN', '15/03/1990', 'Nam', messyRegister.plain.citizenId, 'Xuân Tâm, Đồng Nai', '15/2024/QĐ-TA', excelDate('2024-03-01'), court, '15-3-2024', 'Bắt buộc', 18, null, null],
    [2, 'TRẦN VĂN BÌNH', 1985, 'Nam', null, 'Xuân Hòa, Đồng Nai', null, null, null, excelDate('2023-06-10'), 'Tự nguyện', 6, null, null],
    [3, 'LÊ VĂN CƯỜNG', '02/09/1992', 'Nam', '079092003333', 'Long Khánh, Đồng Nai', '20/2024/QĐ-TA', excelDate('2024-04-02'), court, '32/13/2024', 'Bắt buộc', 12, null, null],
    [4, 'PHẠM VĂN DŨNG', '01/05/1990', 'Nam', messyRegister.existing.citizenId, 'Xuân Tâm, Đồng Nai', '03/2021/QĐ-TA', excelDate('2021-01-20'), court, '01/02/2021', 'Bắt buộc', 12, excelDate('2022-02-01'), 'Chấp hành xong'],
    ['Cộng: 4 người'],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(messyRegister.dataFrom + i);
    row.values = values;
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  const notes = wb.addWorksheet('Hướng dẫn');
  notes.getCell('A1').value = 'Sổ ghi từ năm 2024; mỗi dòng một lượt.';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
