export const monitoringContract = {}
