import { QueryView } from '../components/QueryView'
import { PieceHeader } from '../features/pieces/PieceHeader'
import { PieceTabs } from '../features/pieces/PieceTabs'
import { usePiece } from '../features/pieces/queries'

export function PiecePage({ id }: { id: number }) {
  const query = usePiece(id)
  return (
    <QueryView query={query} loadingLabel="Cargando la pieza">
      {(piece) => (
        <>
          <PieceHeader piece={piece} />
          <PieceTabs key={piece.id} piece={piece} />
        </>
      )}
    </QueryView>
  )
}
