import { BACKUP_RETENTION, type BackupTier } from '../../../../shared/domain/reports'

export const TIER_LABELS: Record<BackupTier, string> = { diaria: 'Diaria', semanal: 'Semanal', mensual: 'Mensual' }
export const TIER_COLORS: Record<BackupTier, string> = { diaria: 'blue', semanal: 'teal', mensual: 'grape' }

export const RETENTION_SENTENCE = `Se conservan las últimas ${BACKUP_RETENTION.diaria} copias diarias, ${BACKUP_RETENTION.semanal} semanales y ${BACKUP_RETENTION.mensual} mensuales; las más antiguas se eliminan solas.`
