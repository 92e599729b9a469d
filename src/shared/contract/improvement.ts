export const improvementContract = {}
