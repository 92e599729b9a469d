import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RisksPage } from '../../src/renderer/src/pages/RisksPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { connectApi, errorOf, pick, renderApp } from './support'

let o: Office

/** Pastes a long text into a field: typing it key by key only slows the test down. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field)
  await user.paste(text)
}

beforeEach(async () => {
  o = await makeOffice()
  // The follow-up form proposes the real today; main must agree on the date.
  o.clock.set(new Date().toISOString())
})
afterEach(async () => o.dispose())

async function openAs(clientId: 'jefe' | 'community_manager' | 'profesional') {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<RisksPage />, '/riesgos')
}

const cell = (name: string) => screen.getByRole('cell', { name })

test('el jefe registra un riesgo, lo ve en el mapa de calor y un control mueve su celda residual', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('jefe')
  expect(await screen.findByText('Aún no hay riesgos en la matriz')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nuevo riesgo' }))
  const modal = await screen.findByRole('dialog', { name: 'Nuevo riesgo' })
  await fill(user, within(modal).getByLabelText(/^Riesgo/), 'Publicar información sin aprobación')
  await pick(user, within(modal).getByRole('combobox', { name: /Tipo de riesgo/ }), 'De imagen o reputacional')
  await pick(user, within(modal).getByRole('combobox', { name: /Tratamiento/ }), 'Reducir')
  await pick(user, within(modal).getByRole('combobox', { name: /Probabilidad inherente/ }), /^3 · Media/)
  await pick(user, within(modal).getByRole('combobox', { name: /Impacto inherente/ }), '4 · Mayor')
  expect(within(modal).getByText('Alta · P3 × I4')).toBeTruthy()
  await user.click(within(modal).getByRole('button', { name: 'Registrar riesgo' }))

  // The new risk opens in the drawer; on the map it sits (inherent and residual) in media × mayor.
  const drawer = await screen.findByRole('dialog', { name: 'Riesgo R1' })
  await waitFor(() => expect(within(cell('Probabilidad media, impacto mayor: zona alta')).getAllByRole('button')).toHaveLength(2))
  expect(within(cell('Probabilidad media, impacto mayor: zona alta')).getByRole('button', { name: /^R1, riesgo residual/ })).toBeTruthy()

  await user.click(await within(drawer).findByRole('button', { name: 'Agregar control' }))
  const controlModal = await screen.findByRole('dialog', { name: 'Nuevo control del riesgo R1' })
  await fill(user, within(controlModal).getByLabelText(/^Control/), 'La jefe aprueba en Pauta cada pieza antes de publicarla')
  await pick(user, within(controlModal).getByRole('combobox', { name: /Responsable del control/ }), 'Mateo Herrera')
  await pick(user, within(controlModal).getByRole('combobox', { name: /Tipo de control/ }), 'Preventivo (25 %)')
  await pick(user, within(controlModal).getByRole('combobox', { name: /Implementación/ }), 'Manual (15 %)')
  expect(within(controlModal).getByText('Calificación del control: 40 % (reduce la probabilidad).')).toBeTruthy()
  await user.click(within(controlModal).getByRole('button', { name: 'Agregar control' }))

  // 60 % × (1 − 40 %) = 36 %: baja. The residual chip moves to baja × mayor; the inherent one stays.
  await waitFor(() => expect(within(cell('Probabilidad baja, impacto mayor: zona alta')).getByRole('button', { name: /^R1, riesgo residual/ })).toBeTruthy())
  expect(within(cell('Probabilidad media, impacto mayor: zona alta')).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
    'R1, riesgo inherente: Publicar información sin aprobación'
  ])
  expect(within(drawer).getByRole('group', { name: 'Riesgo residual' }).textContent).toContain('Probabilidad 36 %')
}, 90_000)

test('main rechaza un riesgo de corrupción que se acepta y el mensaje queda junto al campo', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('jefe')
  await user.click(await screen.findByRole('button', { name: 'Nuevo riesgo' }))
  const modal = await screen.findByRole('dialog', { name: 'Nuevo riesgo' })
  await fill(user, within(modal).getByLabelText(/^Riesgo/), 'Favorecer a un medio en la pauta')
  await pick(user, within(modal).getByRole('combobox', { name: /Tipo de riesgo/ }), 'De corrupción')
  await pick(user, within(modal).getByRole('combobox', { name: /Tratamiento/ }), 'Aceptar')
  await pick(user, within(modal).getByRole('combobox', { name: /Probabilidad inherente/ }), /^2 · Baja/)
  await pick(user, within(modal).getByRole('combobox', { name: /Impacto inherente/ }), '3 · Moderado')
  await user.click(within(modal).getByRole('button', { name: 'Registrar riesgo' }))
  await waitFor(() => expect(errorOf(within(modal).getByRole('combobox', { name: /Tratamiento/ }))).toContain('Los riesgos de corrupción no admiten aceptación.'))
  expect(await o.call('jefe', 'risks', 'list')).toEqual([])
})

test('el responsable de un control registra su seguimiento; quien no gestiona la matriz solo la consulta', async () => {
  const risk = await o.call('jefe', 'risks', 'create', { description: 'Pérdida del material audiovisual', type: 'operativo', probability: 2, impact: 4, treatment: 'reducir' })
  await o.call('jefe', 'risks', 'addControl', {
    riskId: risk.id,
    description: 'Copia de seguridad semanal del archivo',
    responsibleId: o.users.community_manager,
    type: 'detectivo',
    implementation: 'automatico',
    documentation: 'documentado',
    frequency: 'continua',
    evidence: 'con_registro'
  })
  const user = userEvent.setup({ delay: null })
  await openAs('community_manager')
  expect(screen.queryByRole('button', { name: 'Nuevo riesgo' })).toBeNull()
  await user.click(await screen.findByRole('button', { name: 'Abrir el riesgo R1' }))
  const drawer = await screen.findByRole('dialog', { name: 'Riesgo R1' })
  expect(within(drawer).queryByRole('button', { name: 'Agregar control' })).toBeNull()
  expect(within(drawer).queryByRole('button', { name: 'Editar control' })).toBeNull()
  await user.click(await within(drawer).findByRole('button', { name: 'Registrar seguimiento' }))
  const modal = await screen.findByRole('dialog', { name: 'Seguimiento del control' })
  await fill(user, within(modal).getByLabelText(/^Evidencia/), 'Informe de la copia del viernes')
  await user.click(within(modal).getByRole('button', { name: 'Registrar seguimiento' }))
  const table = await within(drawer).findByRole('table', { name: 'Seguimientos de «Copia de seguridad semanal del archivo»' })
  expect(within(table).getByText('Informe de la copia del viernes')).toBeTruthy()
  expect(within(table).getByText('Mateo Herrera')).toBeTruthy()
})
