import { useEffect } from 'react'
import { SheetDetail } from '../features/indicators/SheetDetail'
import { SheetsView } from '../features/indicators/SheetsView'
import { useIndicatorsView } from '../features/indicators/view-store'

export function IndicatorsPage() {
  const sheetId = useIndicatorsView((s) => s.sheetId)
  const open = useIndicatorsView((s) => s.open)
  // Coming back from another screen shows the list, not the sheet last seen.
  useEffect(() => () => open(null), [open])
  return sheetId === null ? <SheetsView onOpen={open} /> : <SheetDetail key={sheetId} id={sheetId} onBack={() => open(null)} />
}
