export function RequestPage(_props: { id: number }) {
  return null
}
