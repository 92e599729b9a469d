import { afterEach, beforeEach, describe, expect, it, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRoutes } from '../../src/renderer/src/AppRoutes'
import { daysOf, eventDays, shiftAnchor, viewTitle } from '../../src/renderer/src/features/coverage/calendar-range'
import { normalizeTime, toInstant } from '../../src/renderer/src/features/coverage/time'
import { useSession } from '../../src/renderer/src/stores/session'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import { connectApi, errorOf, renderApp } from './support'

describe('rangos del calendario', () => {
  it('la semana va de lunes a domingo, también a través del cambio de año', () => {
    expect(daysOf('semana', '2026-03-12')).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'])
    expect(daysOf('semana', '2027-01-01')[0]).toBe('2026-12-28')
    expect(viewTitle('semana', '2027-01-01')).toBe('Semana del 28 de diciembre de 2026 al 3 de enero de 2027')
    expect(viewTitle('semana', '2026-03-12')).toBe('Semana del 9 al 15 de marzo de 2026')
  })

  it('el mes muestra semanas completas y se mueve de mes en mes', () => {
    const march = daysOf('mes', '2026-03-12')
    expect([march[0], march.at(-1), march.length]).toEqual(['2026-02-23', '2026-04-05', 42])
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(daysOf('mes', '2027-02-10')).toHaveLength(28)
    expect(daysOf('mes', '2026-02-10')).toHaveLength(35)
    expect(shiftAnchor('mes', '2026-01-31', 1)).toBe('2026-02-01')
    expect(shiftAnchor('mes', '2026-01-15', -1)).toBe('2025-12-01')
    expect(shiftAnchor('semana', '2026-03-12', 1)).toBe('2026-03-19')
    expect(viewTitle('mes', '2026-03-12')).toBe('Marzo de 2026')
    expect(viewTitle('dia', '2026-03-12')).toBe('Jueves 12 de marzo de 2026')
  })

  it('un evento ocupa los días colombianos que toca; terminar a medianoche no toca el día siguiente', () => {
    expect(eventDays('2026-03-12T14:00:00.000Z', '2026-03-12T17:00:00.000Z')).toEqual(['2026-03-12'])
    expect(eventDays('2026-03-13T01:00:00.000Z', '2026-03-13T04:00:00.000Z')).toEqual(['2026-03-12'])
    expect(eventDays('2026-03-12T23:00:00.000Z', '2026-03-13T05:00:00.000Z')).toEqual(['2026-03-12'])
    expect(eventDays('2026-03-12T23:00:00.000Z', '2026-03-14T23:00:00.000Z')).toEqual(['2026-03-12', '2026-03-13', '2026-03-14'])
  })

  it('las horas se escriben en 24 horas y se ordenan al salir del campo', () => {
    expect(['9', '930', '9:30', '09.30', '14:00', '2359'].map(normalizeTime)).toEqual(['09:00', '09:30', '09:30', '09:30', '14:00', '23:59'])
    expect(['24:00', '9:60', 'nueve', ''].map(normalizeTime)).toEqual([null, null, null, null])
    expect(toInstant('2026-03-12', '9:30')).toBe('2026-03-12T09:30:00-05:00')
  })
})

describe('aplazar y cancelar desde el evento', () => {
  let t: Awaited<ReturnType<typeof makeOffice>>
  const today = isoDateInColombia(new Date())
  const at = (time: string) => `${today}T${time}:00-05:00`

  beforeEach(async () => {
    t = await makeOffice()
    t.clock.set(at('07:00'))
  })
  afterEach(async () => {
    await t.dispose()
  })

  test('el jefe aplaza un evento con su nueva fecha y luego lo cancela con motivo', async () => {
    const event = await t.call('jefe', 'coverage', 'create', { title: 'Cabildo abierto', startsAt: at('18:00'), endsAt: at('20:00'), place: 'Coliseo' })
    connectApi(t, 'jefe')
    useSession.setState({ status: await t.call('jefe', 'app', 'status') })
    const user = userEvent.setup({ delay: null })
    renderApp(<AppRoutes />, '/cubrimientos')
    await user.click(await screen.findByRole('button', { name: /Cabildo abierto/ }))
    const drawer = await screen.findByRole('dialog', { name: 'Evento' })
    await user.click(await within(drawer).findByRole('button', { name: 'Aplazar' }))
    const postpone = await screen.findByRole('dialog', { name: 'Aplazar evento' })
    const later = isoDateInColombia(new Date(Date.now() + 7 * 86_400_000))
    await user.click(within(postpone).getByRole('button', { name: 'Aplazar' }))
    await waitFor(() => expect(errorOf(within(postpone).getByLabelText(/^Nueva fecha/))).toContain('Escriba la fecha'))
    await user.type(within(postpone).getByLabelText(/^Nueva fecha/), formatDate(later))
    await user.clear(within(postpone).getByLabelText(/^Hora de inicio/))
    await user.type(within(postpone).getByLabelText(/^Hora de inicio/), '17')
    await user.click(within(postpone).getByRole('button', { name: 'Aplazar' }))
    expect(await within(drawer).findByText('Evento aplazado')).toBeTruthy()
    expect(await t.call('jefe', 'coverage', 'get', { id: event.id })).toMatchObject({ state: 'aplazado', startsAt: new Date(`${later}T17:00:00-05:00`).toISOString() })

    await user.click(within(drawer).getByRole('button', { name: 'Cancelar evento' }))
    const cancel = await screen.findByRole('dialog', { name: 'Cancelar evento' })
    await user.click(within(cancel).getByRole('button', { name: 'Cancelar evento' }))
    await waitFor(() => expect(errorOf(within(cancel).getByLabelText(/^Motivo/))).toContain('Escriba el motivo'))
    await user.type(within(cancel).getByLabelText(/^Motivo/), 'La Secretaría de Planeación no consiguió el coliseo.')
    await user.click(within(cancel).getByRole('button', { name: 'Cancelar evento' }))
    expect(await within(drawer).findByText('La Secretaría de Planeación no consiguió el coliseo.')).toBeTruthy()
    expect((await t.call('jefe', 'coverage', 'get', { id: event.id })).state).toBe('cancelado')
  }, 60_000)
})
