export const inquiriesContract = {}
