import { createTheme, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 puts white text at 4.3:1 on indigo; 7 passes WCAG AA.
  primaryShade: 7,
  defaultRadius: 'md',
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
    }),
  },
});
