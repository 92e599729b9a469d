import { useState } from 'react'
import { Badge, Tabs } from '@mantine/core'
import type { PieceDetail } from '../../../../shared/contract'
import { ReviewTab } from '../reviews/ReviewTab'
import { ContentTab } from './ContentTab'
import { DesignTab } from './DesignTab'
import { HistoryTab } from './HistoryTab'
import { NextStepAlert, nextStep, type PieceTab } from './NextStep'
import { PublicationTab } from './PublicationTab'
import { VersionsTab } from './VersionsTab'

function Count({ n }: { n: number }) {
  return n > 0 ? (
    <Badge size="xs" variant="light" color="gray" circle>
      {n}
    </Badge>
  ) : null
}

export function PieceTabs({ piece }: { piece: PieceDetail }) {
  const [tab, setTab] = useState<PieceTab>(() => nextStep(piece)?.tab ?? (piece.state === 'publicada' ? 'publicacion' : 'contenido'))
  const showDesign = piece.requiresDesign || piece.designVersions.length > 0
  return (
    <>
      <NextStepAlert piece={piece} currentTab={tab} onGo={setTab} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as PieceTab)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="contenido">Contenido</Tabs.Tab>
          <Tabs.Tab value="versiones" rightSection={<Count n={piece.contentVersions.length} />}>
            Versiones
          </Tabs.Tab>
          {showDesign && (
            <Tabs.Tab value="diseno" rightSection={<Count n={piece.designVersions.length} />}>
              Diseño
            </Tabs.Tab>
          )}
          <Tabs.Tab value="revision" rightSection={<Count n={piece.reviews.length} />}>
            Revisión
          </Tabs.Tab>
          <Tabs.Tab value="publicacion" rightSection={<Count n={piece.publications.length} />}>
            Publicación
          </Tabs.Tab>
          <Tabs.Tab value="historial">Historial</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contenido">
          <ContentTab piece={piece} />
        </Tabs.Panel>
        <Tabs.Panel value="versiones">
          <VersionsTab piece={piece} />
        </Tabs.Panel>
        {showDesign && (
          <Tabs.Panel value="diseno">
            <DesignTab piece={piece} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="revision">
          <ReviewTab piece={piece} />
        </Tabs.Panel>
        <Tabs.Panel value="publicacion">
          <PublicationTab piece={piece} />
        </Tabs.Panel>
        <Tabs.Panel value="historial">
          <HistoryTab pieceId={piece.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
