import { useEffect, useRef, useState } from 'react'
import { ActionIcon, Alert, Box, Button, Center, Group, Loader, Paper, Text, Tooltip } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { IconAlertTriangle, IconArrowAutofitWidth, IconChevronLeft, IconChevronRight, IconZoomIn, IconZoomOut } from '@tabler/icons-react'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'
import { openPdf, POINTS_TO_CSS } from './pdf'

const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3]
const PAGE_PADDING = 32
const SCROLLBAR = 16

type Zoom = number | 'ancho'

/** Shows a generated PDF page by page on a canvas, with page navigation and zoom. */
export function PdfPreview({ url, title }: { url: string; title: string }) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null)
  const [failed, setFailed] = useState(false)
  const [page, setPage] = useState(1)
  const [zoom, setZoom] = useState<Zoom>('ancho')
  const [pageWidth, setPageWidth] = useState<number | null>(null)
  // Mantine measures the border box: the padding and a scrollbar come off before fitting the page.
  const { ref: frame, width: frameWidth } = useElementSize()

  useEffect(() => {
    let alive = true
    let close: (() => Promise<void>) | null = null
    setDoc(null)
    setFailed(false)
    setPage(1)
    openPdf(url)
      .then(async (opened) => {
        close = opened.close
        const first = await opened.doc.getPage(1)
        // Another file was chosen meanwhile: this one is no longer shown (destroying it twice is harmless).
        if (!alive) return void opened.close()
        setPageWidth(first.getViewport({ scale: 1 }).width)
        setDoc(opened.doc)
      })
      .catch(() => alive && setFailed(true))
    return () => {
      alive = false
      void close?.()
    }
  }, [url])

  const fitScale = pageWidth && frameWidth > 0 ? Math.max(0.25, (frameWidth - PAGE_PADDING - SCROLLBAR) / (pageWidth * POINTS_TO_CSS)) : 1
  const scale = zoom === 'ancho' ? fitScale : zoom
  const total = doc?.numPages ?? 0

  const zoomBy = (direction: 1 | -1) => {
    const next = direction > 0 ? ZOOM_STEPS.find((z) => z > scale + 0.001) : [...ZOOM_STEPS].reverse().find((z) => z < scale - 0.001)
    if (next !== undefined) setZoom(next)
  }

  return (
    <Paper withBorder radius="md" component="section" aria-label={`Vista previa: ${title}`} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" px="sm" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Página anterior">
            <ActionIcon variant="subtle" aria-label="Página anterior" disabled={page <= 1} onClick={() => setPage((p) => Math.max(1, p - 1))}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" miw={110} ta="center" aria-live="polite">
            {total > 0 ? `Página ${page} de ${total}` : 'Página – de –'}
          </Text>
          <Tooltip label="Página siguiente">
            <ActionIcon variant="subtle" aria-label="Página siguiente" disabled={page >= total} onClick={() => setPage((p) => Math.min(total, p + 1))}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Alejar">
            <ActionIcon variant="subtle" aria-label="Alejar" disabled={!doc || scale <= ZOOM_STEPS[0]!} onClick={() => zoomBy(-1)}>
              <IconZoomOut size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" w={52} ta="center">
            {Math.round(scale * 100)} %
          </Text>
          <Tooltip label="Acercar">
            <ActionIcon variant="subtle" aria-label="Acercar" disabled={!doc || scale >= ZOOM_STEPS.at(-1)!} onClick={() => zoomBy(1)}>
              <IconZoomIn size={18} />
            </ActionIcon>
          </Tooltip>
          <Button
            size="compact-sm"
            variant={zoom === 'ancho' ? 'light' : 'subtle'}
            leftSection={<IconArrowAutofitWidth size={16} />}
            disabled={!doc}
            onClick={() => setZoom('ancho')}
          >
            Ajustar al ancho
          </Button>
        </Group>
      </Group>
      <Box
        ref={frame}
        bg="gray.2"
        p={PAGE_PADDING / 2}
        mih={320}
        style={{ flex: 1, overflow: 'auto' }}
        tabIndex={0}
        aria-label="Páginas del informe"
        onKeyDown={(e) => {
          if (e.key === 'PageDown' || e.key === 'ArrowRight') setPage((p) => Math.min(total || 1, p + 1))
          if (e.key === 'PageUp' || e.key === 'ArrowLeft') setPage((p) => Math.max(1, p - 1))
        }}
      >
        {failed ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="No se pudo mostrar la vista previa">
            El archivo se generó y está guardado en Pauta: puede guardarlo en el equipo o enviarlo a un destino y abrirlo allí.
          </Alert>
        ) : doc ? (
          <PdfPage doc={doc} pageNumber={page} scale={scale} total={total} />
        ) : (
          <Center h="100%">
            <Loader aria-label="Cargando la vista previa" />
          </Center>
        )}
      </Box>
    </Paper>
  )
}

function PdfPage({ doc, pageNumber, scale, total }: { doc: PDFDocumentProxy; pageNumber: number; scale: number; total: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let task: RenderTask | null = null
    let alive = true
    setFailed(false)
    void doc.getPage(pageNumber).then(async (page) => {
      if (!alive || !canvas.current) return
      // Drawn at the screen's pixel density so text stays sharp, then shown at CSS size.
      const ratio = window.devicePixelRatio || 1
      const viewport = page.getViewport({ scale: scale * POINTS_TO_CSS * ratio })
      const element = canvas.current
      element.width = Math.floor(viewport.width)
      element.height = Math.floor(viewport.height)
      element.style.width = `${Math.floor(viewport.width / ratio)}px`
      element.style.height = `${Math.floor(viewport.height / ratio)}px`
      task = page.render({ canvas: element, viewport })
      await task.promise.catch((error: unknown) => {
        if (alive && !(error instanceof Error && error.name === 'RenderingCancelledException')) setFailed(true)
      })
    }, () => alive && setFailed(true))
    return () => {
      alive = false
      task?.cancel()
    }
  }, [doc, pageNumber, scale])

  if (failed) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
        No se pudo dibujar la página {pageNumber}.
      </Alert>
    )
  }
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={`Página ${pageNumber} de ${total}`}
      style={{ display: 'block', margin: '0 auto', background: 'white', boxShadow: '0 1px 4px rgba(0,0,0,.25)' }}
    />
  )
}
