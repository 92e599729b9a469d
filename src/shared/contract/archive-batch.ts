export const archiveBatchContract = {}
