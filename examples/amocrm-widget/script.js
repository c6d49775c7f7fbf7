// Incoming leads triage for amoCRM: on the widget's settings page, mounts the app through its host script
// (<app address>/embed/host.js). The app runs in an iframe on its own origin; its API calls are relayed
// through this page, so they carry the manager's own amoCRM session and rights.
define(['jquery'], ($) => {
  const HOST_SCRIPT = 'embed/host.js';

  return function triageWidget() {
    const self = this;
    let embed = null;

    function text(key, params) {
      let value = self.i18n('messages')[key] || key;
      Object.keys(params || {}).forEach((name) => {
        value = value.replace(`{${name}}`, params[name]);
      });
      return value;
    }

    // The address the administrator saved, with a trailing slash; null when missing or not http(s).
    function appUrl() {
      const raw = String(self.get_settings()?.app_url || '').trim();
      if (!raw) return null;
      try {
        const url = new URL(raw);
        const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
        if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return undefined;
        return url.href.replace(/\/?$/, '/');
      } catch (_error) {
        return undefined;
      }
    }

    function locale() {
      const lang = String((window.AMOCRM && AMOCRM.lang_id) || document.documentElement.lang || 'en');
      return lang.toLowerCase().indexOf('ru') === 0 ? 'ru' : 'en';
    }

    function theme() {
      const root = document.documentElement;
      const dark = /dark/.test(root.className) || root.getAttribute('data-theme') === 'dark';
      return dark ? 'dark' : 'light';
    }

    function currentUser() {
      const user = (window.AMOCRM && AMOCRM.constant('user')) || {};
      const system = self.system() || {};
      return { id: Number(user.id || system.amouser_id), name: String(user.name || system.amouser || '') };
    }

    function notice($target, message) {
      $target.empty().append($('<p class="triage-widget__notice"></p>').text(message));
    }

    function openRecord(path) {
      // The CRM is a single-page app: use its router when there is one, else a plain navigation.
      if (window.APP && APP.router && typeof APP.router.navigate === 'function') {
        APP.router.navigate(path, { trigger: true });
      } else {
        window.location.assign(path);
      }
    }

    function mount($target) {
      const base = appUrl();
      if (base === null) return notice($target, text('no_app_url'));
      if (base === undefined) return notice($target, text('bad_app_url'));
      const $frame = $('<div class="triage-widget__frame"></div>');
      $target.empty().append($frame);
      // RequireJS loads the host script (a UMD module) from the app's own address.
      require([base + HOST_SCRIPT], (TriageEmbed) => {
        if (embed) embed.destroy();
        embed = TriageEmbed.mount($frame[0], {
          appUrl: base,
          locale: locale(),
          theme: theme(),
          subdomain: String(self.system()?.subdomain || window.location.hostname.split('.')[0]),
          user: currentUser(),
          relay: true,
          title: self.i18n('widget').name,
          height: Math.max(480, Math.round(window.innerHeight * 0.7)),
          onEvent: (event) => {
            const messages = { 'lead-accepted': 'accepted', 'lead-declined': 'declined', 'lead-linked': 'linked' };
            if (messages[event.type] && window.AMOCRM && AMOCRM.notifications) {
              AMOCRM.notifications.show_message({ header: self.i18n('widget').name, text: text(messages[event.type]) });
            }
          },
          navigate: (path) => openRecord(path),
          onProblem: () => notice($target, text('version')),
        });
      }, () => {
        notice($target, text('load_failed', { url: base }));
      });
    }

    this.callbacks = {
      render: () => true,
      init: () => true,
      bind_actions: () => true,
      // The settings modal: the app goes below the widget's own fields.
      settings: ($modal_body) => {
        const $body = $modal_body?.length ? $modal_body : $('.widget-settings__modal, .widget_settings_block');
        let $target = $body.find('.triage-widget');
        if (!$target.length) {
          $target = $('<div class="triage-widget" style="margin-top:16px"></div>');
          $body.append($target);
        }
        mount($target);
        return true;
      },
      onSave: () => {
        // The address may have changed: the next opening of the settings mounts the app from it.
        if (embed) embed.destroy();
        embed = null;
        return true;
      },
      destroy: () => {
        if (embed) embed.destroy();
        embed = null;
      },
    };

    return this;
  };
});
