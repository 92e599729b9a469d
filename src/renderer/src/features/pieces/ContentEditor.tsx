import { useRef, useState } from 'react'
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { RichTextEditor } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import type { PieceDetail } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EDITOR_LABELS, contentExtensions } from './editor-setup'
import { PIECE_WRITES } from './queries'

interface Props {
  piece: PieceDetail
  initialHtml: string
  canSubmit: boolean
}

/** The writer's editor: saves numbered versions and sends the latest one to review. */
export function ContentEditor({ piece, initialHtml, canSubmit }: Props) {
  const baseline = useRef('')
  const [dirty, setDirty] = useState(false)
  const [note, setNote] = useState('')
  const [emptyError, setEmptyError] = useState<string | null>(null)
  const editor = useEditor({
    extensions: contentExtensions,
    content: initialHtml,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': 'Texto de la pieza', role: 'textbox', 'aria-multiline': 'true' } },
    onCreate: ({ editor: e }) => {
      baseline.current = e.getHTML()
    },
    onUpdate: ({ editor: e }) => {
      setDirty(e.getHTML() !== baseline.current)
      setEmptyError(null)
    }
  })

  const saved = (html: string) => {
    baseline.current = html
    setDirty(false)
    setNote('')
  }

  const save = useApiMutation((input: { html: string; note: string }) => api.pieces.saveContent({ pieceId: piece.id, ...input }), {
    invalidates: PIECE_WRITES,
    success: (p) => `Se guardó la versión ${Math.max(...p.contentVersions.map((v) => v.number))} del contenido.`,
    onSuccess: (_p, input) => saved(input.html)
  })

  // Unsaved text is saved first, so what goes to review is what the writer sees.
  const submit = useApiMutation(
    async (input: { html: string; note: string } | null) => {
      if (input) await api.pieces.saveContent({ pieceId: piece.id, ...input })
      return api.pieces.submitContent({ pieceId: piece.id })
    },
    {
      invalidates: PIECE_WRITES,
      success: 'El contenido se envió a revisión.',
      onSuccess: (_p, input) => {
        if (input) saved(input.html)
      }
    }
  )

  const current = (): { html: string; note: string } | null => {
    if (!editor || editor.isEmpty) {
      setEmptyError('Escriba el texto de la pieza antes de guardarlo.')
      return null
    }
    return { html: editor.getHTML(), note: note.trim() }
  }
  const onSave = () => {
    const input = current()
    if (input && !save.isPending) save.mutate(input)
  }
  const onSubmit = () => {
    if (!dirty) {
      submit.mutate(null)
      return
    }
    const input = current()
    if (input) submit.mutate(input)
  }
  const busy = save.isPending || submit.isPending
  const hasVersion = piece.contentVersions.length > 0

  return (
    <Stack gap="sm" onKeyDown={getHotkeyHandler([['mod+S', onSave]])}>
      <RichTextEditor editor={editor} labels={EDITOR_LABELS}>
        <RichTextEditor.Toolbar sticky stickyOffset={0}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.Blockquote />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={320} />
      </RichTextEditor>
      {emptyError && (
        <Text size="sm" c="red.7" role="alert">
          {emptyError}
        </Text>
      )}
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <TextInput
          label="Nota de la versión (opcional)"
          placeholder="Qué cambió, p. ej. «Ajusté cifras de la Secretaría de Salud»"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['Enter', onSave]])}
          maxLength={500}
          style={{ flex: '1 1 320px' }}
        />
        <Group gap="sm">
          {dirty && (
            <Badge color="yellow" variant="light">
              Cambios sin guardar
            </Badge>
          )}
          <Button variant="default" onClick={onSave} loading={save.isPending} disabled={busy && !save.isPending} title="Ctrl+S">
            Guardar versión
          </Button>
          {canSubmit && (
            <Button onClick={onSubmit} loading={submit.isPending} disabled={(!hasVersion && !dirty) || (busy && !submit.isPending)}>
              Enviar a revisión de contenido
            </Button>
          )}
        </Group>
      </Group>
      {canSubmit && !hasVersion && !dirty && (
        <Text size="xs" c="dimmed">
          Escriba el texto y guárdelo como versión para poder enviarlo a revisión.
        </Text>
      )}
    </Stack>
  )
}
