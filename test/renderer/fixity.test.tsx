import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { fixityIdle } from '../../src/main/fixity/engine'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { masterFile, seedMaster, sha256 } from '../main/fixity-support'
import { connectApi, renderApp } from './support'

let o: Office

beforeEach(async () => {
  o = await makeOffice()
})

afterEach(async () => {
  await fixityIdle(o.core)
  await o.dispose()
})

async function openIntegrity(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  renderApp(<ArchivePage />, '/archivo')
  await userEvent.setup({ delay: null }).click(await screen.findByRole('tab', { name: 'Integridad' }))
}

test('verificar todo el archivo muestra el avance, el resultado y los originales con problemas', async () => {
  const user = userEvent.setup({ delay: null })
  await seedMaster(o, 'intacta.jpg', 'intacta')
  await seedMaster(o, 'cambiada.jpg', 'original')
  await seedMaster(o, 'borrada.jpg', 'borrada')
  writeFileSync(masterFile(o, 'cambiada.jpg'), 'alterada')
  unlinkSync(masterFile(o, 'borrada.jpg'))
  await openIntegrity('archivista')
  expect(await screen.findByText('Aún no hay verificaciones')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Verificar todo el archivo' }))
  const runs = await screen.findByRole('table', { name: 'Verificaciones de integridad' })
  await waitFor(() => expect(within(runs).getByText('Terminada')).toBeTruthy(), { timeout: 5000 })
  expect(within(runs).getByText('3 de 3')).toBeTruthy()
  expect(within(runs).getByText('Todo el archivo')).toBeTruthy()
  // Started and finished within the same minute of the test clock.
  expect(within(runs).getAllByText('10/03/2026, 9:00 a. m.')).toHaveLength(2)

  const problems = await screen.findByRole('table', { name: 'Originales con problemas' })
  const changed = within(problems).getByText('cambiada.jpg').closest('tr') as HTMLElement
  expect(within(changed).getByText('Cambiado')).toBeTruthy()
  const missing = within(problems).getByText('borrada.jpg').closest('tr') as HTMLElement
  expect(within(missing).getByText('Faltante')).toBeTruthy()
  expect(within(missing).getByText('El original no está en la carpeta del archivo de Pauta.')).toBeTruthy()
  expect(within(problems).queryByText('intacta.jpg')).toBeNull()
})

test('reubicar carpeta muestra cuántos originales se reubicaron y cuáles no', async () => {
  const user = userEvent.setup({ delay: null })
  const oldDir = join(o.dir, 'disco-viejo')
  const newDir = join(o.dir, 'disco-nuevo')
  mkdirSync(newDir)
  for (const [name, content] of [['a.jpg', 'a'], ['b.jpg', 'b']] as const) {
    await seedMaster(o, name, content, { storage_mode: 'referencia', master_path: join(oldDir, name), sha256: sha256(content) })
  }
  writeFileSync(join(newDir, 'a.jpg'), 'a')
  await openIntegrity('jefe')

  await user.click(screen.getByRole('button', { name: 'Reubicar carpeta…' }))
  const modal = await screen.findByRole('dialog', { name: 'Reubicar carpeta' })
  await user.type(within(modal).getByLabelText(/Carpeta anterior/), oldDir)
  await user.type(within(modal).getByLabelText(/Carpeta nueva/), `${newDir}{enter}`)
  expect(await within(modal).findByText('Reubicados (mismo contenido): 1 de 2')).toBeTruthy()
  expect(within(modal).getByText('No encontrados en la carpeta nueva: 1')).toBeTruthy()
  expect(within(modal).getByText(`b.jpg: ${join(newDir, 'b.jpg')}`)).toBeTruthy()
})

test('quien no verifica ve las verificaciones pero no los botones', async () => {
  await openIntegrity('audiovisual')
  expect(await screen.findByText('Aún no hay verificaciones')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Verificar todo el archivo' })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Reubicar carpeta…' })).toBeNull()
})
