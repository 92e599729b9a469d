import { useState } from 'react'
import { Drawer } from '@mantine/core'
import { QueryView } from '../../components/QueryView'
import { useInquiry } from './queries'
import { InquiryView } from './InquiryView'

/** The inquiry the list opened: its text, term, reply and history, with what can be done next. */
export function InquiryDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const query = useInquiry(id)
  // Keeps the last id while the drawer closes, so its content does not vanish mid-transition.
  const [shown, setShown] = useState(id)
  if (id !== null && id !== shown) setShown(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={shown ? `Inquietud N.º ${shown}` : 'Inquietud'}>
      {shown !== null && <QueryView query={query} loadingLabel="Cargando la inquietud">{(inquiry) => <InquiryView inquiry={inquiry} />}</QueryView>}
    </Drawer>
  )
}
