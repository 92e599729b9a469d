/** The look of every report: sober colours of an official document, standard PDF fonts. */
export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const

export const COLOR = {
  text: '#1f2933',
  muted: '#52606d',
  heading: '#1f3864',
  rule: '#9aa5b1',
  tableHeader: '#dce3ec',
  tableStripe: '#f4f6f9',
  groupRow: '#e9edf3',
  bar: '#2f5597',
  barPrevious: '#a9b8d0',
  alert: '#9b1c1c',
  alertFill: '#fcf0f0'
} as const

export const SIZE = { title: 16, section: 12, subsection: 10.5, body: 9.5, table: 8.5, small: 7.5 } as const

/** Letter paper, as Colombian entities print; room above the body for the institutional header. */
export const PAGE = {
  size: 'LETTER',
  side: 50,
  headerTop: 32,
  headerHeight: 64,
  bodyTop: 116,
  bodyBottom: 62,
  footerFromBottom: 46
} as const
