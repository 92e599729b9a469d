export function PlanPage(_props: { id: number }) {
  return null
}
