/**
 * Formats whose preview does not come from sharp reading the file as it is: an embedded image or
 * another decoder. Shared by the main process (which files get a preview pass) and the worker.
 */
export const CAMERA_RAW = new Set(['dng', 'cr2', 'cr3', 'nef', 'arw', 'orf', 'rw2', 'raf'])
export const HEIF = new Set(['heic', 'heif'])
export const PHOTOSHOP = new Set(['psd', 'psb'])
export const POSTSCRIPT = new Set(['ai', 'eps'])
export const PDF = new Set(['pdf'])

export const EMBEDDED_PREVIEW = new Set([...CAMERA_RAW, ...HEIF, ...PHOTOSHOP, ...POSTSCRIPT, ...PDF])
