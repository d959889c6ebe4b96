'use strict';

const { is, attribuut, leeg, soort, uitbreidingen } = require('../lib/camunda');

/**
 * No service task of Camunda's own kinds (camunda:type: shell, mail, external) and no connector: they act outside
 * EenPlan. A service task calls a bean marked for models (camunda:delegateExpression).
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:BaseElement')) {
      return; // Camunda's own elements (a listener, a form field) are read with the BPMN element they belong to
    }
    if (!leeg(attribuut(node, 'type'))) {
      reporter.report(node.id, 'camunda:type "' + attribuut(node, 'type') + '" voert opdrachten uit buiten EenPlan om: '
          + 'gebruik camunda:delegateExpression met een bean voor modellen');
    }
    for (const element of uitbreidingen(node)) {
      if (soort(element).naam === 'connector') {
        reporter.report(node.id, 'camunda:connector: een model roept geen externe systemen aan; gebruik een '
            + 'servicetaak met een bean voor modellen');
      }
    }
  }
  return { check };
};
