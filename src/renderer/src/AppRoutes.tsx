import { Route, Switch } from 'wouter'
import { HomePage } from './pages/HomePage'
import { ReviewQueuePage } from './pages/ReviewQueuePage'
import { PiecesPage } from './pages/PiecesPage'
import { PiecePage } from './pages/PiecePage'
import { RequestsPage } from './pages/RequestsPage'
import { RequestPage } from './pages/RequestPage'
import { PlansPage } from './pages/PlansPage'
import { PlanPage } from './pages/PlanPage'
import { SettingsPage } from './pages/SettingsPage'
import { ReportsPage } from './pages/ReportsPage'
import { SocialStatsPage } from './pages/SocialStatsPage'
import { OutboxPage } from './pages/OutboxPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { ArchivePage } from './pages/ArchivePage'
import { CoveragePage } from './pages/CoveragePage'
import { AgendaPage } from './pages/AgendaPage'
import { MediaMonitoringPage } from './pages/MediaMonitoringPage'
import { PressPage } from './pages/PressPage'
import { InquiriesPage } from './pages/InquiriesPage'
import { IndicatorsPage } from './pages/IndicatorsPage'
import { RisksPage } from './pages/RisksPage'
import { ImprovementPage } from './pages/ImprovementPage'

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/por-aprobar" component={ReviewQueuePage} />
      <Route path="/piezas" component={PiecesPage} />
      <Route path="/piezas/:id">{(p) => <PiecePage id={Number(p.id)} />}</Route>
      <Route path="/solicitudes" component={RequestsPage} />
      <Route path="/solicitudes/:id">{(p) => <RequestPage id={Number(p.id)} />}</Route>
      <Route path="/plan" component={PlansPage} />
      <Route path="/plan/:id">{(p) => <PlanPage id={Number(p.id)} />}</Route>
      <Route path="/informes">
        <ReportsPage />
      </Route>
      <Route path="/informes/ficha/:id">{(p) => <ReportsPage key={p.id} pieceId={Number(p.id)} />}</Route>
      <Route path="/redes" component={SocialStatsPage} />
      <Route path="/bandeja" component={OutboxPage} />
      <Route path="/archivo" component={ArchivePage} />
      <Route path="/cubrimientos" component={CoveragePage} />
      <Route path="/agenda" component={AgendaPage} />
      <Route path="/medios" component={MediaMonitoringPage} />
      <Route path="/prensa" component={PressPage} />
      <Route path="/inquietudes" component={InquiriesPage} />
      <Route path="/indicadores" component={IndicatorsPage} />
      <Route path="/riesgos" component={RisksPage} />
      <Route path="/mejora" component={ImprovementPage} />
      <Route path="/configuracion" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  )
}
