import { SimpleGrid, Text } from '@mantine/core'
import { CATALOGUE_KINDS } from '../../../../shared/domain/catalogues'
import { CatalogueList } from './CatalogueList'

/** Dependencias, canales and grupos de valor e interés that the forms offer. */
export function CataloguesTab({ canEdit }: { canEdit: boolean }) {
  return (
    <>
      <Text size="sm" c="dimmed" mb="md" maw={760}>
        Estas listas alimentan los formularios de solicitudes, piezas y del plan. Un elemento inactivo deja de ofrecerse, pero se
        conserva en los registros que ya lo usan.
        {!canEdit && ' Solo el jefe de la oficina o un administrador las modifican.'}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        {CATALOGUE_KINDS.map((kind) => (
          <CatalogueList key={kind} kind={kind} canEdit={canEdit} />
        ))}
      </SimpleGrid>
    </>
  )
}
