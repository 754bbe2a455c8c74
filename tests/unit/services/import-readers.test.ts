import { describe, expect, it } from 'vitest';
import { decodeCsv, detectSeparator, parseCsv, readCsv } from '../../../electron/services/import/read-csv';
import { readXlsx } from '../../../electron/services/import/read-xlsx';
import { encode1258, messyRegister } from './import-workbooks';

describe('reading a CSV file', () => {
  it('parses quoted fields holding the separator, line breaks and doubled quotes; CRLF and LF alike', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"two\nlines";;x\nlast', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['two\nlines', '', 'x'],
      ['last'],
    ]);
    expect(parseCsv('a,b\n', ',')).toEqual([['a', 'b']]);
  });

  it('finds the separator of the header line, ignoring the ones inside quotes', () => {
    expect(detectSeparator('STT;Họ tên;Ngày sinh\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('"a;b;c",d,e')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
  });

  it('decodes UTF-8 with or without BOM, and falls back to Windows-1258 (tone marks composed)', () => {
    const text = 'Nguyễn Thị Hồng, Trương Văn Đức, Lê Thị Ngọc Ánh';
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toBe(text);
    expect(decodeCsv(Buffer.from(text))).toBe(text);
    const bytes = encode1258(text);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text)); // one byte a letter: not UTF-8
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('gives one grid named after the file, empty cells as null', () => {
    expect(readCsv(Buffer.from('a;;c'), 'so')).toEqual({ name: 'so', rows: [['a', null, 'c']], merges: [] });
  });
});

describe('reading an .xlsx file', () => {
  it('keeps merges 0-based, empties the cells a merge covers, and reads rich text, formulas and date cells', async () => {
    const [grid] = await readXlsx(Buffer.from((await messyRegister()).contentBase64, 'base64'));
    expect(grid!.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 11 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 6, bottom: 2, right: 7 },
      ]),
    );
    expect(grid!.rows[0]).toEqual(['SỔ QUẢN LÝ NGƯỜI CAI NGHIỆN NĂM 2024']);
    expect(grid!.rows[3]!.slice(0, 8)).toEqual([null, null, null, null, null, null, 'Ngày vào', 'Ngày ra']);
    const bình = grid!.rows[5]!;
    expect(bình[0]).toBe('trần thị bình');
    expect(bình[3]).toBe(2); // =D5+1
    expect(bình[7]).toEqual({ date: '2023-09-15' });
    expect(grid!.rows[6]).toEqual([]);
    // A serial typed as a plain number stays a number: the row reader makes it a date (the wizard test checks 15/03/2023).
    expect(grid!.rows[7]![6]).toBe(45000);
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(Buffer.from('not a zip'))).rejects.toThrow();
  });
});
