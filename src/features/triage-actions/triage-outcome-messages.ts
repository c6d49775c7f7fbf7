import { defineMessages } from '@/lib/i18n';
import type { DeclineReason, TriageKind } from '@/triage/triage-action';

/** The words for how a triage action ended: notifications, the tray's failures, bulk results. */
export const messages = defineMessages({
  en: {
    aCall: 'A call',
    aWebForm: 'A web form',
    aChat: 'A chat',
    anEmail: 'An e-mail',
    done: (kind: TriageKind, who: string) =>
      `${{ accept: 'Accepted', decline: 'Declined', link: 'Linked' }[kind]} ${who}`,
    doneMessage: 'amoCRM has it now.',
    alreadyHandled: (who: string) => `${who} was already sorted by someone else`,
    alreadyHandledMessage: 'It has left the inbox; nothing else was changed.',
    couldNot: (kind: TriageKind, who: string) => `Could not ${kind} ${who}`,
    noRight: (kind: TriageKind) => `You don't have the right to ${kind} incoming leads in amoCRM.`,
    refused: (kind: TriageKind, details: string) => `amoCRM refused to ${kind} it (${details}).`,
    notTaken: 'amoCRM did not take it.',
    /** Why a lead was declined: the decline dialog offers them, the summary counts them. */
    declineReasons: {
      spam: 'Spam',
      duplicate: 'Duplicate',
      'wrong-number': 'Wrong number',
      'not-a-client': 'Not a client',
      other: 'Other',
    } as Record<DeclineReason, string>,
  },
  ru: {
    aCall: 'Звонок',
    aWebForm: 'Заявка с формы',
    aChat: 'Чат',
    anEmail: 'Письмо',
    done: (kind: TriageKind, who: string) =>
      `${{ accept: 'Заявка принята', decline: 'Заявка отклонена', link: 'Чат привязан' }[kind]}: ${who}`,
    doneMessage: 'amoCRM сохранил изменение.',
    alreadyHandled: (who: string) => `${who}: заявку уже разобрал кто-то другой`,
    alreadyHandledMessage: 'Она убрана из списка; больше ничего не изменилось.',
    couldNot: (kind: TriageKind, who: string) =>
      `${{ accept: 'Не удалось принять заявку', decline: 'Не удалось отклонить заявку', link: 'Не удалось привязать чат' }[kind]}: ${who}`,
    noRight: (kind: TriageKind) =>
      `У вас нет прав ${{ accept: 'принимать', decline: 'отклонять', link: 'привязывать' }[kind]} неразобранные заявки в amoCRM.`,
    refused: (kind: TriageKind, details: string) =>
      `amoCRM не дал ${{ accept: 'принять', decline: 'отклонить', link: 'привязать' }[kind]} заявку (${details}).`,
    notTaken: 'amoCRM не принял это действие.',
    declineReasons: {
      spam: 'Спам',
      duplicate: 'Дубль',
      'wrong-number': 'Ошиблись номером',
      'not-a-client': 'Не клиент',
      other: 'Другое',
    },
  },
});
