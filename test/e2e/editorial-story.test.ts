import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { AuditEntry, PieceDetail, PieceRow } from '../../src/shared/contract'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from '../../src/shared/domain/pieces'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, writeSamplePng, writeSamplePoster, type PautaPage } from './support'

const JEFE = { fullName: 'Marcela Rodríguez Pinzón', username: 'mrodriguez', password: 'tabio-prensa-2026' }
const PERIODISTA = { fullName: 'Andrés Felipe Rojas', username: 'arojas', password: 'periodista-2026' }
const DISENADORA = { fullName: 'Juliana Pérez Cárdenas', username: 'jperez', password: 'disenadora-2026' }

const STRATEGY = 'Comunicación digital y redes sociales'
const ACTIVITY = 'Publicar piezas gráficas sobre programas de salud pública en redes sociales'
const TOPIC = 'Jornada de vacunación contra la influenza en las veredas'
const RETURN_COMMENT = 'Corrija las fechas: la jornada es el sábado 12 y el domingo 13. Incluya también los puntos de vacunación de cada vereda.'
const VERSION_1 = [
  'La Secretaría de Salud invita a las familias de las veredas a vacunarse contra la influenza los días 5 y 6 del mes.',
  'La vacuna es gratuita para niños, adultos mayores y gestantes.'
]
const VERSION_2 = [
  'La Secretaría de Salud invita a las familias de las veredas a vacunarse contra la influenza el sábado 12 y el domingo 13.',
  'La vacuna es gratuita para niños, adultos mayores y gestantes. Habrá puntos de vacunación en los salones comunales de Río Frío, Lourdes y Chicú.'
]
const PUBLICATION_URL = 'https://www.facebook.com/AlcaldiaDeTabio/posts/vacunacion-veredas'

/** A calendar date `days` after today in Colombia, as the ISO string and as typed in a form. */
function dateAhead(days: number): { iso: string; typed: string } {
  const iso = isoDateInColombia(new Date(Date.now() + days * 86_400_000))
  return { iso, typed: formatDate(iso) }
}

/** The decoded width of an <img>: 0 until it has loaded, and when it could not be loaded. */
function naturalWidth(img: Locator): Promise<number> {
  return img.evaluate((element) => {
    const image = element as unknown as { complete: boolean; naturalWidth: number }
    return image.complete ? image.naturalWidth : 0
  })
}

describeInBrowser('Historia editorial completa, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('de la primera configuración a la pieza publicada, con devolución, nueva versión, dos aprobaciones e historial', async () => {
    const pauta = await openPauta(browser)
    try {
      await walkTheStory(pauta)
    } finally {
      await pauta.close()
    }
  })
})

async function walkTheStory(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const desired = dateAhead(21)

  /** Opens a Mantine select (or multiselect) by its label and clicks one of its options. */
  async function choose(scope: Page | Locator, label: RegExp, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).first().click()
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
  }

  async function signIn(user: { username: string; password: string; fullName: string }): Promise<void> {
    await page.getByLabel(/^Usuario/).fill(user.username)
    await page.getByLabel(/^Contraseña/).fill(user.password)
    await page.getByRole('button', { name: 'Ingresar' }).click()
    await page.getByRole('link', { name: 'Inicio' }).waitFor()
    // The sidebar names who is signed in.
    await page.getByText(user.fullName, { exact: true }).first().waitFor()
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Salir' }).click()
    await page.getByRole('button', { name: 'Ingresar' }).waitFor()
  }

  /** Follows a sidebar link; "Por aprobar" carries its count in its name. */
  async function goTo(link: string): Promise<void> {
    await page.getByRole('link', { name: new RegExp(`^${link}`) }).click()
  }

  /** The state badge in the piece's header, next to its code. */
  async function expectPieceState(label: string): Promise<void> {
    await page.getByRole('heading', { level: 2, name: TOPIC }).waitFor()
    const header = page.getByText(/^PZ-\d{4}-\d{4}$/).first().locator('..')
    await header.getByText(label, { exact: true }).waitFor()
  }

  async function notified(message: string | RegExp): Promise<void> {
    await page.getByText(message).first().waitFor()
  }

  /**
   * A screenshot of the screen as a person would look at it: toasts dismissed and, unless the
   * shot is of a dialog, no dialog still fading out over the page.
   */
  async function capture(name: string, { dialog = false } = {}): Promise<void> {
    const toasts = page.locator('.mantine-Notifications-root').getByRole('button')
    // Clicked in one go inside the page: toasts move while others close, which defeats a pointer.
    await toasts.evaluateAll((buttons) => buttons.forEach((b) => (b as unknown as { click(): void }).click()))
    await expect.poll(() => toasts.count(), { timeout: 5_000 }).toBe(0)
    if (dialog) await page.getByRole('dialog').last().waitFor()
    else await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5_000 }).toBe(0)
    // The pointer rests where the last click left it; a hover highlight there is not part of the screen.
    await page.mouse.move(0, 0)
    // Mantine's enter and exit transitions last 200 ms.
    await page.waitForTimeout(250)
    await shot(page, name)
  }

  async function read<T>(domain: string, method: string, input: unknown): Promise<T> {
    const result = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, domain, method, input)
    if (!result.ok) throw new Error(`${domain}.${method}: ${result.error.message}`)
    return result.value as T
  }

  // 1. First run: the entity, the office and the jefe's account.
  await page.getByLabel('Nombre de la entidad').fill('Alcaldía de Tabio')
  await page.getByLabel('Nombre de la oficina').fill('Oficina de Prensa y Comunicaciones')
  await page.getByLabel('Nombre completo').fill(JEFE.fullName)
  await page.getByLabel(/^Usuario/).fill(JEFE.username)
  await page.getByLabel(/^Contraseña/).fill(JEFE.password)
  await page.getByLabel('Confirmar contraseña').fill(JEFE.password)
  await capture('historia-01-primer-uso')
  await page.getByRole('button', { name: 'Crear oficina' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()
  await page.getByText('Ninguna pieza espera su aprobación').waitFor()

  // 2. Configuración: the periodista's and the designer's accounts.
  await goTo('Configuración')
  await page.getByRole('tab', { name: 'Usuarios' }).click()
  for (const [person, role] of [
    [PERIODISTA, 'Profesional (periodista / redactor)'],
    [DISENADORA, 'Diseñador(a)']
  ] as const) {
    await page.getByRole('button', { name: 'Nuevo usuario' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nuevo usuario' })
    await dialog.getByLabel(/^Usuario/).fill(person.username)
    await dialog.getByLabel(/^Nombre completo/).fill(person.fullName)
    await choose(dialog, /^Rol/, role)
    await dialog.getByLabel(/^Contraseña inicial/).fill(person.password)
    await dialog.getByRole('button', { name: 'Crear usuario' }).click()
    await notified(`Se creó la cuenta de ${person.fullName}.`)
    await dialog.waitFor({ state: 'detached' })
  }
  const usersTable = page.getByRole('table')
  await usersTable.getByRole('row').filter({ hasText: PERIODISTA.fullName }).getByText('Profesional (periodista / redactor)').waitFor()
  await usersTable.getByRole('row').filter({ hasText: DISENADORA.fullName }).getByText('Diseñador(a)').waitFor()
  await capture('historia-02-configuracion-usuarios')

  // 3. Plan de Comunicaciones for the vigencia, one strategy and one activity.
  await goTo('Plan de Comunicaciones')
  await page.getByText('Aún no hay un Plan de Comunicaciones').waitFor()
  await page.getByRole('button', { name: 'Nuevo plan' }).click()
  const planDialog = page.getByRole('dialog', { name: 'Nuevo plan' })
  const year = isoDateInColombia(new Date()).slice(0, 4)
  expect(await planDialog.getByLabel(/^Nombre del plan/).inputValue()).toBe(`Plan de Comunicaciones ${year}`)
  expect(await planDialog.getByLabel(/^Inicio de la vigencia/).inputValue()).toBe(`01/01/${year}`)
  expect(await planDialog.getByLabel(/^Fin de la vigencia/).inputValue()).toBe(`31/12/${year}`)
  await choose(planDialog, /^Estado/, 'Vigente')
  await planDialog.getByLabel('Descripción').fill('Plan de la vigencia aprobado por el Comité Institucional de Gestión y Desempeño.')
  await planDialog.getByRole('button', { name: 'Crear plan' }).click()
  await page.getByRole('heading', { level: 2, name: `Plan de Comunicaciones ${year}` }).waitFor()

  await page.getByRole('button', { name: 'Nueva estrategia' }).click()
  const strategyDialog = page.getByRole('dialog', { name: 'Nueva estrategia' })
  await choose(strategyDialog, /^Tipo de estrategia/, 'Digital')
  await strategyDialog.getByLabel(/^Nombre de la estrategia/).fill(STRATEGY)
  await strategyDialog.getByLabel('Objetivo').fill('Informar a la ciudadanía de forma oportuna por los canales digitales de la Alcaldía.')
  await strategyDialog.getByRole('button', { name: 'Crear estrategia' }).click()
  await notified(`Se creó la estrategia «${STRATEGY}».`)

  await page.getByRole('button', { name: `Nueva actividad en ${STRATEGY}` }).click()
  const activityDialog = page.getByRole('dialog', { name: `Nueva actividad · ${STRATEGY}` })
  await activityDialog.getByLabel(/^Descripción de la actividad/).fill(ACTIVITY)
  await choose(activityDialog, /^Frecuencia/, 'Semanal')
  await choose(activityDialog, /^Canales/, 'Facebook')
  await choose(activityDialog, /^Grupos de valor/, 'Ciudadanía en general')
  await choose(activityDialog, /^Responsable/, PERIODISTA.fullName)
  await activityDialog.getByLabel(/^Meta$/).fill('48')
  await activityDialog.getByLabel(/^Unidad de la meta/).fill('publicaciones')
  await activityDialog.getByRole('button', { name: 'Agregar actividad' }).click()
  await notified('Se agregó la actividad al plan.')
  const strategySection = page.getByRole('region', { name: `Estrategia ${STRATEGY}` })
  await strategySection.getByRole('cell', { name: ACTIVITY, exact: true }).waitFor()
  await strategySection.getByRole('cell', { name: '48 publicaciones' }).waitFor()
  await strategySection.getByRole('cell', { name: PERIODISTA.fullName, exact: true }).waitFor()
  await capture('historia-03-plan')

  // 4. The periodista registers the request, studies it and accepts it, creating one piece.
  await signOut()
  await signIn(PERIODISTA)
  await goTo('Solicitudes')
  await page.getByText('Aún no hay solicitudes').waitFor()
  await page.getByRole('button', { name: 'Nueva solicitud' }).click()
  const requestDialog = page.getByRole('dialog', { name: 'Nueva solicitud' })
  await choose(requestDialog, /^Dependencia/, 'Secretaría de Salud')
  await requestDialog.getByLabel(/^Fecha deseada/).fill(desired.typed)
  await requestDialog.getByLabel(/^Solicitante/).fill('Carlos Medina, secretario de Salud')
  await requestDialog.getByLabel(/^Contacto/).fill('Ext. 214 · salud@tabio.gov.co')
  await requestDialog.getByLabel(/^Tema/).fill(TOPIC)
  await requestDialog.getByLabel(/^Objetivo/).fill('Que las familias rurales se vacunen antes de la temporada de lluvias.')
  await requestDialog.getByLabel(/^Mensaje clave/).fill('La vacuna contra la influenza es gratuita y llega a su vereda.')
  await choose(requestDialog, /^Grupos de valor/, 'Ciudadanía en general')
  await choose(requestDialog, /^Canales sugeridos/, 'Facebook')
  await requestDialog.getByRole('button', { name: 'Registrar solicitud' }).click()
  await page.getByRole('heading', { level: 2, name: TOPIC }).waitFor()
  await page.getByText('Recibida', { exact: true }).waitFor()
  await page.getByText(desired.typed).waitFor()
  await page.getByRole('button', { name: 'Iniciar análisis' }).click()
  await page.getByText('En análisis', { exact: true }).waitFor()
  await capture('historia-04-solicitud')

  await page.getByRole('button', { name: 'Aceptar y crear piezas' }).click()
  const acceptDialog = page.getByRole('dialog', { name: /^Aceptar SOL-.* y crear piezas$/ })
  const firstPiece = acceptDialog.getByRole('group', { name: 'Pieza 1' })
  expect(await firstPiece.getByLabel(/^Título/).inputValue()).toBe(TOPIC)
  expect(await firstPiece.getByLabel(/^Fecha de entrega/).inputValue()).toBe(desired.typed)
  // Whoever accepts a request as a periodista starts as its writer (once the team list has loaded).
  await expect.poll(() => firstPiece.getByRole('combobox', { name: /^Redactor/ }).inputValue()).toBe(PERIODISTA.fullName)
  await choose(firstPiece, /^Tipo de pieza/, 'Pieza gráfica')
  await choose(firstPiece, /^Actividad del plan/, new RegExp(`^${STRATEGY} · Publicar piezas gráficas`))
  await choose(firstPiece, /^Diseñador/, DISENADORA.fullName)
  expect(await firstPiece.getByRole('switch', { name: /^Requiere diseño/ }).isChecked()).toBe(true)
  await capture('historia-05-aceptar-solicitud', { dialog: true })
  await acceptDialog.getByRole('button', { name: 'Aceptar y crear la pieza' }).click()
  await acceptDialog.waitFor({ state: 'detached' })
  await page.getByText('Aceptada', { exact: true }).waitFor()
  const piecesOfRequest = page.getByRole('table').filter({ hasText: TOPIC })
  await piecesOfRequest.getByText('Borrador', { exact: true }).waitFor()
  await piecesOfRequest.getByRole('link', { name: /^PZ-\d{4}-\d{4}$/ }).click()

  // 5. The periodista writes the content, saves version 1 and sends it to review.
  await expectPieceState('Borrador')
  const editor = page.getByRole('textbox', { name: 'Texto de la pieza' })
  await editor.click()
  await page.keyboard.insertText(VERSION_1[0]!)
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(VERSION_1[1]!)
  await page.getByText('Cambios sin guardar').waitFor()
  await page.getByLabel('Nota de la versión (opcional)').fill('Primera versión para revisión')
  await page.getByRole('button', { name: 'Guardar versión' }).click()
  await notified('Se guardó la versión 1 del contenido.')
  await page.getByText('Cambios sin guardar').waitFor({ state: 'detached' })
  await capture('historia-06-pieza-editor')
  await page.getByRole('button', { name: 'Enviar a revisión de contenido' }).click()
  await notified('El contenido se envió a revisión.')
  await expectPieceState('Revisión de contenido')
  await page.getByText('El contenido está en revisión. Si se devuelve con comentarios, podrá ajustarse aquí.').waitFor()

  // 6. The jefe opens it in "Por aprobar" and returns it with a comment.
  await signOut()
  await signIn(JEFE)
  await page.getByLabel('1 por aprobar').waitFor()
  await goTo('Por aprobar')
  const queue = page.getByRole('listbox', { name: 'Piezas por aprobar' })
  await queue.getByRole('option', { name: new RegExp(TOPIC) }).waitFor()
  const contentReview = page.getByRole('region', { name: 'Revisión de contenido' })
  await contentReview.getByText(`Versión 1 de ${PERIODISTA.fullName}`).waitFor()
  await page.getByLabel('Texto en revisión').getByText(VERSION_1[0]!).waitFor()
  await capture('historia-07-por-aprobar')
  await contentReview.getByLabel(/^Comentarios/).fill(RETURN_COMMENT)
  await capture('historia-08-devolver')
  await contentReview.getByRole('button', { name: 'Devolver con comentarios' }).click()
  await notified(/^Se devolvió el contenido de PZ-\d{4}-\d{4} con comentarios\.$/)
  await page.getByText('No hay piezas por aprobar').waitFor()

  // 7. The periodista finds it returned on Inicio, writes version 2, compares and resubmits.
  await signOut()
  await signIn(PERIODISTA)
  const returned = page.getByRole('region', { name: 'Devueltas para ajustes' })
  const returnedLink = returned.getByRole('link', { name: new RegExp(TOPIC) })
  await returnedLink.waitFor()
  await returned.getByText('Ajustes de contenido', { exact: true }).waitFor()
  await capture('historia-09-inicio-devuelta')
  await returnedLink.click()
  await expectPieceState('Ajustes de contenido')
  await page.getByText(`Devuelta con comentarios por ${JEFE.fullName}`).waitFor()
  await page.getByText(RETURN_COMMENT).first().waitFor()
  await editor.getByText(VERSION_1[0]!).waitFor()
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(VERSION_2[0]!)
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(VERSION_2[1]!)
  await page.getByLabel('Nota de la versión (opcional)').fill('Corregí las fechas y agregué los puntos de vacunación')
  await page.getByRole('button', { name: 'Guardar versión' }).click()
  await notified('Se guardó la versión 2 del contenido.')

  await page.getByRole('tab', { name: /^Versiones/ }).click()
  const versions = page.getByRole('table', { name: 'Versiones del contenido' })
  await versions.getByRole('row').filter({ hasText: 'Corregí las fechas y agregué los puntos de vacunación' }).waitFor()
  await versions.getByRole('row').filter({ hasText: 'Primera versión para revisión' }).waitFor()
  const diff = page.getByRole('region', { name: 'Cambios de la versión 1 a la 2' })
  await diff.locator('del', { hasText: '5' }).first().waitFor()
  await diff.locator('ins', { hasText: 'sábado' }).first().waitFor()
  await diff.locator('ins', { hasText: 'Chicú' }).first().waitFor()
  await capture('historia-10-comparar-versiones')
  await page.getByRole('tab', { name: 'Contenido' }).click()
  await page.getByRole('button', { name: 'Enviar a revisión de contenido' }).click()
  await notified('El contenido se envió a revisión.')
  await expectPieceState('Revisión de contenido')

  // 8. The jefe checks the five control points and approves the content.
  await signOut()
  await signIn(JEFE)
  await goTo('Por aprobar')
  const contentReview2 = page.getByRole('region', { name: 'Revisión de contenido' })
  await contentReview2.getByText(`Versión 2 de ${PERIODISTA.fullName}`).waitFor()
  await page.getByText('Cambios desde la versión 1').click()
  await page.getByRole('region', { name: 'Cambios desde la versión 1' }).locator('ins', { hasText: 'Chicú' }).first().waitFor()
  const approve = contentReview2.getByRole('button', { name: 'Aprobar' })
  expect(await approve.isDisabled()).toBe(true)
  for (const item of CHECKLIST_ITEMS) await contentReview2.getByRole('checkbox', { name: CHECKLIST_LABELS[item] }).check()
  await contentReview2.getByText('Ctrl+Enter aprueba.').waitFor()
  expect(await approve.isEnabled()).toBe(true)
  await capture('historia-11-aprobar-contenido')
  await approve.click()
  await notified(/^Se aprobó el contenido de PZ-\d{4}-\d{4}\.$/)
  await page.getByText('No hay piezas por aprobar').waitFor()

  // 9. The designer attaches the design files (a real PNG and an SVG poster) and sends them to review.
  await signOut()
  await signIn(DISENADORA)
  const myWork = page.getByRole('region', { name: 'Mi trabajo' })
  await myWork.getByText('Contenido aprobado', { exact: true }).waitFor()
  await myWork.getByRole('link', { name: new RegExp(TOPIC) }).click()
  await expectPieceState('Contenido aprobado')
  const png = writeSamplePng(pauta.scratchDir, 'vacunacion-veredas.png')
  const poster = writeSamplePoster(pauta.scratchDir, 'Vacúnese contra la influenza')
  pauta.queuePickedFiles([png, poster])
  await page.getByLabel('Nota del diseño (opcional)').fill('Formato cuadrado para Facebook')
  await page.getByRole('button', { name: 'Adjuntar archivos de diseño' }).click()
  await notified('Se adjuntó la versión 1 del diseño.')
  const designVersion = page.getByRole('region', { name: 'Diseño, versión 1' })
  const pngPreview = designVersion.getByRole('img', { name: 'vacunacion-veredas.png' })
  await pngPreview.waitFor()
  await expect.poll(() => naturalWidth(pngPreview), { timeout: 10_000 }).toBe(8)
  const posterPreview = designVersion.getByRole('img', { name: /^vacunese-contra-la-influenza-v1\.svg$/ })
  await expect.poll(() => naturalWidth(posterPreview), { timeout: 10_000 }).toBeGreaterThan(0)
  await expectPieceState('En diseño')
  await capture('historia-12-diseno-adjunto')
  await page.getByRole('button', { name: 'Enviar a revisión de diseño' }).click()
  await notified('El diseño se envió a revisión.')
  await expectPieceState('Revisión de diseño')

  // 10. The jefe approves the design.
  await signOut()
  await signIn(JEFE)
  await goTo('Por aprobar')
  const designReview = page.getByRole('region', { name: 'Revisión de diseño' })
  await designReview.getByText(/^Versión 1 de /).waitFor()
  await page.getByRole('img', { name: 'vacunacion-veredas.png' }).waitFor()
  for (const item of CHECKLIST_ITEMS) await designReview.getByRole('checkbox', { name: CHECKLIST_LABELS[item] }).check()
  await capture('historia-13-aprobar-diseno')
  await designReview.getByRole('button', { name: 'Aprobar' }).click()
  await notified(/^Se aprobó el diseño de PZ-\d{4}-\d{4}\.$/)
  await page.getByText('No hay piezas por aprobar').waitFor()

  // 11. The periodista registers the publication.
  await signOut()
  await signIn(PERIODISTA)
  await goTo('Piezas')
  await page.getByRole('table', { name: 'Piezas' }).getByRole('link', { name: TOPIC }).click()
  await expectPieceState('Aprobada')
  const publication = page.getByRole('form', { name: 'Registrar publicación' })
  expect(await publication.getByRole('combobox', { name: /^Canal/ }).inputValue()).toBe('Facebook')
  const publishedAtText = await publication.getByRole('button', { name: /^Fecha y hora/ }).textContent()
  expect(publishedAtText).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  await publication.getByLabel(/^URL o lugar/).fill(PUBLICATION_URL)
  await capture('historia-14-publicacion')
  await publication.getByRole('button', { name: 'Registrar publicación' }).click()
  await notified('Se registró la publicación.')
  await expectPieceState('Publicada')
  const published = page.getByRole('table', { name: 'Publicaciones registradas' })
  await published.getByRole('link', { name: PUBLICATION_URL }).waitFor()
  await published.getByText(PERIODISTA.fullName).waitFor()

  // 12. The history shows every step, newest first, with who, comments and versions.
  await page.getByRole('tab', { name: 'Historial' }).click()
  const history = page.getByLabel('Historial de la pieza')
  await history.getByText('Registró la publicación en Facebook').waitFor()
  const titles = await history.locator('.mantine-Timeline-itemTitle').allTextContents()
  expect(titles.map((t) => t.replace(/PZ-\d{4}-\d{4}/, 'PZ'))).toEqual([
    'Registró la publicación en Facebook',
    'Aprobó la versión 1 del diseño',
    'Envió la versión 1 del diseño a revisión',
    'Adjuntó la versión 1 del diseño (2 archivos)',
    'Aprobó la versión 2 del contenido',
    'Envió la versión 2 del contenido a revisión',
    'Guardó la versión 2 del contenido',
    'Devolvió la versión 1 del contenido con ajustes',
    'Envió la versión 1 del contenido a revisión',
    'Guardó la versión 1 del contenido',
    expect.stringMatching(/^Creó la pieza PZ «Jornada de vacunación contra la influenza en las veredas» a partir de la solicitud SOL-/)
  ])
  await history.getByText(RETURN_COMMENT).waitFor()
  await history.getByText('Nota: «Corregí las fechas y agregué los puntos de vacunación»').waitFor()
  await history.getByText('Archivos: vacunacion-veredas.png, vacunese-contra-la-influenza-v1.svg').waitFor()
  await history.getByText('Revisión de contenido → Ajustes de contenido').waitFor()
  const whereAndWhen = await history.getByText(`· ${PUBLICATION_URL}`).textContent()
  expect(whereAndWhen).toMatch(/^Facebook: \d{2}\/\d{2}\/\d{4}, \d{1,2}:\d{2}/)
  await history.getByText(`${JEFE.fullName} ·`, { exact: false }).first().waitFor()
  await history.getByText(`${DISENADORA.fullName} ·`, { exact: false }).first().waitFor()
  await capture('historia-15-historial')

  // 13. The jefe's Inicio: nothing waits, the piece is among the recently published.
  await signOut()
  await signIn(JEFE)
  await page.getByText('Ninguna pieza espera su aprobación. ¡Todo al día!').waitFor()
  const recent = page.getByRole('region', { name: 'Publicadas recientemente' })
  await recent.getByRole('link', { name: new RegExp(TOPIC) }).waitFor()
  await page.getByRole('button', { name: 'Publicada: 1' }).waitFor()
  await capture('historia-16-inicio-jefe')

  // What main recorded, read straight from the contract.
  const [row] = await read<PieceRow[]>('pieces', 'list', {})
  expect(row).toBeDefined()
  const piece = await read<PieceDetail>('pieces', 'get', { id: row!.id })
  expect(piece).toMatchObject({
    title: TOPIC,
    type: 'pieza_grafica',
    state: 'publicada',
    requiresDesign: true,
    writerName: PERIODISTA.fullName,
    designerName: DISENADORA.fullName,
    dueDate: desired.iso
  })
  expect(piece.activityLabel).toBe(ACTIVITY)
  expect(piece.contentVersions.map((v) => [v.number, v.authorName, v.note])).toEqual([
    [1, PERIODISTA.fullName, 'Primera versión para revisión'],
    [2, PERIODISTA.fullName, 'Corregí las fechas y agregué los puntos de vacunación']
  ])
  expect(piece.designVersions).toHaveLength(1)
  expect(piece.designVersions[0]!.files.map((f) => [f.name, f.mime])).toEqual([
    ['vacunacion-veredas.png', 'image/png'],
    ['vacunese-contra-la-influenza-v1.svg', 'image/svg+xml']
  ])
  const reviews = [...piece.reviews].sort((a, b) => a.id - b.id)
  expect(reviews.map((r) => [r.stage, r.versionNumber, r.decision, r.reviewerName])).toEqual([
    ['contenido', 1, 'devuelta', JEFE.fullName],
    ['contenido', 2, 'aprobada', JEFE.fullName],
    ['diseno', 1, 'aprobada', JEFE.fullName]
  ])
  expect(reviews[0]!.comments).toBe(RETURN_COMMENT)
  expect(Object.values(reviews[1]!.checklist).every(Boolean)).toBe(true)
  expect(Object.values(reviews[2]!.checklist).every(Boolean)).toBe(true)
  expect(piece.publications.map((p) => [p.channelName, p.urlOrPlace, p.publishedByName])).toEqual([['Facebook', PUBLICATION_URL, PERIODISTA.fullName]])

  const pieceHistory = await read<AuditEntry[]>('pieces', 'history', { pieceId: piece.id })
  expect(pieceHistory.map((e) => [e.action, e.actorName])).toEqual([
    ['pieces.created', PERIODISTA.fullName],
    ['pieces.content_saved', PERIODISTA.fullName],
    ['pieces.content_submitted', PERIODISTA.fullName],
    ['pieces.content_returned', JEFE.fullName],
    ['pieces.content_saved', PERIODISTA.fullName],
    ['pieces.content_submitted', PERIODISTA.fullName],
    ['pieces.content_approved', JEFE.fullName],
    ['pieces.design_attached', DISENADORA.fullName],
    ['pieces.design_submitted', DISENADORA.fullName],
    ['pieces.design_approved', JEFE.fullName],
    ['pieces.published', PERIODISTA.fullName]
  ])

  // The office-wide trail has the whole story in order, around the piece's own entries.
  const office = await read<AuditEntry[]>('audit', 'list', { limit: 500 })
  const storyActions = [...office]
    .sort((a, b) => a.id - b.id)
    .map((e) => e.action)
    .filter((a) => !a.startsWith('auth.'))
  expect(storyActions).toEqual([
    'app.setup',
    'users.created',
    'users.created',
    'plans.created',
    'plans.strategy_created',
    'plans.activity_created',
    'requests.created',
    'requests.analysis_started',
    'pieces.created',
    'requests.accepted',
    ...pieceHistory.slice(1).map((e) => e.action)
  ])

  expect(pauta.problems).toEqual([])
}
