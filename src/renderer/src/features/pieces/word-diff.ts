import { diffWords, type Change } from 'diff'

export interface WordDiff {
  parts: Change[]
  added: number
  removed: number
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length

/** Word-level changes from one version's plain text to another's, with how many words each way. */
export function wordDiff(before: string, after: string): WordDiff {
  const parts = diffWords(before, after)
  let added = 0
  let removed = 0
  for (const p of parts) {
    if (p.added) added += countWords(p.value)
    else if (p.removed) removed += countWords(p.value)
  }
  return { parts, added, removed }
}
