'use strict';

const { is, soort, uitbreidingen } = require('../lib/camunda');

/**
 * No scripts anywhere: no script task, no camunda:script in a listener or an input/output parameter, no condition
 * or other expression with a language. Expressions ${...} call beans marked for models.
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:ScriptTask')) {
      reporter.report(node.id, 'Scripttaak: scripts kunnen niet in een EenPlan-model; gebruik een servicetaak met een '
          + 'bean voor modellen');
    }
    if (is(node, 'bpmn:FormalExpression') && node.language) {
      const waar = node.$parent && node.$parent.id || node.id;
      reporter.report(waar, 'Expressie in taal \'' + node.language + '\' is een script: schrijf een expressie als '
          + '${...}');
    }
    for (const element of uitbreidingen(node)) {
      if (soort(element).naam === 'script') {
        reporter.report(node.id, 'camunda:script: scripts kunnen niet in een EenPlan-model; gebruik een bean voor '
            + 'modellen');
      }
    }
  }
  return { check };
};
