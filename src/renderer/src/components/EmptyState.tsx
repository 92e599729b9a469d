import type { ReactNode } from 'react'
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconInbox } from '@tabler/icons-react'

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs">
        <ThemeIcon variant="light" size={44} radius="xl" color="gray">
          <IconInbox size={24} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {children && (
          <Text size="sm" c="dimmed" ta="center" maw={460}>
            {children}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  )
}
