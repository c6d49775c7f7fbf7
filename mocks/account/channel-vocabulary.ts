/** What calls, forms, chats and mails of the demo account look like: providers, pages, messages. */
export const SIP_PROVIDERS = [
  { name: 'UIS', code: 'uis_widget', host: 'https://app.uiscom.ru/system/media/talk' },
  { name: 'Mango Office', code: 'mango_office', host: 'https://lk.mango-office.ru/calls/recording' },
  { name: 'Zadarma', code: 'zadarma', host: 'https://api.zadarma.com/v1/pbx/record' },
  { name: 'onlinePBX', code: 'CkAvbEwPam6sad', host: 'https://records.onlinepbx.ru/download' },
] as const;

/**
 * The account's own phone lines: a call's `phone` is its recipient (the reference: "Call recipient"), the line the
 * client dialled; `from` is its initiator, the client.
 */
export const ACCOUNT_LINES = [
  { typed: '+7 495 120-45-00', digits: '74951204500' },
  { typed: '+7 812 309-77-10', digits: '78123097710' },
  { typed: '8 800 555-35-35', digits: '88005553535' },
] as const;

export const FORMS = [
  { id: 'feedback_form', name: 'Feedback form', page: 'https://demo-trading.ru/contacts' },
  { id: 'price_request', name: 'Запрос прайс-листа', page: 'https://demo-trading.ru/wholesale' },
  { id: 'partner_apply', name: 'Стать партнёром', page: 'https://demo-trading.ru/partners' },
  { id: 'callback', name: 'Обратный звонок', page: 'https://demo-trading.ru/' },
] as const;
export const NATIVE_FORM_NAMES = ['Форма на сайте', 'Заявка с лендинга', 'Квиз «Подбор товара»'];
export const REFERERS = [
  'https://www.google.com/search?q=%D0%BE%D0%BF%D1%82%D0%BE%D0%B2%D1%8B%D0%B5+%D0%BF%D0%BE%D1%81%D1%82%D0%B0%D0%B2%D0%BA%D0%B8',
  'https://yandex.ru/search/?text=%D0%BA%D1%83%D0%BF%D0%B8%D1%82%D1%8C+%D0%BE%D0%BF%D1%82%D0%BE%D0%BC',
  'https://vk.com/demo_trading',
  'https://t.me/demo_trading',
  'https://www.bing.com/search?q=office+supplies+wholesale',
];

export const CHAT_SERVICES = [
  { service: 'telegram', label: 'Telegram' },
  { service: 'whatsapp', label: 'WhatsApp' },
  { service: 'instagram', label: 'Instagram' },
  { service: 'onlinechat', label: 'Онлайн-чат' },
  { service: 'viber', label: 'Viber' },
  { service: 'vk', label: 'ВКонтакте' },
] as const;
export const CHAT_MESSAGES = [
  'Здравствуйте! Сколько стоит доставка в Казань?',
  'Добрый день, есть ли в наличии артикул 4471?',
  'Hi, do you ship to Almaty?',
  'Можно счёт на юрлицо?',
  'Пришлите, пожалуйста, прайс',
  'Hello! I would like to become a reseller',
  'Когда будет поступление?',
  'Спасибо, жду звонка',
];

export const MAIL_SUBJECTS = [
  'Запрос коммерческого предложения',
  'Re: Счёт №1842',
  'Request for quotation',
  'Партнёрство',
  'Вопрос по доставке',
  'Fwd: Прайс-лист на 2026 год',
  'Order #55120 – delivery date',
];
export const MAIL_SUMMARIES = [
  'Добрый день! Просим направить КП на поставку 200 единиц...',
  'Please find attached our RFQ for office chairs, 40 pcs...',
  'Здравствуйте, хотели бы обсудить условия сотрудничества...',
  'Подскажите, возможна ли доставка до склада в Подольске...',
  'Hello, could you confirm the delivery date for order 55120?',
];
export const MAILBOXES = ['sales@demo-trading.ru', 'info@demo-trading.ru', 'opt@demo-trading.ru'];
