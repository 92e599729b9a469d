import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { channelOf, methodList } from '../shared/contract'

// Exactly the contract's methods, each forwarding its payload to main; nothing else reaches the page.
// The page sees it typed as RawApi (src/renderer/src/env.d.ts).
const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
for (const { domain, name } of methodList()) {
  const channel = channelOf(domain, name)
  ;(api[domain] ??= {})[name] = (input?: unknown) => ipcRenderer.invoke(channel, input)
}

contextBridge.exposeInMainWorld('api', api)

// The one thing besides the contract: a folder dropped on the window needs its path, and the page
// cannot learn it (Electron removed File.path; only the preload may call webUtils.getPathForFile).
// The path goes back to main through ingest.describeSource, which checks it like a chosen folder.
contextBridge.exposeInMainWorld('pautaFiles', {
  pathForFile: (file: File): string => webUtils.getPathForFile(file)
})
