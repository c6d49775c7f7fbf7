// The local host page: loads the host script from the app's own address, mounts the app, and shows every
// event it reports. Query: ?locale=en|ru&theme=light|dark&relay=1|0&scenario=<demo scenario>&lead=<uid to open>&height=<px>.
(() => {
  const config = window.HOST_PAGE_CONFIG;
  const params = new URLSearchParams(window.location.search);
  const locale = params.get('locale') === 'ru' ? 'ru' : 'en';
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  const relay = params.get('relay') !== '0';
  const scenario = params.get('scenario');
  const lead = params.get('lead');
  const height = Number(params.get('height')) || 640;

  const byId = (id) => document.getElementById(id);
  const status = byId('status');
  const events = byId('events');
  byId('locale').value = locale;
  byId('theme').value = theme;
  byId('relay').checked = relay;
  document.documentElement.dataset.theme = theme;

  function log(text) {
    const item = document.createElement('li');
    item.textContent = text;
    events.append(item);
  }

  function eventText(event) {
    switch (event.type) {
      case 'lead-accepted':
        return `lead-accepted ${event.uid} lead ${event.leadId ?? '-'} contact ${event.contactId ?? '-'}`;
      case 'lead-declined':
        return `lead-declined ${event.uid}`;
      case 'lead-linked':
        return `lead-linked ${event.uid} to lead ${event.leadId}`;
      case 'open-in-crm':
        return `open-in-crm ${event.entity} ${event.id}`;
      case 'open-url':
        return `open-url ${event.url}`;
      default:
        return event.type;
    }
  }

  function start(TriageEmbed) {
    const handle = TriageEmbed.mount(byId('app'), {
      appUrl: config.appUrl,
      locale,
      theme,
      subdomain: 'example',
      user: { id: 6930211, name: 'Demo administrator' },
      relay,
      query: { ...(scenario ? { scenario } : {}), ...(lead ? { lead } : {}) },
      height,
      onEvent: (event) => log(eventText(event)),
      onProblem: (problem) => {
        byId('problem').textContent = `The app speaks protocol version ${problem.version}; this page speaks 1.`;
      },
      // The stand-in has no record pages: opening one is only logged.
      navigate: (path) => log(`navigate ${path}`),
      openUrl: (url) => window.open(url, '_blank', 'noopener,noreferrer'),
    });
    handle.ready.then(() => {
      status.textContent = 'Connected';
    });
    byId('locale').addEventListener('change', (event) => handle.setLocale(event.target.value));
    byId('theme').addEventListener('change', (event) => {
      document.documentElement.dataset.theme = event.target.value;
      handle.setTheme(event.target.value);
    });
    byId('relay').addEventListener('change', (event) => {
      params.set('relay', event.target.checked ? '1' : '0');
      window.location.search = params.toString();
    });
  }

  const script = document.createElement('script');
  script.src = new URL('embed/host.js', config.appUrl).href;
  script.onload = () => start(window.TriageEmbed);
  script.onerror = () => {
    status.textContent = `Could not load ${script.src}: is the app served there?`;
  };
  document.head.append(script);
})();
