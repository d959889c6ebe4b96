'use strict';

/**
 * EenPlan's house rules for models (docs/modeler.md), as far as a rule can see them in the diagram alone. What
 * only the server knows (which beans and variables exist, which task has a handler) EenPlan checks when the model
 * is deployed (nl.eenplan.modelcontrole); `mvn test -Dtest=ModelControleTest` checks the rest.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'eenplan/kandidaatgroep': 'error',
        'eenplan/formulier-uit-forms': 'error',
        'eenplan/beslistabel-bij-versie': 'error',
        'eenplan/bewaartermijn': 'error',
        'eenplan/geen-java-klasse': 'error',
        'eenplan/geen-script': 'error',
        'eenplan/geen-camunda-type': 'error',
        'eenplan/aanroep-zelfde-leerling': 'error',
        'eenplan/id-lower-camel': 'error'
      }
    }
  }
};
