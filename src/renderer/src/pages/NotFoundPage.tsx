import { Button } from '@mantine/core'
import { Link } from 'wouter'
import { EmptyState } from '../components/EmptyState'

export function NotFoundPage() {
  return (
    <EmptyState
      title="Esta página no existe"
      action={
        <Button component={Link} href="/" variant="light">
          Ir a Inicio
        </Button>
      }
    >
      Puede que el enlace esté incompleto o que el registro se haya movido. Use el menú de la izquierda para continuar.
    </EmptyState>
  )
}
