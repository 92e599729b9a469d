import { useState } from 'react'
import { Tabs } from '@mantine/core'
import { PageHeader } from '../components/PageHeader'
import { useCurrentUser } from '../stores/session'
import { canManage } from '../features/auth/abilities'
import { EntityTab } from '../features/settings/EntityTab'
import { UsersTab } from '../features/settings/UsersTab'
import { DelegationsTab } from '../features/settings/DelegationsTab'
import { CataloguesTab } from '../features/settings/CataloguesTab'
import { AccountTab } from '../features/settings/AccountTab'
import { can } from '../features/reports/abilities'
import { ReportHeaderTab } from '../features/reports/ReportHeaderTab'
import { DestinationsTab } from '../features/delivery/DestinationsTab'
import { BackupsTab } from '../features/backups/BackupsTab'

export function SettingsPage() {
  const role = useCurrentUser()?.role
  const [tab, setTab] = useState<string | null>('entidad')
  return (
    <>
      <PageHeader title="Configuración" description="Datos de la entidad, equipo de la oficina, delegaciones, catálogos, informes, destinos, copias de seguridad y su cuenta." />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        {/* Text only: with icons, eight sections no longer fit in one row beside the sidebar. */}
        <Tabs.List mb="lg">
          <Tabs.Tab value="entidad">Entidad</Tabs.Tab>
          <Tabs.Tab value="usuarios">Usuarios</Tabs.Tab>
          {canManage(role, 'delegations') && <Tabs.Tab value="delegaciones">Delegaciones</Tabs.Tab>}
          <Tabs.Tab value="catalogos">Catálogos</Tabs.Tab>
          <Tabs.Tab value="encabezado">Encabezado de informes</Tabs.Tab>
          <Tabs.Tab value="destinos">Destinos</Tabs.Tab>
          {can(role, 'manageBackups') && <Tabs.Tab value="copias">Copias de seguridad</Tabs.Tab>}
          <Tabs.Tab value="cuenta">Mi cuenta</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="entidad">
          <EntityTab canEdit={canManage(role, 'settings')} />
        </Tabs.Panel>
        <Tabs.Panel value="usuarios">
          <UsersTab canEdit={canManage(role, 'users')} />
        </Tabs.Panel>
        {canManage(role, 'delegations') && (
          <Tabs.Panel value="delegaciones">
            <DelegationsTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="catalogos">
          <CataloguesTab canEdit={canManage(role, 'catalogues')} />
        </Tabs.Panel>
        <Tabs.Panel value="encabezado">
          <ReportHeaderTab canEdit={can(role, 'configureReports')} />
        </Tabs.Panel>
        <Tabs.Panel value="destinos">
          <DestinationsTab canEdit={can(role, 'manageDelivery')} />
        </Tabs.Panel>
        {can(role, 'manageBackups') && (
          <Tabs.Panel value="copias">
            <BackupsTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="cuenta">
          <AccountTab />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
