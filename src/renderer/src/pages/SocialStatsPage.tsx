import { PageHeader } from '../components/PageHeader'
import { can } from '../features/reports/abilities'
import { SocialStatsView } from '../features/social/SocialStatsView'
import { useCurrentUser } from '../stores/session'

export function SocialStatsPage() {
  const role = useCurrentUser()?.role
  return (
    <>
      <PageHeader
        title="Redes sociales"
        description="Seguidores, publicaciones, alcance, impresiones, interacciones y reproducciones por red y por mes; alimentan el informe mensual de gestión."
      />
      <SocialStatsView canEdit={can(role, 'manageSocial')} />
    </>
  )
}
