'use strict';

const { is, attribuut, leeg } = require('../lib/camunda');

/** A business rule task calls its decision table with binding deployment, like a form: the table of its version. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:BusinessRuleTask') && !leeg(attribuut(node, 'decisionRef'))
        && attribuut(node, 'decisionRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Beslistabel moet binding \'deployment\' hebben (camunda:decisionRefBinding): de '
          + 'tabel hoort bij deze versie van het model');
    }
  }
  return { check };
};
