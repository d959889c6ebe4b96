// EenPlan's configuration of Tasklist; it replaces the config.js shipped in Camunda's webjar.
// The keyboard shortcuts are the shipped ones (same keys), described in Dutch.
// Dutch first: a browser asking for English gets English, every other browser Dutch
// (locales/nl.json; docs/modeler.md, "Tasklist, Cockpit en Admin in het Nederlands").
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },

  // No "Welkom bij Camunda" box on the login page: it points to Camunda's welcome page /camunda-welcome, which
  // EenPlan closes (it leads to Tasklist, SecurityConfig).
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van een taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
