import { Box } from '@mantine/core'
import { RichTextEditor } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import { contentExtensions } from './editor-setup'

/**
 * Shows saved content through a read-only editor: the HTML goes through the editor's schema
 * instead of being injected, so nothing outside the allowed marks reaches the page.
 */
export function RichTextView({ html, label }: { html: string; label: string }) {
  const editor = useEditor(
    {
      extensions: contentExtensions,
      content: html,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { 'aria-label': label, 'aria-readonly': 'true', role: 'document' } }
    },
    [html]
  )
  return (
    <Box>
      <RichTextEditor editor={editor} variant="subtle" style={{ border: 0 }}>
        <RichTextEditor.Content bg="transparent" />
      </RichTextEditor>
    </Box>
  )
}
