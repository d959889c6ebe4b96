// EenPlan's configuration of this Camunda webapp; it replaces the config.js shipped in Camunda's
// webjar, which configures nothing of its own (everything there is commented out).
// Dutch first: a browser asking for English gets English, every other browser Dutch
// (locales/nl.json; docs/modeler.md, "Tasklist, Cockpit en Admin in het Nederlands").
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },

  // No "Welkom bij Camunda" box on the login page: it points to Camunda's welcome page /camunda-welcome, which
  // EenPlan closes (it leads to Tasklist, SecurityConfig).
  disableWelcomeMessage: true
};
