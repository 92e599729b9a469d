import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { ApiError, errorMessage } from './api'

interface Options<I, O> {
  /** Domains (query-key prefixes) whose data this write changes. */
  invalidates: QueryKey[]
  /** Shown as a green notification after success; null when the write turned out to change nothing. */
  success?: string | ((result: O) => string | null)
  /** A form whose fields get main's per-field messages. */
  form?: { setErrors(errors: Record<string, string>): void }
  onSuccess?: (result: O, input: I) => void
}

/** A write through the contract: refreshes what it changed, tells the user how it went. */
export function useApiMutation<I, O>(fn: (input: I) => Promise<O>, options: Options<I, O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, input) => {
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
      if (options.success) {
        const message = typeof options.success === 'function' ? options.success(result) : options.success
        if (message) notifications.show({ color: 'green', message })
      }
      options.onSuccess?.(result, input)
    },
    onError: (error) => {
      if (options.form && error instanceof ApiError && Object.keys(error.fields).length > 0) {
        options.form.setErrors(error.fields)
      }
      notifications.show({ color: 'red', title: 'No se guardó', message: errorMessage(error), autoClose: 8000 })
    }
  })
}
