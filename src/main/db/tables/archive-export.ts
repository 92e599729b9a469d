export interface ArchiveExportTables {}
