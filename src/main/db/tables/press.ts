export interface PressTables {}
