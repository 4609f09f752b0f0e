/** A1 helpers. */

/** 1-based column number → letters (1 → A, 27 → AA). */
export function colLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 1-based column number (A → 1); 0 for anything else. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}
