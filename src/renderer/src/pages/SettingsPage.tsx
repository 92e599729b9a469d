import { useState } from 'react'
import { Tabs } from '@mantine/core'
import {
  IconBuildingCommunity,
  IconDatabase,
  IconFileDescription,
  IconFolderShare,
  IconListDetails,
  IconUserShield,
  IconUsers,
  IconUserCircle
} from '@tabler/icons-react'
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
        <Tabs.List mb="lg">
          <Tabs.Tab value="entidad" leftSection={<IconBuildingCommunity size={16} />}>
            Entidad
          </Tabs.Tab>
          <Tabs.Tab value="usuarios" leftSection={<IconUsers size={16} />}>
            Usuarios
          </Tabs.Tab>
          {canManage(role, 'delegations') && (
            <Tabs.Tab value="delegaciones" leftSection={<IconUserShield size={16} />}>
              Delegaciones
            </Tabs.Tab>
          )}
          <Tabs.Tab value="catalogos" leftSection={<IconListDetails size={16} />}>
            Catálogos
          </Tabs.Tab>
          <Tabs.Tab value="encabezado" leftSection={<IconFileDescription size={16} />}>
            Encabezado de informes
          </Tabs.Tab>
          <Tabs.Tab value="destinos" leftSection={<IconFolderShare size={16} />}>
            Destinos
          </Tabs.Tab>
          {can(role, 'manageBackups') && (
            <Tabs.Tab value="copias" leftSection={<IconDatabase size={16} />}>
              Copias de seguridad
            </Tabs.Tab>
          )}
          <Tabs.Tab value="cuenta" leftSection={<IconUserCircle size={16} />}>
            Mi cuenta
          </Tabs.Tab>
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
