export function PiecePage(_props: { id: number }) {
  return null
}
