export interface ArchiveCurationTables {}
