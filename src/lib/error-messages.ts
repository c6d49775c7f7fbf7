import { defineMessages } from './i18n';

/** The words for errors the API client produces; `detail` and `text` are amoCRM's own and stay as sent. */
export const messages = defineMessages({
  en: {
    unexpected: 'Something unexpected happened.',
    network: 'The server could not be reached. Check the connection and try again.',
    invalidResponse: (detail: string) => `amoCRM sent data this app cannot read (${detail}).`,
    unauthorized: 'amoCRM rejected the access token: the session has expired or the token was revoked.',
    unpaid: 'The amoCRM account is not paid: amoCRM refuses API requests until it is.',
    blocked: 'amoCRM has blocked API access for this account after too many requests.',
    forbidden: 'You do not have the right to do this in amoCRM.',
    rateLimited: (retryAfter: number | null) =>
      retryAfter
        ? `amoCRM is limiting requests; try again in ${retryAfter} s.`
        : 'amoCRM is limiting requests; try again in a moment.',
    server: (status: number) => `amoCRM answered with a server error (${status}). Try again.`,
    /** amoCRM sent no words of its own for this status. */
    status: (status: number, fallback: string) => fallback || `The server answered with status ${status}.`,
  },
  ru: {
    unexpected: 'Произошла непредвиденная ошибка.',
    network: 'Не удалось связаться с сервером. Проверьте подключение и попробуйте ещё раз.',
    invalidResponse: (detail: string) => `amoCRM прислал данные, которые приложение не может прочитать (${detail}).`,
    unauthorized: 'amoCRM отклонил ключ доступа: сессия истекла или ключ отозван.',
    unpaid: 'Аккаунт amoCRM не оплачен: до оплаты amoCRM не принимает запросы к API.',
    blocked: 'amoCRM заблокировал доступ к API для этого аккаунта из-за слишком частых запросов.',
    forbidden: 'У вас нет прав на это действие в amoCRM.',
    rateLimited: (retryAfter: number | null) =>
      retryAfter
        ? `amoCRM ограничивает частоту запросов; повторите через ${retryAfter} с.`
        : 'amoCRM ограничивает частоту запросов; повторите чуть позже.',
    server: (status: number) => `Ошибка сервера amoCRM (${status}). Попробуйте ещё раз.`,
    status: (status: number) => RU_STATUS_DETAILS[status] ?? `Сервер ответил с кодом ${status}.`,
  },
});

const RU_STATUS_DETAILS: Record<number, string> = {
  400: 'Сервер отклонил запрос.',
  404: 'Запрошенный адрес не существует.',
  405: 'Сервер не допускает этот метод по этому адресу.',
  409: 'Запрос конфликтует с текущим состоянием данных.',
  422: 'Запрос слишком велик для обработки.',
};
