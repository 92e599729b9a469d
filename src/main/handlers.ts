import type { AllHandlers } from './core/handlers'
import { appHandlers, authHandlers } from './settings/app-handlers'
import { settingsHandlers } from './settings/handlers'
import { delegationsHandlers, usersHandlers } from './users/handlers'
import { cataloguesHandlers } from './catalogues/handlers'
import { plansHandlers } from './plans/handlers'
import { requestsHandlers } from './requests/handlers'
import { piecesHandlers } from './pieces/handlers'
import { homeHandlers } from './home/handlers'
import { auditHandlers } from './audit/handlers'
import { reportsHandlers } from './reports/handlers'
import { socialHandlers } from './social/handlers'
import { deliveryHandlers } from './delivery/handlers'
import { backupsHandlers } from './backups/handlers'
import { archiveHandlers } from './archive/handlers'
import { ingestHandlers } from './ingest/handlers'
import { fixityHandlers } from './fixity/handlers'
import { retentionHandlers } from './retention/handlers'
import { coverageHandlers } from './coverage/handlers'
import { monitoringHandlers } from './monitoring/handlers'
import { pressHandlers } from './press/handlers'
import { inquiriesHandlers } from './inquiries/handlers'
import { indicatorsHandlers } from './indicators/handlers'
import { risksHandlers } from './risks/handlers'
import { improvementHandlers } from './improvement/handlers'
import { archiveBatchHandlers } from './archive-batch/handlers'
import { archiveExportHandlers } from './archive-export/handlers'

/** Every domain's handlers, checked against the contract by type. */
export const handlers: AllHandlers = {
  app: appHandlers,
  auth: authHandlers,
  users: usersHandlers,
  delegations: delegationsHandlers,
  settings: settingsHandlers,
  catalogues: cataloguesHandlers,
  plans: plansHandlers,
  requests: requestsHandlers,
  pieces: piecesHandlers,
  home: homeHandlers,
  audit: auditHandlers,
  reports: reportsHandlers,
  social: socialHandlers,
  delivery: deliveryHandlers,
  backups: backupsHandlers,
  archive: archiveHandlers,
  ingest: ingestHandlers,
  fixity: fixityHandlers,
  retention: retentionHandlers,
  coverage: coverageHandlers,
  monitoring: monitoringHandlers,
  press: pressHandlers,
  inquiries: inquiriesHandlers,
  indicators: indicatorsHandlers,
  risks: risksHandlers,
  improvement: improvementHandlers,
  archiveBatch: archiveBatchHandlers,
  archiveExport: archiveExportHandlers
}
