import type { sync as en } from '../en/sync';
import type { Translation } from '../types';

export const sync = {
  title: 'Командные базы',
  intro:
    'Аудиты, общие с командой через сервер CouchDB. Пока Touchstone открыт, изменения идут в обе стороны.',
  none: 'Ни один аудит не подключён к командной базе.',
  connect: 'Командная синхронизация…',
  join: 'Подключиться к командной базе…',
  connectTitle: 'Подключить «{{name}}» к командной базе',
  joinTitle: 'Подключиться к командной базе',
  server: 'Адрес сервера',
  serverHint: 'https://… — http:// только для сервера на этом компьютере.',
  database: 'База данных',
  username: 'Имя пользователя',
  password: 'Пароль',
  passwordHint:
    'В настольном приложении хранится зашифрованным системой, в браузере — только на время сеанса; никогда не попадает в файлы аудита и резервные копии.',
  submit: 'Подключить',
  connected: 'Подключаем «{{name}}» к {{database}}.',
  joining: 'Подключение к {{database}}: аудит появится по мере получения.',
  disconnect: 'Отключить',
  disconnected: 'Отключено. Аудит остаётся на этом компьютере.',
  enterPassword: 'Ввести пароль…',
  passwordTitle: 'Пароль для {{database}}',
  waitingForAudit: 'Ожидаем аудит из {{database}}',
  columns: {
    audit: 'Аудит',
    database: 'Командная база',
    status: 'Состояние',
    last: 'Последняя синхронизация',
    pending: 'Ждут отправки',
    actions: 'Действия',
  },
  at: '{{database}} на {{server}}, пользователь {{username}}',
  state: {
    idle: 'Запуск…',
    'in-sync': 'Синхронизировано',
    syncing: 'Синхронизация',
    syncingOf: 'Синхронизация ({{done}} из {{total}})',
    offline: 'Нет связи, повторяем',
  },
  never: 'Никогда',
  pending_one: '{{count}} изменение',
  pending_few: '{{count}} изменения',
  pending_many: '{{count}} изменений',
  pending_other: '{{count}} изменения',
  setAside_one: '{{count}} документ с сервера отложен',
  setAside_few: '{{count}} документа с сервера отложены',
  setAside_many: '{{count}} документов с сервера отложены',
  setAside_other: '{{count}} документа с сервера отложены',
  conflictsPending_one:
    '{{count}} запись, изменённая в двух местах, ждёт проверки (Полевые работы → Конфликты); в оценках учтена её текущая версия.',
  conflictsPending_few:
    '{{count}} записи, изменённые в двух местах, ждут проверки (Полевые работы → Конфликты); в оценках учтены их текущие версии.',
  conflictsPending_many:
    '{{count}} записей, изменённых в двух местах, ждут проверки (Полевые работы → Конфликты); в оценках учтены их текущие версии.',
  conflictsPending_other:
    '{{count}} записи, изменённые в двух местах, ждут проверки (Полевые работы → Конфликты); в оценках учтены их текущие версии.',
} satisfies Translation<typeof en>;
