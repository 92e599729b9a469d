import type { DomainHandlers } from '../core/handlers'
import { notFound } from '../core/errors'
import { bulletinDetail, bulletinPieces, listBulletins, nextBulletinNumber } from './bulletin-queries'
import { registerBulletin, sendBulletin } from './bulletin-writes'
import { clipOptions, conferenceDetail, listConferences } from './conference-queries'
import { saveConference, setAttendance, setClips, setMaterials } from './conference-writes'
import { listContacts, saveContact } from './contacts'
import { exportList } from './list-export'
import { listDistributionLists, saveDistributionList } from './lists'
import { upcoming } from './upcoming'

export const pressHandlers: DomainHandlers<'press'> = {
  bulletins: (ctx, input) => listBulletins(ctx.db, input),
  bulletin: (ctx, input) => bulletinDetail(ctx.db, input.id),
  nextBulletinNumber: async (ctx, input) => ({ year: input.year, number: await nextBulletinNumber(ctx.db, input.year) }),
  bulletinPieces: (ctx) => bulletinPieces(ctx.db),
  registerBulletin: async (ctx, input) => bulletinDetail(ctx.db, await registerBulletin(ctx, input)),
  async sendBulletin(ctx, input) {
    await sendBulletin(ctx, input.bulletinId, input.listIds)
    return bulletinDetail(ctx.db, input.bulletinId)
  },

  contacts: (ctx, input) => listContacts(ctx.db, input),
  async saveContact(ctx, input) {
    const [contact] = await listContacts(ctx.db, { id: await saveContact(ctx, input) })
    if (!contact) throw notFound('el contacto')
    return contact
  },
  lists: (ctx) => listDistributionLists(ctx.db),
  async saveList(ctx, input) {
    const [list] = await listDistributionLists(ctx.db, await saveDistributionList(ctx, input))
    if (!list) throw notFound('la lista de distribución')
    return list
  },
  exportList: async (ctx, input) => ({ path: await exportList(ctx, input.id) }),

  conferences: (ctx) => listConferences(ctx.db),
  conference: (ctx, input) => conferenceDetail(ctx, input.id),
  saveConference: async (ctx, input) => conferenceDetail(ctx, await saveConference(ctx, input)),
  async setAttendance(ctx, input) {
    await setAttendance(ctx, input.id, input.attendedIds)
    return conferenceDetail(ctx, input.id)
  },
  async setMaterials(ctx, input) {
    await setMaterials(ctx, input.id, input.assetIds)
    return conferenceDetail(ctx, input.id)
  },
  async setClips(ctx, input) {
    await setClips(ctx, input.id, input.clipIds)
    return conferenceDetail(ctx, input.id)
  },
  clipOptions: (ctx, input) => clipOptions(ctx.db, input.id),

  upcoming: (ctx) => upcoming(ctx)
}
