import { useEffect, useRef, useState } from 'react'
import { ActionIcon, Box, Group, Text } from '@mantine/core'
import { IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react'

const MIN = 1
const MAX = 8

const clamp = (z: number) => Math.min(MAX, Math.max(MIN, Math.round(z * 100) / 100))

/** A photo that zooms with the wheel or the + / − buttons and pans by scrolling its frame. */
export function ZoomableImage({ src, alt, height }: { src: string; alt: string; height: string | number }) {
  const [zoom, setZoom] = useState(1)
  const frame = useRef<HTMLDivElement>(null)

  // React's wheel listener is passive, so it could not stop the page from scrolling while zooming.
  useEffect(() => {
    const el = frame.current
    if (!el) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      setZoom((z) => clamp(z * (e.deltaY < 0 ? 1.2 : 1 / 1.2)))
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [])

  return (
    <Box>
      <Box
        ref={frame}
        style={{ height, overflow: 'auto', background: 'var(--mantine-color-dark-7)', borderRadius: 'var(--mantine-radius-sm)', display: 'grid' }}
        onKeyDown={(e) => {
          if (e.key === '+' || e.key === '=') setZoom((z) => clamp(z * 1.2))
          if (e.key === '-') setZoom((z) => clamp(z / 1.2))
          if (e.key === '0') setZoom(1)
        }}
        tabIndex={0}
        aria-label={`${alt}: vista previa, ampliación ${Math.round(zoom * 100)} %`}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          style={{
            margin: 'auto',
            display: 'block',
            maxWidth: zoom === 1 ? '100%' : 'none',
            maxHeight: zoom === 1 ? '100%' : 'none',
            width: zoom === 1 ? undefined : `${zoom * 100}%`,
            objectFit: 'contain'
          }}
        />
      </Box>
      <Group gap={4} mt={4} justify="flex-end">
        <Text size="xs" c="dimmed" mr="xs">
          {Math.round(zoom * 100)} %
        </Text>
        <ActionIcon variant="default" aria-label="Alejar" onClick={() => setZoom((z) => clamp(z / 1.2))} disabled={zoom <= MIN}>
          <IconZoomOut size={16} />
        </ActionIcon>
        <ActionIcon variant="default" aria-label="Restablecer tamaño" onClick={() => setZoom(1)} disabled={zoom === 1}>
          <IconZoomReset size={16} />
        </ActionIcon>
        <ActionIcon variant="default" aria-label="Acercar" onClick={() => setZoom((z) => clamp(z * 1.2))} disabled={zoom >= MAX}>
          <IconZoomIn size={16} />
        </ActionIcon>
      </Group>
    </Box>
  )
}
