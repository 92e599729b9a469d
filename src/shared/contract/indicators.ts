export const indicatorsContract = {}
