const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// Datelines and script labels open the text in bold, as the office writes them.
const LEAD = /^(Cajicá, Cundinamarca\.|Guion\.|Concepto:)/

/** The editor's HTML for a list of paragraphs. */
export function paragraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => {
      const lead = LEAD.exec(p)?.[0]
      const html = lead ? `<strong>${escapeHtml(lead)}</strong>${escapeHtml(p.slice(lead.length))}` : escapeHtml(p)
      return `<p>${html}</p>`
    })
    .join('')
}

/** A file name from a title: lowercase ASCII words joined by hyphens. */
export function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
