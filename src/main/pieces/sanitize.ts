/**
 * Server-side allow-list for the content editor's HTML. The input is tokenised and the output is
 * rebuilt from the tokens: text is always re-escaped, only allow-listed tags are written back (with
 * their nesting balanced) and the only attribute that survives is a link's http/https/mailto href.
 * Nothing of the input reaches the output unescaped, so a tag the tokeniser misreads can at worst
 * turn into visible text.
 */

const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'a', 'br', 'blockquote'])
/** Spellings that other editors (or pasted text) use for the same marks. */
const ALIASES: Record<string, string> = { b: 'strong', i: 'em', strike: 's', del: 's', h1: 'h2' }
/** Elements whose content is not markup: dropped together with it. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Paragraph-like elements: a blank line around them in the plain text; list items get a line break. */
const PARAGRAPH_BREAK = new Set(['p', 'h2', 'h3', 'blockquote', 'ul', 'ol'])

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'open'; name: string; attrs: Map<string, string> }
  | { kind: 'close'; name: string }

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : '\ufffd'
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;')

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f'
const isLetter = (c: string | undefined) => c !== undefined && /[a-zA-Z]/.test(c)

/** Reads a tag's attributes from `i` up to its ">"; null when the input ends inside the tag. */
function readAttributes(html: string, start: number): { attrs: Map<string, string>; end: number } | null {
  const attrs = new Map<string, string>()
  let i = start
  for (;;) {
    while (isSpace(html[i]) || html[i] === '/') i++
    if (i >= html.length) return null
    if (html[i] === '>') return { attrs, end: i + 1 }
    const nameStart = i
    i++
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++
    const name = html.slice(nameStart, i).toLowerCase()
    while (isSpace(html[i])) i++
    let value = ''
    if (html[i] === '=') {
      i++
      while (isSpace(html[i])) i++
      const quote = html[i]
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1)
        if (close < 0) return null
        value = html.slice(i + 1, close)
        i = close + 1
      } else {
        const valueStart = i
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++
        value = html.slice(valueStart, i)
      }
    }
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value))
  }
}

function readTagName(html: string, start: number): { name: string; end: number } {
  let i = start
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++
  return { name: html.slice(start, i).toLowerCase(), end: i }
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = []
  const text = (value: string) => {
    if (value) tokens.push({ kind: 'text', value: decodeEntities(value) })
  }
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      text(html.slice(i))
      break
    }
    text(html.slice(i, lt))
    const next = html[lt + 1]
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt)
      i = end < 0 ? html.length : end + 1
    } else if (next === '/' && isLetter(html[lt + 2])) {
      const { name, end } = readTagName(html, lt + 2)
      const rest = readAttributes(html, end)
      if (!rest) break
      tokens.push({ kind: 'close', name })
      i = rest.end
    } else if (isLetter(next)) {
      const { name, end } = readTagName(html, lt + 1)
      const rest = readAttributes(html, end)
      if (!rest) break
      i = rest.end
      if (RAW_TEXT_TAGS.has(name)) {
        const closing = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi')
        closing.lastIndex = i
        const found = closing.exec(html)
        i = found ? found.index : html.length
      } else {
        tokens.push({ kind: 'open', name, attrs: rest.attrs })
      }
    } else {
      text('<')
      i = lt + 1
    }
  }
  return tokens
}

/** The href as the browser will read it, or null unless it is an absolute http, https or mailto URL. */
export function safeHref(raw: string | undefined): string | null {
  if (!raw) return null
  try {
    const url = new URL(raw.trim())
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

export interface SanitizedContent {
  html: string
  /** Plain text: blank lines between paragraphs, one line per list item and line break. */
  text: string
}

export function sanitizeContent(input: string): SanitizedContent {
  const out: string[] = []
  const stack: string[] = []
  let text = ''
  let pendingBreak = 0
  let listItemDepth = 0

  const requestBreak = (level: number) => {
    pendingBreak = Math.max(pendingBreak, level)
  }
  const closeTop = () => {
    const name = stack.pop()!
    out.push(`</${name}>`)
    if (name === 'li') listItemDepth--
    if (name === 'li') requestBreak(1)
    else if (PARAGRAPH_BREAK.has(name)) requestBreak(listItemDepth > 0 ? 1 : 2)
  }

  for (const token of tokenize(input)) {
    if (token.kind === 'text') {
      out.push(escapeText(token.value))
      const collapsed = token.value.replace(/[ \t\n\r\f]+/g, ' ')
      if (pendingBreak > 0) {
        const trimmed = collapsed.trimStart()
        if (!trimmed) continue
        if (text) text = text.trimEnd() + '\n'.repeat(pendingBreak)
        text += trimmed
        pendingBreak = 0
      } else {
        text += collapsed
      }
      continue
    }
    const name = ALIASES[token.name] ?? token.name
    if (!ALLOWED_TAGS.has(name)) continue
    if (token.kind === 'close') {
      if (name === 'br' || !stack.includes(name)) continue
      while (stack.at(-1) !== name) closeTop()
      closeTop()
      continue
    }
    if (name === 'br') {
      out.push('<br>')
      text = text.trimEnd() + '\n'
      continue
    }
    if (name === 'a') {
      const href = safeHref(token.attrs.get('href'))
      // A link inside a link is invalid HTML, and a link without a safe target is just its text.
      if (!href || stack.includes('a')) continue
      out.push(`<a href="${escapeAttr(href)}">`)
    } else {
      out.push(`<${name}>`)
    }
    stack.push(name)
    if (name === 'li') {
      listItemDepth++
      requestBreak(1)
    } else if (PARAGRAPH_BREAK.has(name)) {
      requestBreak(listItemDepth > 0 ? 1 : 2)
    }
  }
  while (stack.length) closeTop()

  const plain = text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { html: out.join(''), text: plain }
}
