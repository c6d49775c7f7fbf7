import { defineMessages, plural } from '@/lib/i18n';

export const messages = defineMessages<{
  liveTitle: string;
  liveText: string;
  liveFix: string;
  demoTitle: string;
  demoText: string;
  keptActions: (count: number) => string;
  tryAgain: string;
  backToNormal: string;
}>({
  en: {
    liveTitle: 'amoCRM rejected the token',
    liveText:
      'The account answered 401 Unauthorized: the long-lived token the server sends is wrong, expired or revoked.',
    liveFix:
      'Check AMOCRM_TOKEN on the server (create a new long-lived token in amoCRM if needed), restart npm start, then try again.',
    demoTitle: 'The token was rejected',
    demoText:
      'The demo plays an expired token: the emulated amoCRM answers 401 Unauthorized, as a real account does when its token expires or is revoked.',
    keptActions: (count) =>
      plural('en', count, {
        one: '# triage action is kept and will be sent once the token is accepted.',
        other: '# triage actions are kept and will be sent once the token is accepted.',
      }),
    tryAgain: 'Try again',
    backToNormal: 'Back to a normal account',
  },
  ru: {
    liveTitle: 'amoCRM отклонил токен',
    liveText:
      'Аккаунт ответил 401 Unauthorized: долгосрочный токен, который отправляет сервер, неверен, истёк или отозван.',
    liveFix:
      'Проверьте AMOCRM_TOKEN на сервере (при необходимости создайте в amoCRM новый долгосрочный токен), перезапустите npm start и попробуйте снова.',
    demoTitle: 'Токен отклонён',
    demoText:
      'Демо изображает истёкший токен: эмулятор amoCRM отвечает 401 Unauthorized, как настоящий аккаунт, когда токен истёк или отозван.',
    keptActions: (count) =>
      plural('ru', count, {
        one: '# действие сохранено и будет отправлено, как только токен примут.',
        few: '# действия сохранены и будут отправлены, как только токен примут.',
        many: '# действий сохранены и будут отправлены, как только токен примут.',
        other: '# действия сохранены и будут отправлены, как только токен примут.',
      }),
    tryAgain: 'Попробовать снова',
    backToNormal: 'Вернуть обычный аккаунт',
  },
});
