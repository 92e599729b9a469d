export { DEFAULT_MAX_DESIGN_BYTES, importFile, removeTemporaryFiles, type ImportedFile, type ImportIo, type ImportOptions } from './import'
export { insertStoredFile, resolveStoredFile, type ResolvedFile } from './catalogue'
export { mimeFromName } from './mime'
export { formatBytes } from './sizes'
