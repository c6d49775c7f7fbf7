import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { LOCALE_NAMES, LOCALES, useLocale, useMessages, useSetLocale } from '@/lib/i18n';
import { messages } from './app-messages';

/** EN / RU in the header: each option is named by the language's own name, so a screen reader says "Русский". */
export function LanguageSwitch() {
  const locale = useLocale();
  const setLocale = useSetLocale();
  const m = useMessages(messages);
  return (
    <SegmentedControl
      size="xs"
      aria-label={m.language}
      value={locale}
      onChange={(next) => {
        const chosen = LOCALES.find((each) => each === next);
        if (chosen) setLocale(chosen);
      }}
      data={LOCALES.map((each) => ({
        value: each,
        label: (
          <>
            <span aria-hidden lang={each}>
              {each.toUpperCase()}
            </span>
            <VisuallyHidden lang={each}>{LOCALE_NAMES[each]}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
