/**
 * The reports use the PDF standard fonts, whose WinAnsi encoding covers Spanish (á é í ó ú ñ ü ¿ ¡
 * « » and the typographic quotes and dashes) but not emoji, arrows or other scripts: those would
 * come out as stray glyphs, so they are written in WinAnsi or left out.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '<>',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '′': "'",
  '″': '"',
  '✓': 'Sí',
  '✔': 'Sí',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': '    '
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)
}

/** `text` as the standard fonts can draw it, and whether something had to be left out. */
export function toWinAnsi(text: string): { text: string; dropped: boolean } {
  let out = ''
  let dropped = false
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const replacement = REPLACEMENTS[char]
    if (replacement !== undefined) {
      out += replacement
      continue
    }
    if (isWinAnsi(char)) {
      out += char
      continue
    }
    // A letter with a diacritic Spanish does not use ("ș", "ł") keeps its base letter.
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    if (base !== '' && [...base].every(isWinAnsi)) {
      out += base
      continue
    }
    // Variation selectors and joiners are parts of emoji that are already left out.
    if (!/[\u200b-\u200d\ufe00-\ufe0f]/.test(char)) dropped = true
  }
  return { text: out, dropped }
}

export const pdfText = (text: string): string => toWinAnsi(text).text
