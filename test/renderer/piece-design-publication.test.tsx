import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PiecePage } from '../../src/renderer/src/pages/PiecePage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, catalogueId, makeSourceFile, pieceInState, type Office } from '../support/fixtures'
import { connectApi, renderApp } from './support'

let o: Office
let activityId: number


beforeEach(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string, pieceId: number) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<PiecePage id={pieceId} />, `/piezas/${pieceId}`)
}

test('quien diseña adjunta archivos como una versión y la envía a revisión de diseño', async () => {
  const pieceId = await pieceInState(o, activityId, 'contenido_aprobado')
  o.host.nextPicked = [makeSourceFile(o, 'afiche-vacunacion.png', Buffer.alloc(2048, 1))]
  const user = userEvent.setup({ delay: null })
  await openAs('disenador', pieceId)

  // The next step for the designer opens the design tab.
  expect(await screen.findByText('Aún no hay archivos de diseño')).toBeTruthy()
  await user.type(screen.getByLabelText('Nota del diseño (opcional)'), 'Formato cuadrado')
  await user.click(screen.getByRole('button', { name: 'Adjuntar archivos de diseño' }))

  const version = await screen.findByRole('region', { name: 'Diseño, versión 1' })
  expect(within(version).getByText('afiche-vacunacion.png')).toBeTruthy()
  expect(within(version).getByText(/^2 KB/)).toBeTruthy()
  expect(within(version).getByText(/«Formato cuadrado»/)).toBeTruthy()
  expect((within(version).getByRole('img', { name: 'afiche-vacunacion.png' }) as HTMLImageElement).src).toMatch(/^pauta-media:/)

  await user.click(screen.getByRole('button', { name: 'Enviar a revisión de diseño' }))
  await waitFor(async () => expect((await o.call('disenador', 'pieces', 'get', { id: pieceId })).state).toBe('revision_diseno'))
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Adjuntar archivos de diseño' })).toBeNull())
})

test('con la pieza aprobada se registra la publicación por canal, con fecha y URL', async () => {
  const facebook = await catalogueId(o, 'canal', 'Facebook')
  const pieceId = await pieceInState(o, activityId, 'aprobada', { channelIds: [facebook] })
  const user = userEvent.setup({ delay: null })
  await openAs('community_manager', pieceId)

  const form = await screen.findByRole('form', { name: 'Registrar publicación' })
  // The planned channel comes filled in, with the current date and time.
  await waitFor(() => expect((within(form).getByRole('combobox', { name: /^Canal/ }) as HTMLInputElement).value).toBe('Facebook'))
  await user.click(within(form).getByRole('button', { name: 'Registrar publicación' }))
  expect(within(form).getByText('Escriba la URL o el lugar donde se publicó.')).toBeTruthy()

  await user.type(within(form).getByLabelText(/^URL o lugar/), 'https://facebook.com/alcaldia/posts/77')
  await user.click(within(form).getByRole('button', { name: 'Registrar publicación' }))

  const table = await screen.findByRole('table', { name: 'Publicaciones registradas' })
  expect(within(table).getByText('https://facebook.com/alcaldia/posts/77')).toBeTruthy()
  const piece = await o.call('community_manager', 'pieces', 'get', { id: pieceId })
  expect(piece.state).toBe('publicada')
  expect(piece.publications).toMatchObject([{ channelId: facebook, urlOrPlace: 'https://facebook.com/alcaldia/posts/77', publishedByName: 'Mateo Herrera' }])
  // The default is now, read on Colombian clocks and sent with its offset: the same instant, to the minute.
  expect(Math.abs(Date.parse(piece.publications[0]!.publishedAt) - Date.now())).toBeLessThan(2 * 60_000)
})
