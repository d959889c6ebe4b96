'use strict';

const { is } = require('../lib/camunda');

const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Ids are stable, meaningful lowerCamel (intake, not Task_1 or Activity_0x9k2): tests, handlers and history name
 * them. The file's own definitions id is left alone.
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:BaseElement') && !is(node, 'bpmn:Definitions') && node.id && !LOWER_CAMEL.test(node.id)) {
      reporter.report(node.id, 'Id "' + node.id + '" is geen lowerCamel: geef een betekenisvol id zoals '
          + '"intakeVoeren" (verander nooit het id van een stap waar instanties op staan)');
    }
  }
  return { check };
};
