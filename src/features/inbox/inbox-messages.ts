import type { LeadCategory } from '@/incoming-leads/incoming-lead';
import { defineMessages, formatNumber, plural } from '@/lib/i18n';

const enCategoryNouns: Record<LeadCategory, string> = { sip: 'calls', forms: 'forms', chats: 'chats', mail: 'mail' };
// Genitive plural, after «Нет входящих …».
const ruCategoryNouns: Record<LeadCategory, string> = { sip: 'звонков', forms: 'форм', chats: 'чатов', mail: 'писем' };

function joinWith(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** The inbox's words: filters, the list and its rows, its states and its keys. */
export const messages = defineMessages({
  en: {
    title: 'Inbox',
    tabTitle: 'Incoming leads',
    tabTitleWithCount: (count: number) => `(${count}) Incoming leads`,
    categoryLabels: { sip: 'Call', forms: 'Form', chats: 'Chat', mail: 'Mail' } as Record<LeadCategory, string>,
    categoryGroupLabels: { sip: 'Calls', forms: 'Forms', chats: 'Chats', mail: 'Mail' } as Record<LeadCategory, string>,
    categories: 'Categories',
    sort: 'Sort',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    pipeline: 'Pipeline',
    allPipelines: 'All pipelines',
    pipelineById: (id: number) => `Pipeline ${id}`,
    searchLabel: 'Search loaded incoming leads',
    searchPlaceholder: 'Name, phone, e-mail, text',
    clearSearchText: 'Clear search text',
    keyboardShortcuts: 'Keyboard shortcuts',
    keys: 'Keys',
    whatTheyDo: 'What they do',
    selectAll: 'Select all',
    selectAllShown: (count: number) => `Select all ${count} shown incoming leads`,
    listLabel: 'Incoming leads',
    selectRow: (rowName: string) => `Select ${rowName}`,
    rowName: (category: string, who: string, what: string, waiting: string) =>
      `${category} from ${who}: ${what}, waiting ${waiting}`,
    leadWithoutName: 'Lead without a name',
    rowCouldNotBeShown: (uid: string) => `This incoming lead could not be shown (${uid})`,
    noPrice: 'No price',
    loaded: (count: number, total: number | undefined) =>
      total === undefined ? `${count} loaded` : `${count} loaded of ${total} waiting`,
    couldNotLoadMore: ' · could not load more',
    loadMore: 'Load more',
    loadingLeads: 'Loading incoming leads',
    couldNotLoad: 'Could not load incoming leads',
    retry: 'Retry',
    nothingMatches: (query: string) => `Nothing matches "${query}"`,
    searchCoversLoaded: 'The search covers the incoming leads loaded so far.',
    clearSearch: 'Clear search',
    newOnesAppear: 'New ones appear here as they arrive.',
    emptyView: (categories: readonly LeadCategory[], pipeline: { name: string } | { id: number } | null) => {
      const what =
        categories.length === 0
          ? 'leads'
          : joinWith(
              categories.map((each) => enCategoryNouns[each]),
              'or',
            );
      const where = pipeline === null ? 'any pipeline' : 'name' in pipeline ? pipeline.name : `pipeline ${pipeline.id}`;
      return `No incoming ${what} in ${where}`;
    },
    newArrivals: (count: number) => plural('en', count, { one: '# new incoming lead', other: '# new incoming leads' }),
    offline: 'You are offline — showing what was loaded; changes will be sent when the connection returns.',
    live: 'Live',
    liveHint: 'New leads and leads your team sorts appear here as it happens.',
    reconnecting: 'Reconnecting…',
    reconnectingHint: 'Live updates paused: the inbox checks for changes every 30 s until they are back.',
    unknownCaller: 'Unknown caller',
    websiteVisitor: 'Website visitor',
    chatClient: 'Chat client',
    unknownSender: 'Unknown sender',
    missed: 'Missed',
    durationUnknown: 'Duration unknown',
    duration: (minutes: number, seconds: number) => (minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`),
    webForm: 'Web form',
    noMessageText: 'No message text',
    noSubject: '(no subject)',
    underAMinute: 'under a minute',
    waitingUnknown: 'for an unknown time',
    minutes: (minutes: number) => `${minutes} min`,
    hours: (hours: number, minutes: number) => `${hours} h${minutes > 0 ? ` ${minutes} min` : ''}`,
    days: (days: number, hours: number) => `${days} d${hours > 0 ? ` ${hours} h` : ''}`,
    shortcuts: {
      next: 'Next incoming lead',
      previous: 'Previous incoming lead',
      open: 'Open the incoming lead',
      close: 'Close the incoming lead',
      stepWithDrawer: 'With a lead open: next or previous lead',
      select: 'Select the incoming lead under the cursor',
      selectRange: 'Select every lead from the last one selected',
      search: 'Search the loaded incoming leads',
      help: 'Show these shortcuts',
    },
  },
  ru: {
    title: 'Неразобранное',
    tabTitle: 'Неразобранное',
    tabTitleWithCount: (count: number) => `(${count}) Неразобранное`,
    categoryLabels: { sip: 'Звонок', forms: 'Форма', chats: 'Чат', mail: 'Письмо' },
    categoryGroupLabels: { sip: 'Звонки', forms: 'Формы', chats: 'Чаты', mail: 'Почта' },
    categories: 'Категории',
    sort: 'Сортировка',
    newestFirst: 'Сначала новые',
    oldestFirst: 'Сначала старые',
    pipeline: 'Воронка',
    allPipelines: 'Все воронки',
    pipelineById: (id: number) => `Воронка ${id}`,
    searchLabel: 'Поиск по загруженным заявкам',
    searchPlaceholder: 'Имя, телефон, e-mail, текст',
    clearSearchText: 'Очистить поиск',
    keyboardShortcuts: 'Горячие клавиши',
    keys: 'Клавиши',
    whatTheyDo: 'Действие',
    selectAll: 'Выбрать все',
    selectAllShown: (count: number) =>
      plural('ru', count, {
        one: 'Выбрать # показанную заявку',
        few: 'Выбрать все # показанные заявки',
        many: 'Выбрать все # показанных заявок',
        other: 'Выбрать все # показанной заявки',
      }),
    listLabel: 'Неразобранные заявки',
    selectRow: (rowName: string) => `Выбрать: ${rowName}`,
    rowName: (category: string, who: string, what: string, waiting: string) =>
      `${category}: ${who} — ${what}, ждёт ${waiting}`,
    leadWithoutName: 'Сделка без названия',
    rowCouldNotBeShown: (uid: string) => `Эту заявку не удалось показать (${uid})`,
    noPrice: 'Без бюджета',
    loaded: (count: number, total: number | undefined) =>
      total === undefined
        ? `Загружено: ${formatNumber('ru', count)}`
        : `Загружено ${formatNumber('ru', count)} из ${plural('ru', total, {
            one: '# ожидающей',
            few: '# ожидающих',
            many: '# ожидающих',
            other: '# ожидающей',
          })}`,
    couldNotLoadMore: ' · не удалось загрузить ещё',
    loadMore: 'Загрузить ещё',
    loadingLeads: 'Загрузка заявок',
    couldNotLoad: 'Не удалось загрузить заявки',
    retry: 'Повторить',
    nothingMatches: (query: string) => `Ничего не найдено по запросу «${query}»`,
    searchCoversLoaded: 'Поиск идёт по уже загруженным заявкам.',
    clearSearch: 'Сбросить поиск',
    newOnesAppear: 'Новые заявки появятся здесь, как только поступят.',
    emptyView: (categories: readonly LeadCategory[], pipeline: { name: string } | { id: number } | null) => {
      const what =
        categories.length === 0
          ? 'неразобранных заявок'
          : `входящих ${joinWith(
              categories.map((each) => ruCategoryNouns[each]),
              'или',
            )}`;
      const where =
        pipeline === null
          ? 'ни в одной воронке'
          : 'name' in pipeline
            ? `в воронке «${pipeline.name}»`
            : `в воронке ${pipeline.id}`;
      return `Нет ${what} ${where}`;
    },
    newArrivals: (count: number) =>
      plural('ru', count, {
        one: '# новая заявка',
        few: '# новые заявки',
        many: '# новых заявок',
        other: '# новой заявки',
      }),
    offline: 'Нет подключения к сети — показано то, что уже загружено; изменения отправятся, когда связь вернётся.',
    live: 'В реальном времени',
    liveHint: 'Новые заявки и заявки, разобранные командой, появляются здесь сразу.',
    reconnecting: 'Переподключение…',
    reconnectingHint: 'Обновления на паузе: пока связь не вернётся, входящие проверяются каждые 30 с.',
    unknownCaller: 'Неизвестный абонент',
    websiteVisitor: 'Посетитель сайта',
    chatClient: 'Клиент чата',
    unknownSender: 'Неизвестный отправитель',
    missed: 'Пропущенный',
    durationUnknown: 'Длительность неизвестна',
    duration: (minutes: number, seconds: number) => (minutes > 0 ? `${minutes} мин ${seconds} с` : `${seconds} с`),
    webForm: 'Веб-форма',
    noMessageText: 'Без текста сообщения',
    noSubject: '(без темы)',
    underAMinute: 'меньше минуты',
    waitingUnknown: 'неизвестно сколько',
    minutes: (minutes: number) => `${minutes} мин`,
    hours: (hours: number, minutes: number) => `${hours} ч${minutes > 0 ? ` ${minutes} мин` : ''}`,
    days: (days: number, hours: number) => `${days} дн.${hours > 0 ? ` ${hours} ч` : ''}`,
    shortcuts: {
      next: 'Следующая заявка',
      previous: 'Предыдущая заявка',
      open: 'Открыть заявку',
      close: 'Закрыть заявку',
      stepWithDrawer: 'В открытой заявке: следующая или предыдущая',
      select: 'Выбрать заявку под курсором',
      selectRange: 'Выбрать все заявки от последней выбранной',
      search: 'Поиск по загруженным заявкам',
      help: 'Показать эту справку',
    },
  },
});

export type InboxMessages = (typeof messages)['en'];
