import { useState } from 'react'
import { Tabs } from '@mantine/core'
import { PageHeader } from '../components/PageHeader'
import { BulletinsView } from '../features/press/BulletinsView'
import { ConferencesView } from '../features/press/ConferencesView'
import { ContactsView } from '../features/press/ContactsView'
import { canManageBulletins, canManageConferences, canManageContacts } from '../features/press/queries'
import { useCurrentUser } from '../stores/session'

export function PressPage() {
  const role = useCurrentUser()?.role
  const [tab, setTab] = useState('boletines')
  return (
    <>
      <PageHeader title="Prensa" description="Boletines de prensa, contactos de medios y ruedas de prensa." />
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="boletines">Boletines</Tabs.Tab>
          <Tabs.Tab value="contactos">Contactos y listas</Tabs.Tab>
          <Tabs.Tab value="ruedas">Ruedas de prensa</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="boletines">
          <BulletinsView canManage={canManageBulletins(role)} />
        </Tabs.Panel>
        <Tabs.Panel value="contactos">
          <ContactsView canManage={canManageContacts(role)} />
        </Tabs.Panel>
        <Tabs.Panel value="ruedas">
          <ConferencesView canManage={canManageConferences(role)} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
