const PALETTES = [
  { background: '#0b5d3b', accent: '#f2c230', text: '#ffffff' },
  { background: '#1c3f94', accent: '#5fc3e4', text: '#ffffff' },
  { background: '#b5322c', accent: '#ffd166', text: '#ffffff' },
  { background: '#f4efe6', accent: '#0b5d3b', text: '#1d1d1b' },
  { background: '#5b2a86', accent: '#f29e4c', text: '#ffffff' }
] as const

const LINE_HEIGHT = 92

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Breaks a title into lines of at most `width` characters, on spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export interface PosterText {
  title: string
  kicker: string
  footer: string
  version: number
}

/** A small 4:5 social-media poster in SVG: a design file that also renders in an <img>. */
export function posterSvg(text: PosterText, paletteIndex: number): string {
  const palette = PALETTES[paletteIndex % PALETTES.length]!
  const lines = wrap(text.title, 17).slice(0, 7)
  // The title block sits centred in the poster, below the kicker.
  const titleY = Math.round(700 - (lines.length * LINE_HEIGHT) / 2 + 60)
  const title = lines
    .map((l, i) => `<text x="80" y="${titleY + i * LINE_HEIGHT}" font-size="76" font-weight="700">${escapeXml(l)}</text>`)
    .join('\n    ')
  const ruleY = titleY + lines.length * LINE_HEIGHT - 20
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350" viewBox="0 0 1080 1350">
  <rect width="1080" height="1350" fill="${palette.background}"/>
  <circle cx="960" cy="170" r="260" fill="${palette.accent}" opacity="0.35"/>
  <circle cx="120" cy="1260" r="200" fill="${palette.accent}" opacity="0.25"/>
  <rect x="80" y="140" width="140" height="14" fill="${palette.accent}"/>
  <g font-family="Inter, 'Segoe UI', Arial, sans-serif" fill="${palette.text}">
    <text x="80" y="210" font-size="34" font-weight="600" letter-spacing="2">${escapeXml(text.kicker.toUpperCase())}</text>
    ${title}
    <rect x="80" y="${ruleY}" width="220" height="10" fill="${palette.accent}"/>
    <text x="80" y="1180" font-size="30">${escapeXml(text.footer)}</text>
    <text x="80" y="1230" font-size="24" opacity="0.7">Versión ${text.version}</text>
  </g>
</svg>
`
}
