import { type CSSVariablesResolver, createTheme, Modal, mergeThemeOverrides, Notification } from '@mantine/core';
import type { Locale } from '@/lib/i18n';
import { messages } from './app-messages';

/** The theme in one language: Mantine's own buttons with no text of their own get their names here. */
export function createAppTheme(locale: Locale) {
  const m = messages[locale];
  return createTheme({
    primaryColor: 'indigo',
    // Shade 6 puts white text at 4.3:1 on indigo; 7 passes WCAG AA.
    primaryShade: 7,
    defaultRadius: 'md',
    components: {
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': m.closeNotification } },
      }),
      Modal: Modal.extend({
        defaultProps: { closeButtonProps: { 'aria-label': m.closeDialog } },
      }),
    },
  });
}

/** Inside the CRM's frame space is scarce: tighter spacing, same type sizes (legibility stays). */
export function createCompactTheme(locale: Locale) {
  return mergeThemeOverrides(
    createAppTheme(locale),
    createTheme({
      spacing: { xs: '0.375rem', sm: '0.5rem', md: '0.75rem', lg: '1rem', xl: '1.25rem' },
    }),
  );
}

/**
 * Text colours that pass WCAG AA (4.5:1) on both themes. Mantine's "dimmed" is 3.3:1 in light and 4.0:1
 * in dark, and its orange and red shades fail on one theme or the other. Features use the variables
 * (`var(--color-warning-text)`), so one place decides the contrast.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--color-warning-text': '#c2410c',
    '--color-danger-text': resolved.colors.red[9],
  },
  dark: {
    '--mantine-color-dimmed': resolved.colors.dark[1],
    '--color-warning-text': resolved.colors.orange[5],
    '--color-danger-text': resolved.colors.red[4],
  },
});
