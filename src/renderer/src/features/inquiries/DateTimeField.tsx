import { DateTimePicker, type DateTimePickerProps } from '@mantine/dates'

/** A date and time on Colombian clocks, shown dd/mm/aaaa hh:mm (24 h); value is the picker's "aaaa-mm-dd hh:mm:ss". */
export function ColombianDateTimeField(props: Omit<DateTimePickerProps, 'valueFormat'>) {
  return (
    <DateTimePicker
      valueFormat="DD/MM/YYYY HH:mm"
      placeholder="dd/mm/aaaa hh:mm"
      timePickerProps={{ format: '24h', withDropdown: true }}
      submitButtonProps={{ 'aria-label': 'Confirmar fecha y hora' }}
      {...props}
    />
  )
}
