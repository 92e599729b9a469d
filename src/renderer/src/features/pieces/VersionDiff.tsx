import { Box, Group, Paper, Text, VisuallyHidden } from '@mantine/core'
import { wordDiff } from './word-diff'

// The padding keeps a deletion and the insertion that replaces it apart ("5" | "el sábado 12").
const MARK = { padding: '0 2px', borderRadius: 2 }
const INS = { ...MARK, background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-green-9)', textDecoration: 'underline' }
const DEL = { ...MARK, background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)', textDecoration: 'line-through' }

const counted = (n: number, what: 'añadida' | 'eliminada') => (n === 1 ? `1 palabra ${what}` : `${n} palabras ${what}s`)

/** Insertions and deletions between two plain texts, word by word, as <ins>/<del>. */
export function VersionDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const { parts, added, removed } = wordDiff(before, after)
  return (
    <Box>
      <Group gap="md" mb="xs">
        <Text size="sm" c="green.8" fw={500}>
          {counted(added, 'añadida')}
        </Text>
        <Text size="sm" c="red.8" fw={500}>
          {counted(removed, 'eliminada')}
        </Text>
        {added === 0 && removed === 0 && (
          <Text size="sm" c="dimmed">
            El texto es igual en ambas versiones.
          </Text>
        )}
      </Group>
      <Paper withBorder p="md" radius="md" aria-label={label} role="region" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.65 }}>
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i} style={INS}>
              <VisuallyHidden>[añadido: </VisuallyHidden>
              {p.value}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          ) : p.removed ? (
            <del key={i} style={DEL}>
              <VisuallyHidden>[eliminado: </VisuallyHidden>
              {p.value}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          )
        )}
      </Paper>
    </Box>
  )
}
