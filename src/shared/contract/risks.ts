export const risksContract = {}
