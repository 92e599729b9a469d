import type { ColumnType, Generated } from 'kysely'
import type { ActionType, FindingSource, FindingState } from '../../../shared/domain/improvement'
import type {
  ControlDocumentation,
  ControlEvidence,
  ControlFrequency,
  ControlImplementation,
  ControlType,
  Level,
  RiskType,
  Treatment
} from '../../../shared/domain/risks'

type CreatedAt = ColumnType<string, string, never>

export interface RisksTable {
  id: Generated<number>
  /** The risk's number in the matrix (R1, R2…), shown on the heat map. */
  number: number
  description: string
  type: RiskType
  causes: string
  consequences: string
  /** Inherent probability and impact, 1–5. */
  probability: Level
  impact: Level
  treatment: Treatment
  created_by: number
  created_at: CreatedAt
  updated_at: string
}

export interface RiskControlsTable {
  id: Generated<number>
  risk_id: number
  description: string
  responsible_id: number
  type: ControlType
  implementation: ControlImplementation
  documentation: ControlDocumentation
  frequency: ControlFrequency
  evidence: ControlEvidence
  /** 0 once the control is no longer applied: it stops reducing the residual risk. */
  active: Generated<number>
  created_at: CreatedAt
  updated_at: string
}

export interface RiskFollowupsTable {
  id: Generated<number>
  control_id: number
  followed_on: string
  executed: number
  evidence: string
  observation: string
  recorded_by: number
  created_at: CreatedAt
}

export interface ImprovementFindingsTable {
  id: Generated<number>
  number: number
  description: string
  source: FindingSource
  source_detail: string
  indicator_sheet_id: number | null
  risk_id: number | null
  cause: string
  action_type: ActionType
  identified_on: string
  state: Generated<FindingState>
  closing_note: Generated<string>
  closed_at: string | null
  closed_by: number | null
  created_by: number
  created_at: CreatedAt
  updated_at: string
}

export interface ImprovementActionsTable {
  id: Generated<number>
  finding_id: number
  description: string
  responsible_id: number
  starts_on: string
  due_on: string
  progress: Generated<number>
  created_at: CreatedAt
  updated_at: string
}

export interface ImprovementProgressTable {
  id: Generated<number>
  action_id: number
  progress: number
  evidence: string
  recorded_by: number
  recorded_at: CreatedAt
}

export interface RiskTables {
  risks: RisksTable
  risk_controls: RiskControlsTable
  risk_followups: RiskFollowupsTable
  improvement_findings: ImprovementFindingsTable
  improvement_actions: ImprovementActionsTable
  improvement_progress: ImprovementProgressTable
}
