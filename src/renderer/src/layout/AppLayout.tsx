import { Fragment, type ReactNode } from 'react'
import { ActionIcon, AppShell, Badge, Box, Group, Indicator, NavLink, Stack, Text, Title, Tooltip } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconCalendarUser,
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconFileText,
  IconHome,
  IconInbox,
  IconLogout,
  IconMailForward,
  IconMessageQuestion,
  IconMicrophone,
  IconNews,
  IconProgressCheck,
  IconPhoto,
  IconReportAnalytics,
  IconSettings,
  IconTargetArrow
} from '@tabler/icons-react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useLocation } from 'wouter'
import { ROLE_LABELS } from '../../../shared/domain/roles'
import { api } from '../lib/api'
import { useSession } from '../stores/session'
import { isWaiting, useOutbox } from '../features/delivery/queries'
import { can } from '../features/reports/abilities'

/** Grouped as the office works through the PHVA cycle; `section` starts a labelled group. */
const NAV = [
  { href: '/', label: 'Inicio', icon: IconHome },
  { href: '/agenda', label: 'Mi agenda', icon: IconCalendarUser },
  { href: '/por-aprobar', label: 'Por aprobar', icon: IconChecklist, approversOnly: true },
  { href: '/plan', label: 'Plan de Comunicaciones', icon: IconTargetArrow, section: 'Planear' },
  { href: '/solicitudes', label: 'Solicitudes', icon: IconInbox, section: 'Hacer' },
  { href: '/piezas', label: 'Piezas', icon: IconFileText },
  { href: '/cubrimientos', label: 'Cubrimientos', icon: IconCalendarEvent },
  { href: '/prensa', label: 'Prensa', icon: IconMicrophone },
  { href: '/medios', label: 'Seguimiento de medios', icon: IconNews },
  { href: '/inquietudes', label: 'Inquietudes ciudadanas', icon: IconMessageQuestion },
  { href: '/redes', label: 'Redes sociales', icon: IconChartBar },
  { href: '/archivo', label: 'Archivo audiovisual', icon: IconPhoto },
  { href: '/indicadores', label: 'Indicadores', icon: IconChartLine, section: 'Verificar y actuar' },
  { href: '/riesgos', label: 'Riesgos', icon: IconAlertTriangle },
  { href: '/mejora', label: 'Plan de mejoramiento', icon: IconProgressCheck },
  { href: '/informes', label: 'Informes', icon: IconReportAnalytics, reportersOnly: true }
] as const

export function AppLayout({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status)
  const setStatus = useSession((s) => s.setStatus)
  const queryClient = useQueryClient()
  const [location, navigate] = useLocation()
  const user = status?.session
  const queue = useQuery({
    queryKey: ['pieces', 'reviewQueue'],
    queryFn: () => api.pieces.reviewQueue(),
    enabled: user?.canApprove ?? false
  })
  const waiting = queue.data?.filter((p) => p.canReview).length ?? 0
  const outbox = useOutbox(false, Boolean(user))
  const unsent = outbox.data?.filter(isWaiting).length ?? 0

  async function logout() {
    await api.auth.logout()
    // The next person to sign in starts at Inicio, not on the screen the last one left open.
    navigate('/')
    queryClient.clear()
    setStatus(await api.app.status())
  }

  return (
    <AppShell navbar={{ width: 270, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm">
        <Stack gap={2} mb="md" px="xs">
          <Title order={3} c="indigo.8">
            Pauta
          </Title>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {status?.entityName} · {status?.officeName}
          </Text>
        </Stack>
        <Box style={{ flex: 1, overflowY: 'auto' }}>
          {NAV.filter((item) => (!('approversOnly' in item) || user?.canApprove) && (!('reportersOnly' in item) || can(user?.role, 'generateReports'))).map((item) => {
            const active = item.href === '/' ? location === '/' : location.startsWith(item.href)
            return (
              <Fragment key={item.href}>
                {'section' in item && (
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="xs" pt={6} pb={2}>
                    {item.section}
                  </Text>
                )}
                <NavLink
                  component={Link}
                  py={4}
                  href={item.href}
                  label={item.label}
                  active={active}
                  leftSection={<item.icon size={18} stroke={1.6} />}
                  rightSection={
                    item.href === '/por-aprobar' && waiting > 0 ? (
                      <Badge size="sm" circle aria-label={`${waiting} por aprobar`}>
                        {waiting}
                      </Badge>
                    ) : null
                  }
                />
              </Fragment>
            )
          })}
        </Box>
        {user && (
          <Group justify="space-between" wrap="nowrap" px="xs" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Box style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lineClamp={2}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {ROLE_LABELS[user.role]}
                {user.delegationEndsOn ? ' · con delegación' : ''}
              </Text>
            </Box>
            {/* The office's own tools sit here, so the sections above fit a laptop screen without scrolling. */}
            <Group gap={4} wrap="nowrap">
              <Tooltip label="Bandeja de salida">
                <ActionIcon component={Link} href="/bandeja" variant={location.startsWith('/bandeja') ? 'light' : 'subtle'} color="gray" size="lg" aria-label="Bandeja de salida">
                  <Indicator disabled={unsent === 0} label={<span aria-label={`${unsent} por enviar`}>{unsent}</span>} size={16} color="orange">
                    <IconMailForward size={20} stroke={1.6} />
                  </Indicator>
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Configuración">
                <ActionIcon component={Link} href="/configuracion" variant={location.startsWith('/configuracion') ? 'light' : 'subtle'} color="gray" size="lg" aria-label="Configuración">
                  <IconSettings size={20} stroke={1.6} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Salir">
                <ActionIcon onClick={() => void logout()} variant="subtle" color="gray" size="lg" aria-label="Salir">
                  <IconLogout size={20} stroke={1.6} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  )
}
