import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { isoDateInColombia } from '../../src/shared/dates'
import { MediaMonitoringPage } from '../../src/renderer/src/pages/MediaMonitoringPage'
import { HomeClipsCard } from '../../src/renderer/src/features/monitoring/HomeClipsCard'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let today: string

beforeEach(async () => {
  t = await makeOffice()
  // The screen takes today from the computer's clock; main must agree on it.
  t.clock.set(new Date().toISOString())
  today = isoDateInColombia(new Date())
})
afterEach(async () => t.dispose())

/** The input of a field: an autocomplete's listbox carries the same label. */
function field(label: string | RegExp): HTMLInputElement {
  const input = screen.getAllByLabelText(label).find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')
  if (!input) throw new Error(`No hay un campo «${String(label)}»`)
  return input as HTMLInputElement
}

async function openAs(clientId: string) {
  connectApi(t, clientId)
  useSession.setState({ status: await t.call(clientId, 'app', 'status') })
  renderApp(<MediaMonitoringPage />, '/medios')
  return userEvent.setup({ delay: null })
}

/** Pastes long text: typing it key by key through Mantine's inputs is slow in jsdom. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string, keys = ''): Promise<void> {
  await user.click(input)
  await user.paste(text)
  if (keys) await user.keyboard(keys)
}

test('entrada rápida: Enter guarda, el formulario conserva fecha y medio, vuelve al titular y avisa la URL repetida', async () => {
  const user = await openAs('profesional')
  const headline = await screen.findByLabelText(/^Titular/)
  await waitFor(() => expect(document.activeElement).toBe(headline))

  await fill(user, headline, 'Cajicá abre inscripciones para becas')
  await fill(user, field(/^Medio/), 'Caracol Radio', '{Escape}')
  await pick(user, screen.getByRole('combobox', { name: /^Tipo de medio/ }), 'Radio')
  await fill(user, field('URL'), 'https://caracol.com.co/becas-cajica')
  await user.click(screen.getByRole('radio', { name: 'Positivo' }))
  await fill(user, field(/^Tema/), 'Educación', '{Escape}')
  await fill(user, field('Resumen'), 'Ciento veinte becas para bachilleres.', '{Enter}')

  const table = await screen.findByRole('table', { name: /^Notas del / })
  expect(within(table).getByText('Cajicá abre inscripciones para becas')).toBeTruthy()
  await waitFor(() => expect(field(/^Titular/).value).toBe(''))
  expect(document.activeElement).toBe(field(/^Titular/))
  expect(field(/^Medio/).value).toBe('Caracol Radio')
  expect((screen.getByRole('combobox', { name: /^Tipo de medio/ }) as HTMLInputElement).value).toBe('Radio')
  expect(field('URL').value).toBe('')
  expect(field(/^Tema/).value).toBe('')

  // The same note shared with tracking parameters: warned while typing, refused until confirmed.
  await fill(user, field(/^Titular/), 'La misma nota, compartida')
  await fill(user, field('URL'), 'https://CARACOL.com.co/becas-cajica/?utm_source=whatsapp')
  expect(await screen.findByText('Esta URL ya está registrada')).toBeTruthy()
  await fill(user, field(/^Tema/), 'Educación', '{Escape}{Enter}')
  await waitFor(() => expect(errorOf(field('URL'))).toMatch(/^Esta URL ya está registrada en «Cajicá abre inscripciones para becas»/))
  await user.click(screen.getByRole('checkbox', { name: 'Registrar de todos modos: es una nota distinta' }))
  await user.click(screen.getByRole('button', { name: 'Guardar nota' }))
  await waitFor(() => expect(within(screen.getByRole('table', { name: /^Notas del / })).getAllByText('URL repetida')).toHaveLength(2))
  expect((await t.call('jefe', 'monitoring', 'list', { date: today })).map((c) => c.mediumType)).toEqual(['radio', 'radio'])
}, 60_000)

test('una URL que no es web se marca en su campo sin llamar a main', async () => {
  const user = await openAs('community_manager')
  await fill(user, await screen.findByLabelText(/^Titular/), 'Nota')
  await fill(user, field(/^Medio/), 'Pulzo', '{Escape}')
  await pick(user, screen.getByRole('combobox', { name: /^Tipo de medio/ }), 'Portal digital')
  await fill(user, field(/^Tema/), 'Movilidad', '{Escape}')
  await fill(user, field('URL'), 'www.pulzo.com/nota', '{Enter}')
  expect(errorOf(field('URL'))).toBe('Escriba una URL completa que empiece por http:// o https://.')
  expect(await t.call('jefe', 'monitoring', 'list', { date: today })).toEqual([])
})

test('el diseñador ve las notas del día sin el formulario, e Inicio cuenta las de hoy por tono', async () => {
  await t.call('profesional', 'monitoring', 'create', {
    clipDate: today, medium: 'Blu Radio', mediumType: 'radio', headline: 'Inundaciones en Granjitas', tone: 'negativo', topic: 'Gestión del riesgo'
  })
  await openAs('disenador')
  expect(await screen.findByText('Inundaciones en Granjitas')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Guardar nota' })).toBeNull()
  expect(screen.queryByRole('button', { name: /^Acciones de / })).toBeNull()

  renderApp(<HomeClipsCard />, '/')
  expect(await screen.findByText('1 nota')).toBeTruthy()
  expect(screen.getAllByText('Negativo: 1').length).toBeGreaterThan(0)
})

test('otro profesional corrige el tono en el modal, pero solo el autor o el jefe pueden eliminar la nota', async () => {
  const clip = await t.call('profesional', 'monitoring', 'create', {
    clipDate: today, medium: 'RCN Radio', mediumType: 'radio', headline: 'Pico y placa se mantiene', tone: 'neutro', topic: 'Movilidad'
  })
  const user = await openAs('profesional2')
  await user.click(await screen.findByRole('button', { name: 'Acciones de «Pico y placa se mantiene»' }))
  const edit = await screen.findByRole('menuitem', { name: 'Editar' })
  expect(screen.queryByRole('menuitem', { name: 'Eliminar' })).toBeNull()
  await user.click(edit)
  const dialog = await screen.findByRole('dialog', { name: 'Corregir nota de medios' })
  await user.click(within(dialog).getByRole('radio', { name: 'Positivo' }))
  await user.click(within(dialog).getByRole('button', { name: 'Guardar cambios' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Corregir nota de medios' })).toBeNull())
  expect((await t.call('jefe', 'monitoring', 'get', { id: clip.id })).tone).toBe('positivo')
  await waitFor(() => expect(within(screen.getByRole('table', { name: /^Notas del / })).getByText('Positivo')).toBeTruthy())
}, 30_000)
