import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'wouter'
import { formatDate, isoDateInColombia } from '../../../shared/dates'
import { QueryView } from '../components/QueryView'
import { Greeting } from '../features/home/Greeting'
import { HomeCoverageCard } from '../features/coverage/HomeCoverageCard'
import { HomeImprovementCard } from '../features/improvement/HomeImprovementCard'
import { HomeIndicatorsCard } from '../features/indicators/HomeIndicatorsCard'
import { HomeInquiriesCard } from '../features/inquiries/HomeInquiriesCard'
import { HomeClipsCard } from '../features/monitoring/HomeClipsCard'
import { HomePressCard } from '../features/press/HomePressCard'
import { PieceListSection } from '../features/home/PieceListSection'
import { StateCounts } from '../features/home/StateCounts'
import { waitingLabel } from '../features/pieces/format'
import { usePiecesView } from '../features/pieces/view-store'
import { api } from '../lib/api'
import { useCurrentUser } from '../stores/session'

export function HomePage() {
  const user = useCurrentUser()
  const focus = usePiecesView((s) => s.focus)
  const [, navigate] = useLocation()
  const query = useQuery({ queryKey: ['home', 'summary'], queryFn: () => api.home.summary() })
  const now = new Date()
  return (
    <>
      {user && <Greeting fullName={user.fullName} now={now} />}
      {/* The office's day at a glance: each card reads its own domain and links to it. */}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md" mb="lg" style={{ alignItems: 'start' }}>
        <HomeCoverageCard />
        <HomeInquiriesCard />
        <HomeClipsCard />
        <HomeIndicatorsCard />
        <HomeImprovementCard />
        <HomePressCard />
      </SimpleGrid>
      <QueryView query={query} loadingLabel="Cargando el resumen">
        {(summary) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
              {user?.canApprove && (
                <PieceListSection
                  title="Esperan mi aprobación"
                  color="yellow"
                  pieces={summary.waitingForMyApproval}
                  empty="Ninguna pieza espera su aprobación. ¡Todo al día!"
                  extra={(p) => (
                    <Text size="xs" c="dimmed">
                      En espera {waitingLabel(p.stateChangedAt, now)}
                    </Text>
                  )}
                  footer={
                    summary.waitingForMyApproval.length > 0 && (
                      <Anchor component={Link} href="/por-aprobar" size="sm" mt="sm" display="inline-block">
                        Revisar en «Por aprobar»
                      </Anchor>
                    )
                  }
                />
              )}
              <PieceListSection title="Devueltas para ajustes" color="orange" pieces={summary.returnedToMe} empty="Ninguna pieza suya fue devuelta para ajustes." />
              <PieceListSection title="Mi trabajo" pieces={summary.myWork} empty="No tiene piezas pendientes por redactar o diseñar." />
              <PieceListSection
                title="Vencidas"
                color="red"
                pieces={summary.overdue}
                empty="No hay piezas vencidas."
                footer={
                  summary.overdue.length > 0 && (
                    <Anchor
                      component="button"
                      size="sm"
                      mt="sm"
                      onClick={() => {
                        focus({ overdue: true })
                        navigate('/piezas')
                      }}
                    >
                      Ver las vencidas en Piezas
                    </Anchor>
                  )
                }
              />
              <PieceListSection
                title="Publicadas recientemente"
                color="indigo"
                pieces={summary.recentlyPublished}
                empty="Aún no se ha publicado ninguna pieza."
                extra={(p) => (
                  <Text size="xs" c="dimmed">
                    {formatDate(isoDateInColombia(new Date(p.stateChangedAt)))}
                  </Text>
                )}
              />
            </SimpleGrid>
            <StateCounts counts={summary.countsByState} />
          </Stack>
        )}
      </QueryView>
    </>
  )
}
