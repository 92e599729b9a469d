import StarterKit from '@tiptap/starter-kit'
import type { RichTextEditorLabels } from '@mantine/tiptap'

/**
 * Only what main's sanitiser keeps (paragraphs, two heading levels, lists, quotes, bold, italic,
 * underline, strike, links, line breaks), so what the writer sees is what gets saved.
 */
export const contentExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' }
  })
]

export const EDITOR_LABELS: Partial<RichTextEditorLabels> = {
  boldControlLabel: 'Negrita',
  italicControlLabel: 'Cursiva',
  underlineControlLabel: 'Subrayado',
  strikeControlLabel: 'Tachado',
  clearFormattingControlLabel: 'Quitar formato',
  h2ControlLabel: 'Título',
  h3ControlLabel: 'Subtítulo',
  bulletListControlLabel: 'Lista con viñetas',
  orderedListControlLabel: 'Lista numerada',
  blockquoteControlLabel: 'Cita',
  linkControlLabel: 'Insertar enlace',
  unlinkControlLabel: 'Quitar enlace',
  undoControlLabel: 'Deshacer',
  redoControlLabel: 'Rehacer',
  linkEditorInputLabel: 'Dirección del enlace',
  linkEditorInputPlaceholder: 'https://www.alcaldia.gov.co',
  linkEditorExternalLink: 'Abrir el enlace en una pestaña nueva',
  linkEditorInternalLink: 'Abrir el enlace en la misma pestaña',
  linkEditorSave: 'Guardar'
}
