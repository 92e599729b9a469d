/** Query parameters that only say where a reader came from: the same note carries many of them. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|igshid)$/i

/**
 * The key two URLs of the same note share: lowercase scheme and host, no default port, no
 * fragment, no tracking parameters, no trailing slash. Null when it is not a web address.
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname) return null
  url.hash = ''
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name)
  // URL already lowercases scheme and host and drops default ports; the path keeps its case.
  const path = url.pathname.replace(/\/+$/, '')
  const query = url.searchParams.toString()
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}`
}
