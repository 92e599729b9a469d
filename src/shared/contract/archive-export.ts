export const archiveExportContract = {}
