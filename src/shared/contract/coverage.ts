export const coverageContract = {}
