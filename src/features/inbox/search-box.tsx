import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

interface SearchBoxProps {
  /** The search in the URL. */
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The field keeps what is typed while the URL catches up, and takes the URL's value when it changes for another
 * reason (Back, a link, "Clear search"): values it sent itself are recognised and do not overwrite newer typing.
 */
function useDraft(value: string, onChange: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string[]>([]);
  if (value !== seen) {
    setSeen(value);
    const at = sent.indexOf(value);
    setSent(at >= 0 ? sent.slice(at + 1) : []);
    if (at < 0) setDraft(value);
  }
  const change = (next: string) => {
    setDraft(next);
    setSent((previous) => [...previous, next]);
    onChange(next);
  };
  return [draft, change] as const;
}

export function SearchBox({ value, onChange, ref }: SearchBoxProps) {
  const [draft, change] = useDraft(value, onChange);
  const m = useMessages(messages);
  return (
    <TextInput
      ref={ref}
      type="search"
      size="sm"
      w={{ base: '100%', sm: 260 }}
      label={m.searchLabel}
      placeholder={m.searchPlaceholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        draft ? (
          <CloseButton size="sm" aria-label={m.clearSearchText} onClick={() => change('')} />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
      value={draft}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}
