export { CHROMIUM, describeInBrowser, findChromium, launchChromium } from './chromium'
export { openPauta, type OpenOptions, type PautaPage } from './pauta'
export { shot, SCREENSHOT_DIR } from './shot'
export { writeSamplePng, writeSamplePoster } from './files'
