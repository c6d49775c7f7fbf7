import { defineMessages, formatNumber, plural } from '@/lib/i18n';
import type { TriageKind } from '@/triage/triage-action';

const ruLeads = (count: number) =>
  plural('ru', count, { one: '# заявку', few: '# заявки', many: '# заявок', other: '# заявки' });

/** The words of accept, decline and link: the drawer's footer, dialogs, the tray, bulk runs and the keys. */
export const messages = defineMessages({
  en: {
    // Drawer footer and accept fields
    accept: 'Accept',
    declineEllipsis: 'Decline…',
    linkEllipsis: 'Link…',
    stage: 'Stage',
    loadingStages: 'Loading stages…',
    responsible: 'Responsible',
    linkReasons: {
      'not-a-chat': 'Only chats can be linked',
      checking: 'Checking whether you may link chats…',
      'not-admin': 'Only administrators can link chats',
    },
    acceptNotReady: 'Still loading the pipeline stages: press A again in a moment',
    // Decline dialog
    declineOne: (who: string) => `Decline ${who}?`,
    declineMany: (count: number) =>
      `Decline ${plural('en', count, { one: '# incoming lead', other: '# incoming leads' })}?`,
    declineExplained:
      'amoCRM moves a declined lead, with the contact and company it brought, to the bin. Undo stays possible for a few seconds after.',
    reasonOptional: 'Reason (optional)',
    cancel: 'Cancel',
    decline: 'Decline',
    // Pending-actions tray
    pendingActions: 'Pending actions',
    doing: (kind: TriageKind, who: string) =>
      `${{ accept: 'Accepting', decline: 'Declining', link: 'Linking' }[kind]} ${who}…`,
    secondsLeft: (seconds: number) => `${seconds} s`,
    waitingTurn: 'Waiting its turn',
    offlineWaiting: 'Offline: sent when the connection returns',
    sending: 'Sending to amoCRM',
    waitingRateLimit: 'Waiting for amoCRM (rate limit)…',
    keptUntilSignIn: 'Kept until you sign in again',
    couldNot: (kind: TriageKind, who: string) => `Could not ${kind} ${who}`,
    batch: (kind: TriageKind, count: number) =>
      `${{ accept: 'Accepting', decline: 'Declining', link: 'Linking' }[kind]} ${plural('en', count, {
        one: '# incoming lead',
        other: '# incoming leads',
      })}`,
    sentOf: (sent: number, total: number) => `${sent} of ${total} sent`,
    notStored: 'This browser cannot store pending actions: keep this tab open until they are sent.',
    andMore: (count: number) => `and ${count} more`,
    undo: 'Undo',
    retry: 'Retry',
    dismiss: 'Dismiss',
    // Bulk
    bulkActions: 'Bulk actions',
    selected: (count: number) => `${count} selected`,
    selectedAllMatching: (count: number) => `Selected all ${count} matching`,
    selectAllMatching: (total: number | undefined) =>
      total === undefined ? 'Select all matching' : `Select all ${total} matching`,
    acceptCount: (count: number) => `Accept ${count}`,
    declineCount: (count: number) => `Decline ${count}…`,
    clear: 'Clear',
    bulkDoing: (kind: TriageKind, finished: number, total: number) =>
      `${{ accept: 'Accepting', decline: 'Declining', link: 'Linking' }[kind]} ${finished} of ${total}`,
    bulkFinished: (kind: TriageKind) => `Bulk ${kind} finished`,
    progressDone: (finished: number, total: number) => `${finished} of ${total} done`,
    oneAtATime: 'One lead at a time, as fast as amoCRM allows.',
    bulkDone: (kind: TriageKind, count: number) =>
      `${count} ${{ accept: 'accepted', decline: 'declined', link: 'linked' }[kind]}`,
    notSent: (count: number) => `${count} not sent (cancelled)`,
    alreadyHandledCount: (count: number) => `${count} already handled by someone else`,
    alreadyHandled: 'Already handled by someone else',
    failedCount: (count: number) => `${count} failed`,
    failed: 'Failed',
    retryFailed: 'Retry failed',
    hide: 'Hide',
    close: 'Close',
    // Session
    sessionRejected: (count: number) =>
      `amoCRM rejected the session — ${count} ${count === 1 ? 'action is' : 'actions are'} kept and will be sent when you sign in again`,
    tryAgain: 'Try again',
    // Keys
    shortcuts: {
      accept: 'Accept into the remembered stage, then open the next lead',
      decline: 'Decline, then open the next lead',
      link: 'Link the chat to an existing lead',
      undo: 'Undo the last action while it is still held',
    },
  },
  ru: {
    accept: 'Принять',
    declineEllipsis: 'Отклонить…',
    linkEllipsis: 'Привязать…',
    stage: 'Этап',
    loadingStages: 'Загрузка этапов…',
    responsible: 'Ответственный',
    linkReasons: {
      'not-a-chat': 'Привязать можно только чат',
      checking: 'Проверяем, можете ли вы привязывать чаты…',
      'not-admin': 'Привязывать чаты могут только администраторы',
    },
    acceptNotReady: 'Ещё загружаем этапы воронки: нажмите A ещё раз через мгновение',
    declineOne: (who: string) => `Отклонить заявку: ${who}?`,
    declineMany: (count: number) => `Отклонить ${ruLeads(count)}?`,
    declineExplained:
      'amoCRM переносит отклонённую заявку вместе с пришедшими с ней контактом и компанией в корзину. Ещё несколько секунд после этого действие можно отменить.',
    reasonOptional: 'Причина (необязательно)',
    cancel: 'Отмена',
    decline: 'Отклонить',
    pendingActions: 'Действия в очереди',
    doing: (kind: TriageKind, who: string) =>
      `${{ accept: 'Принимаем', decline: 'Отклоняем', link: 'Привязываем' }[kind]}: ${who}…`,
    secondsLeft: (seconds: number) => `${seconds} с`,
    waitingTurn: 'Ждёт своей очереди',
    offlineWaiting: 'Нет сети: отправится, когда связь вернётся',
    sending: 'Отправляем в amoCRM',
    waitingRateLimit: 'Ждём amoCRM (ограничение частоты запросов)…',
    keptUntilSignIn: 'Сохранено до повторного входа',
    couldNot: (kind: TriageKind, who: string) =>
      `${{ accept: 'Не удалось принять', decline: 'Не удалось отклонить', link: 'Не удалось привязать' }[kind]}: ${who}`,
    batch: (kind: TriageKind, count: number) =>
      `${{ accept: 'Принимаем', decline: 'Отклоняем', link: 'Привязываем' }[kind]} ${ruLeads(count)}`,
    sentOf: (sent: number, total: number) => `Отправлено ${formatNumber('ru', sent)} из ${formatNumber('ru', total)}`,
    notStored: 'Браузер не может сохранить действия в очереди: не закрывайте вкладку, пока они не отправятся.',
    andMore: (count: number) => `и ещё ${formatNumber('ru', count)}`,
    undo: 'Отменить',
    retry: 'Повторить',
    dismiss: 'Скрыть',
    bulkActions: 'Действия с выбранными',
    selected: (count: number) =>
      plural('ru', count, { one: 'Выбрана #', few: 'Выбрано #', many: 'Выбрано #', other: 'Выбрано #' }),
    selectedAllMatching: (count: number) =>
      plural('ru', count, {
        one: 'Выбрана # подходящая заявка',
        few: 'Выбраны все # подходящие заявки',
        many: 'Выбраны все # подходящих заявок',
        other: 'Выбраны все # подходящей заявки',
      }),
    selectAllMatching: (total: number | undefined) =>
      total === undefined
        ? 'Выбрать все подходящие'
        : plural('ru', total, {
            one: 'Выбрать # подходящую',
            few: 'Выбрать все # подходящие',
            many: 'Выбрать все # подходящих',
            other: 'Выбрать все # подходящей',
          }),
    acceptCount: (count: number) => `Принять ${formatNumber('ru', count)}`,
    declineCount: (count: number) => `Отклонить ${formatNumber('ru', count)}…`,
    clear: 'Снять выбор',
    bulkDoing: (kind: TriageKind, finished: number, total: number) =>
      `${{ accept: 'Принимаем', decline: 'Отклоняем', link: 'Привязываем' }[kind]}: ${formatNumber('ru', finished)} из ${formatNumber('ru', total)}`,
    bulkFinished: (kind: TriageKind) =>
      ({
        accept: 'Массовое принятие завершено',
        decline: 'Массовое отклонение завершено',
        link: 'Массовая привязка завершена',
      })[kind],
    progressDone: (finished: number, total: number) =>
      `Готово: ${formatNumber('ru', finished)} из ${formatNumber('ru', total)}`,
    oneAtATime: 'По одной заявке, так быстро, как позволяет amoCRM.',
    bulkDone: (kind: TriageKind, count: number) =>
      `${{ accept: 'Принято', decline: 'Отклонено', link: 'Привязано' }[kind]}: ${plural('ru', count, { one: '# заявка', few: '# заявки', many: '# заявок', other: '# заявки' })}`,
    notSent: (count: number) => `Не отправлено (отменено): ${formatNumber('ru', count)}`,
    alreadyHandledCount: (count: number) => `Уже разобраны кем-то другим: ${formatNumber('ru', count)}`,
    alreadyHandled: 'Уже разобраны кем-то другим',
    failedCount: (count: number) => `Не удалось: ${formatNumber('ru', count)}`,
    failed: 'Не удалось',
    retryFailed: 'Повторить неудачные',
    hide: 'Свернуть',
    close: 'Закрыть',
    sessionRejected: (count: number) =>
      `amoCRM отклонил сессию — ${plural('ru', count, {
        one: '# действие сохранено и будет отправлено',
        few: '# действия сохранены и будут отправлены',
        many: '# действий сохранены и будут отправлены',
        other: '# действия сохранены и будут отправлены',
      })} после повторного входа`,
    tryAgain: 'Попробовать снова',
    shortcuts: {
      accept: 'Принять на запомненный этап и открыть следующую заявку',
      decline: 'Отклонить и открыть следующую заявку',
      link: 'Привязать чат к существующей сделке',
      undo: 'Отменить последнее действие, пока оно ещё не отправлено',
    },
  },
});
