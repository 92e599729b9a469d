import { Tabs } from '@mantine/core'
import { IconChartBar, IconFileText, IconNews } from '@tabler/icons-react'
import { isoDateInColombia } from '../../../shared/dates'
import { PageHeader } from '../components/PageHeader'
import { ClipEntryPanel } from '../features/monitoring/ClipEntryPanel'
import { DigestPanel } from '../features/monitoring/DigestPanel'
import { TrendsPanel } from '../features/monitoring/TrendsPanel'

export function MediaMonitoringPage() {
  const today = isoDateInColombia(new Date())
  return (
    <>
      <PageHeader title="Seguimiento de medios" description="Lo que dicen los medios y las redes sobre la entidad, para el boletín diario del equipo directivo." />
      <Tabs defaultValue="registro" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="registro" leftSection={<IconNews size={16} />}>
            Registro diario
          </Tabs.Tab>
          <Tabs.Tab value="boletin" leftSection={<IconFileText size={16} />}>
            Boletín diario
          </Tabs.Tab>
          <Tabs.Tab value="tendencias" leftSection={<IconChartBar size={16} />}>
            Tendencias
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="registro">
          <ClipEntryPanel today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="boletin">
          <DigestPanel today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="tendencias">
          <TrendsPanel today={today} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
