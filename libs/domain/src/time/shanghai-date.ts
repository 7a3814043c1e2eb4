const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai, whatever the server's time zone.
export function shanghaiDate(instant: Date): string {
  return FORMAT.format(instant);
}
