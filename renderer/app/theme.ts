import { createTheme } from '@mantine/core';

/** The one theme: calm colours, fonts that carry every Vietnamese diacritic on Windows and Linux. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif' },
  components: {
    Card: { defaultProps: { withBorder: true, padding: 'lg' } },
    TextInput: { defaultProps: { size: 'sm' } },
  },
});
