import type { ReactNode } from 'react'
import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core'

/** The centred card of the screens before the app: first run and login. */
export function AuthLayout({ subtitle, children, width = 480 }: { subtitle?: ReactNode; children: ReactNode; width?: number }) {
  return (
    <Box mih="100%" bg="gray.0" py={48} px="md">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Stack gap={2} align="center">
            <Title order={1} c="indigo.8">
              Pauta
            </Title>
            {subtitle && (
              <Text c="dimmed" size="sm" ta="center">
                {subtitle}
              </Text>
            )}
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  )
}
