export interface RiskTables {}
