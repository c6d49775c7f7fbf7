import type { LeadCategory } from '@/incoming-leads/incoming-lead';
import { defineMessages, plural } from '@/lib/i18n';
import type { DeclineReason } from '@/triage/triage-action';
import type { SummaryPreset } from './summary-range';

type Kpi = 'total' | 'accepted' | 'declined' | 'waiting' | 'sortTime';
type Outcome = 'accepted' | 'declined' | 'waiting';

export const messages = defineMessages({
  en: {
    title: 'Summary',
    intro: 'How many incoming leads came in, how the team sorted them, and how fast.',
    period: 'Period',
    presets: {
      today: 'Today',
      '7d': '7 days',
      '30d': '30 days',
      month: 'This month',
      custom: 'Custom',
    } satisfies Record<SummaryPreset, string>,
    from: 'From',
    to: 'To',
    rangeCapped: (days: number) => `A period is at most ${days} days long.`,
    pipeline: 'Pipeline',
    allPipelines: 'All pipelines',
    unknownPipeline: (id: number) => `Pipeline ${id}`,
    shownPeriod: (dates: string) => `Showing ${dates}`,
    countingRule: 'A lead counts in a period when it came in or was sorted in it.',
    units: { day: 'd', hour: 'h', minute: 'min', second: 's' },
    kpis: {
      total: 'Came in',
      accepted: 'Accepted',
      declined: 'Declined',
      waiting: 'Still waiting',
      sortTime: 'Average sort time',
    } satisfies Record<Kpi, string>,
    noSortTime: 'Nothing sorted',
    sortTimeUnknown: 'Unknown',
    previousPeriod: (days: number) => plural('en', days, { one: 'the previous day', other: 'the previous # days' }),
    change: (delta: string, percent: string | null, previous: string, period: string) =>
      percent === null ? `${delta} vs ${previous} in ${period}` : `${delta} (${percent}) vs ${previous} in ${period}`,
    unchanged: (previous: string, period: string) => `Same as in ${period} (${previous})`,
    verdicts: { better: 'Better', worse: 'Worse' },
    loadingPrevious: 'Comparing with the previous period…',
    outcomes: {
      accepted: 'Accepted',
      declined: 'Declined',
      waiting: 'Still waiting',
    } satisfies Record<Outcome, string>,
    categories: {
      sip: 'Calls',
      forms: 'Forms',
      chats: 'Chats',
      mail: 'E-mail',
    } satisfies Record<LeadCategory, string>,
    outcomesTitle: 'Outcomes',
    categoriesTitle: 'Where incoming leads come from',
    trendTitle: 'Day by day',
    outcomeColumn: 'Outcome',
    channelColumn: 'Channel',
    leadsColumn: 'Leads',
    shareColumn: 'Share',
    dayColumn: 'Day',
    notLoaded: 'not loaded yet',
    trendProgress: (loaded: number, total: number) => `${loaded} of ${total} days`,
    trendLoading: 'Loading the days of the period',
    trendFailed: (failed: number) =>
      plural('en', failed, { one: 'Could not load # day.', other: 'Could not load # days.' }),
    retry: 'Retry',
    loading: 'Loading the summary…',
    errorTitle: 'Could not load the summary',
    empty: 'No incoming leads came in or were sorted in this period.',
    declineReasonsTitle: 'Why leads were declined',
    /** The decline dialog's reasons, as the breakdown names them. */
    declineReasons: {
      spam: 'Spam',
      duplicate: 'Duplicate',
      'wrong-number': 'Wrong number',
      'not-a-client': 'Not a client',
      other: 'Other',
    } as Record<DeclineReason, string>,
    declineReasonsNote: (count: number) =>
      plural('en', count, {
        one: '# decline with a reason, recorded in this browser: amoCRM keeps no reasons.',
        other: '# declines with a reason, recorded in this browser: amoCRM keeps no reasons.',
      }),
    reasonColumn: 'Reason',
  },
  ru: {
    title: 'Сводка',
    intro: 'Сколько неразобранных заявок пришло, как команда их разобрала и как быстро.',
    period: 'Период',
    presets: {
      today: 'Сегодня',
      '7d': '7 дней',
      '30d': '30 дней',
      month: 'Этот месяц',
      custom: 'Свой период',
    },
    from: 'С',
    to: 'По',
    rangeCapped: (days: number) =>
      plural('ru', days, {
        one: 'Период не длиннее # дня.',
        few: 'Период не длиннее # дней.',
        many: 'Период не длиннее # дней.',
        other: 'Период не длиннее # дня.',
      }),
    pipeline: 'Воронка',
    allPipelines: 'Все воронки',
    unknownPipeline: (id: number) => `Воронка ${id}`,
    shownPeriod: (dates: string) => `Показано: ${dates}`,
    countingRule: 'Заявка входит в период, если она пришла или была разобрана в нём.',
    units: { day: 'дн', hour: 'ч', minute: 'мин', second: 'с' },
    kpis: {
      total: 'Пришло',
      accepted: 'Принято',
      declined: 'Отклонено',
      waiting: 'Ещё ждут',
      sortTime: 'Среднее время разбора',
    },
    noSortTime: 'Ничего не разобрано',
    sortTimeUnknown: 'Неизвестно',
    previousPeriod: (days: number) =>
      plural('ru', days, {
        one: 'предыдущий # день',
        few: 'предыдущие # дня',
        many: 'предыдущие # дней',
        other: 'предыдущие # дня',
      }).replace(/^предыдущий 1 день$/, 'предыдущий день'),
    change: (delta: string, percent: string | null, previous: string, period: string) =>
      percent === null ? `${delta} к ${previous} за ${period}` : `${delta} (${percent}) к ${previous} за ${period}`,
    unchanged: (previous: string, period: string) => `Как и за ${period} (${previous})`,
    verdicts: { better: 'Лучше', worse: 'Хуже' },
    loadingPrevious: 'Сравниваем с предыдущим периодом…',
    outcomes: {
      accepted: 'Принято',
      declined: 'Отклонено',
      waiting: 'Ещё ждут',
    },
    categories: {
      sip: 'Звонки',
      forms: 'Формы',
      chats: 'Чаты',
      mail: 'Почта',
    },
    outcomesTitle: 'Итоги разбора',
    categoriesTitle: 'Откуда приходят заявки',
    trendTitle: 'По дням',
    outcomeColumn: 'Итог',
    channelColumn: 'Канал',
    leadsColumn: 'Заявки',
    shareColumn: 'Доля',
    dayColumn: 'День',
    notLoaded: 'ещё не загружено',
    trendProgress: (loaded: number, total: number) =>
      plural('ru', total, {
        one: `${loaded} из # дня`,
        few: `${loaded} из # дней`,
        many: `${loaded} из # дней`,
        other: `${loaded} из # дня`,
      }),
    trendLoading: 'Загружаем дни периода',
    trendFailed: (failed: number) =>
      plural('ru', failed, {
        one: 'Не удалось загрузить # день.',
        few: 'Не удалось загрузить # дня.',
        many: 'Не удалось загрузить # дней.',
        other: 'Не удалось загрузить # дня.',
      }),
    retry: 'Повторить',
    loading: 'Загружаем сводку…',
    errorTitle: 'Не удалось загрузить сводку',
    empty: 'За этот период заявки не приходили и не разбирались.',
    declineReasonsTitle: 'Почему заявки отклонили',
    declineReasons: {
      spam: 'Спам',
      duplicate: 'Дубль',
      'wrong-number': 'Ошиблись номером',
      'not-a-client': 'Не клиент',
      other: 'Другое',
    },
    declineReasonsNote: (count: number) =>
      plural('ru', count, {
        one: '# отказ с причиной, записан в этом браузере: amoCRM причины не хранит.',
        few: '# отказа с причиной, записаны в этом браузере: amoCRM причины не хранит.',
        many: '# отказов с причиной, записаны в этом браузере: amoCRM причины не хранит.',
        other: '# отказа с причиной, записаны в этом браузере: amoCRM причины не хранит.',
      }),
    reasonColumn: 'Причина',
  },
});
