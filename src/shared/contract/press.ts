export const pressContract = {}
