import { proposeMapping } from './header-match';
import { cellText } from './text';
import type { HeaderGuess, SheetGrid } from './types';

/** Registers put a title, the facility's name and a date above the table; the header is within the first rows. */
const SCAN_ROWS = 30;
/** A header is at most three rows deep ("Quyết định" over "Số" | "Ngày", merged vertically elsewhere). */
const MAX_DEPTH = 3;

function widthOf(grid: SheetGrid): number {
  return grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/** A cell's text, a merged range's text in every cell it covers (ExcelJS may give covered cells nothing). */
function textAt(grid: SheetGrid, r: number, c: number): string {
  const m = grid.merges.find((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right);
  return cellText(m ? (grid.rows[m.top]?.[m.left] ?? null) : (grid.rows[r]?.[c] ?? null));
}

/** Whether row `r` holds text outside the columns left..right (a title merged across the sheet holds none). */
function hasTextOutside(grid: SheetGrid, r: number, left: number, right: number): boolean {
  return (grid.rows[r] ?? []).some((cell, c) => (c < left || c > right) && cellText(cell) !== '');
}

/**
 * The last row of a header starting at `top`: the lowest row reached by a merge starting there (a header cell merged
 * down, or a parent merged across whose children are in the row below; a title alone on its row is no parent).
 */
function bottomOf(grid: SheetGrid, top: number): number {
  let bottom = top;
  for (const m of grid.merges) {
    if (m.top !== top) continue;
    if (m.bottom > top) bottom = Math.max(bottom, m.bottom);
    else if (m.right > m.left && hasTextOutside(grid, top, m.left, m.right)) {
      for (let c = m.left; c <= m.right; c++) if (cellText(grid.rows[top + 1]?.[c] ?? null) !== '') bottom = Math.max(bottom, top + 1);
    }
  }
  return Math.min(bottom, top + MAX_DEPTH - 1);
}

/** Each column's texts from top to bottom, a text repeated by a vertical merge kept once: "Quyết định - Số". */
function joinedHeaders(grid: SheetGrid, top: number, bottom: number, width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = textAt(grid, r, c);
      if (t !== '' && t !== parts.at(-1)) parts.push(t);
    }
    return parts.join(' - ');
  });
}

/** The row of printed column numbers under many headers: (1) (2) (3)… or 1 2 3… */
function isColumnNumbering(grid: SheetGrid, r: number): boolean {
  const nums = (grid.rows[r] ?? []).map(cellText).filter((t) => t !== '');
  if (nums.length < 3) return false;
  return nums.every((t, i) => {
    const n = /^\(?(\d+)\)?$/.exec(t);
    return n !== null && (i === 0 || Number(n[1]) === Number(/\d+/.exec(nums[i - 1] ?? '')?.[0]) + 1);
  });
}

/**
 * Finds the header: among the first rows, the one whose texts (joined with the rows merged under it) map the most
 * columns to fields. On a tie the first wins: a header repeated on the next printed page is not the header.
 */
export function detectHeader(grid: SheetGrid): HeaderGuess {
  const width = widthOf(grid);
  let best = { top: 0, bottom: 0, score: -1, headers: [] as string[] };
  for (let top = 0; top < Math.min(SCAN_ROWS, grid.rows.length); top++) {
    const bottom = bottomOf(grid, top);
    const headers = joinedHeaders(grid, top, bottom, width);
    const score = proposeMapping(headers).filter((f) => f !== null).length;
    if (score > best.score) best = { top, bottom, score, headers };
  }
  if (best.score <= 0) return { headerTop: 0, dataStart: 1, headers: joinedHeaders(grid, 0, 0, width) };
  let dataStart = best.bottom + 1;
  if (isColumnNumbering(grid, dataStart)) dataStart++;
  return { headerTop: best.top, dataStart, headers: best.headers };
}
