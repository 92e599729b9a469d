import { appContract, authContract } from './app'
import { cataloguesContract, delegationsContract, settingsContract, usersContract } from './admin'
import { plansContract } from './plans'
import { requestsContract } from './requests'
import { piecesContract } from './pieces'
import { auditContract, homeContract } from './home'
import { reportsContract, socialContract } from './reports'
import { backupsContract, deliveryContract } from './delivery'
import { archiveContract, ingestContract } from './archive'
import { fixityContract } from './fixity'
import { retentionContract } from './retention'
import { coverageContract } from './coverage'
import { monitoringContract } from './monitoring'
import { pressContract } from './press'
import { inquiriesContract } from './inquiries'
import { indicatorsContract } from './indicators'
import { risksContract } from './risks'
import { improvementContract } from './improvement'
import { archiveBatchContract } from './archive-batch'
import { archiveExportContract } from './archive-export'
import type { Domain, InputOf, OutputOf } from './define'
import type { Envelope } from '../errors'

/** Every call the renderer can make into main. Channel names derive from it: "domain:method". */
export const contract = {
  app: appContract,
  auth: authContract,
  users: usersContract,
  delegations: delegationsContract,
  settings: settingsContract,
  catalogues: cataloguesContract,
  plans: plansContract,
  requests: requestsContract,
  pieces: piecesContract,
  home: homeContract,
  audit: auditContract,
  reports: reportsContract,
  social: socialContract,
  delivery: deliveryContract,
  backups: backupsContract,
  archive: archiveContract,
  ingest: ingestContract,
  fixity: fixityContract,
  retention: retentionContract,
  coverage: coverageContract,
  monitoring: monitoringContract,
  press: pressContract,
  inquiries: inquiriesContract,
  indicators: indicatorsContract,
  risks: risksContract,
  improvement: improvementContract,
  archiveBatch: archiveBatchContract,
  archiveExport: archiveExportContract
} satisfies Record<string, Domain>

export type Contract = typeof contract
export type DomainName = keyof Contract
export type MethodName<D extends DomainName> = keyof Contract[D] & string

export const channelOf = (domain: string, name: string): string => `pauta:${domain}:${name}`

/** What `window.api` holds: every method, answering with an envelope (errors never throw across IPC). */
export type RawApi = {
  [D in DomainName]: {
    [M in MethodName<D>]: (input?: InputOf<Contract[D][M]>) => Promise<Envelope<OutputOf<Contract[D][M]>>>
  }
}

export function methodList(): { domain: DomainName; name: string }[] {
  return (Object.keys(contract) as DomainName[]).flatMap((domain) =>
    Object.keys(contract[domain]).map((name) => ({ domain, name }))
  )
}

export type { AppStatus, SessionUser, DemoAccounts } from './app'
export type { UserRow, Delegation, EntitySettings, CatalogueItem } from './admin'
export type { PlanSummary, PlanDetail, PlanStrategy, PlanActivity, ActivityOption } from './plans'
export type { RequestRow, RequestDetail } from './requests'
export type {
  PieceRow,
  PieceDetail,
  ContentVersion,
  ContentVersionSummary,
  DesignVersion,
  DesignFile,
  Review,
  Publication
} from './pieces'
export type { HomeSummary } from './home'
export type { ReportHeader, GeneratedFile, SocialStatRow, SocialImportPreview, ReportRequestInput } from './reports'
export type { AssetCard, AssetDetail, ArchiveEvent, FacetCounts, IngestJob, IngestFailure } from './archive'
export type { Destination, DestinationCheck, DeliveryResult, OutboxItem, ScheduledExport, BackupItem, BackupStatus } from './delivery'
export type { AuditEntry } from './common'
export type { InputOf, OutputOf } from './define'
