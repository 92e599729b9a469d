import { DIGEST_NAME, MEDIUM_TYPE_LABELS, TONE_COLORS, TONE_LABELS, TONES, type Tone } from '../../../shared/domain/monitoring'
import { formatDate } from '../../../shared/dates'
import { capitalize, formatInstant, formatInteger } from '../../reports/pdf/format'
import type { DigestClip, DigestData } from './data'
import { formatLongDate } from './data'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Every value written into the HTML goes through here: clips are typed by people and copied from the web. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const FONT = "font-family:Arial,Helvetica,sans-serif"
const CELL = 'padding:6px 8px;border-bottom:1px solid #dce3ec;'

function toneBadge(tone: Tone): string {
  const color = TONE_COLORS[tone].hex
  return `<span style="display:inline-block;padding:1px 8px;border-radius:10px;border:1px solid ${color};color:${color};font-size:12px;font-weight:bold">${escapeHtml(TONE_LABELS[tone])}</span>`
}

function countsTable(heading: string, rows: { label: string; counts: Record<Tone | 'total', number> }[], total: Record<Tone | 'total', number>): string {
  const head = [heading, ...TONES.map((t) => TONE_LABELS[t]), 'Total']
    .map((h, i) => `<th style="${CELL}text-align:${i === 0 ? 'left' : 'right'};background:#dce3ec">${escapeHtml(h)}</th>`)
    .join('')
  const line = (label: string, counts: Record<Tone | 'total', number>, bold = false) =>
    `<tr${bold ? ' style="font-weight:bold"' : ''}><td style="${CELL}">${escapeHtml(label)}</td>${[...TONES.map((t) => counts[t]), counts.total]
      .map((n) => `<td style="${CELL}text-align:right">${formatInteger(n)}</td>`)
      .join('')}</tr>`
  return `<table role="presentation" style="border-collapse:collapse;width:100%;font-size:14px;margin:8px 0 20px">
<thead><tr>${head}</tr></thead>
<tbody>${rows.map((r) => line(r.label, r.counts)).join('\n')}
${line('Total', total, true)}</tbody></table>`
}

function clipBlock(clip: DigestClip): string {
  const source = [clip.medium, MEDIUM_TYPE_LABELS[clip.mediumType], clip.program].filter(Boolean).map(escapeHtml).join(' · ')
  // Only http(s) addresses reach the database, so a link can never run script.
  const headline = clip.url
    ? `<a href="${escapeHtml(clip.url)}" style="color:#1f3864">${escapeHtml(clip.headline)}</a>`
    : escapeHtml(clip.headline)
  const details = [
    clip.dependencia ? `Dependencia: ${escapeHtml(clip.dependencia)}` : '',
    clip.spokesperson ? `Vocero: ${escapeHtml(clip.spokesperson)}` : '',
    clip.reach !== null ? `Alcance estimado: ${formatInteger(clip.reach)}` : ''
  ].filter(Boolean)
  return `<div style="border-left:4px solid ${TONE_COLORS[clip.tone].hex};padding:6px 12px;margin:10px 0;background:#f8f9fb">
<div style="font-size:12px;color:#52606d">${source} ${toneBadge(clip.tone)}</div>
<div style="font-size:15px;font-weight:bold;margin:4px 0">${headline}</div>
${clip.summary ? `<div style="font-size:14px;color:#1f2933">${escapeHtml(clip.summary)}</div>` : ''}
${details.length ? `<div style="font-size:12px;color:#52606d;margin-top:4px">${details.join(' · ')}</div>` : ''}
</div>`
}

/**
 * The digest as one self-contained HTML file for email: inline styles only, no scripts, no
 * images or fonts from elsewhere, so it opens the same in any mail client and offline.
 */
export function renderDigestHtml(data: DigestData, generatedBy: string, generatedAt: string): string {
  const title = `${DIGEST_NAME} del ${formatDate(data.date)}`
  const { counts } = data
  const summary =
    counts.total === 0
      ? `<p style="font-size:15px;padding:12px;background:#f4f6f9;border:1px solid #9aa5b1">No se registraron notas de medios sobre la entidad el ${formatDate(data.date)}.</p>`
      : `<p style="font-size:15px">Se registraron <strong>${formatInteger(counts.total)}</strong> ${counts.total === 1 ? 'nota' : 'notas'}: ${TONES.map(
          (t) => `${formatInteger(counts[t])} ${TONE_LABELS[t].toLowerCase()}${counts[t] === 1 ? '' : 's'}`
        ).join(', ')}.</p>
<h2 style="font-size:17px;color:#1f3864;margin:20px 0 4px">Por tema y tono</h2>
${countsTable('Tema', data.topics.map((t) => ({ label: t.topic, counts: t.counts })), counts)}
<h2 style="font-size:17px;color:#1f3864;margin:20px 0 4px">Por tipo de medio</h2>
${countsTable('Tipo de medio', data.byMediumType.map((t) => ({ label: MEDIUM_TYPE_LABELS[t.mediumType], counts: t.counts })), counts)}
<h2 style="font-size:17px;color:#1f3864;margin:20px 0 4px">Notas del día</h2>
${data.topics
  .map(
    (t) => `<h3 style="font-size:15px;margin:16px 0 4px;color:#1f2933">${escapeHtml(t.topic)} <span style="color:#52606d;font-weight:normal">(${formatInteger(t.counts.total)})</span></h3>
${t.clips.map(clipBlock).join('\n')}`
  )
  .join('\n')}`
  return `<!DOCTYPE html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#eef1f5;${FONT};color:#1f2933">
<div style="max-width:760px;margin:0 auto;padding:24px;background:#ffffff">
<div style="font-size:13px;color:#52606d">${escapeHtml([data.entityName, data.officeName].filter(Boolean).join(' · '))}</div>
<h1 style="font-size:22px;color:#1f3864;margin:6px 0 2px">${escapeHtml(title)}</h1>
<div style="font-size:14px;color:#52606d;border-bottom:2px solid #1f3864;padding-bottom:10px;margin-bottom:12px">${escapeHtml(capitalize(formatLongDate(data.date)))}</div>
${summary}
<p style="font-size:12px;color:#52606d;border-top:1px solid #dce3ec;padding-top:10px;margin-top:24px">Generado por ${escapeHtml(generatedBy)} el ${formatInstant(generatedAt)} con Pauta.</p>
</div>
</body>
</html>
`
}
