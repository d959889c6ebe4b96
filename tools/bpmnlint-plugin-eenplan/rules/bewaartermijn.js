'use strict';

const { is, attribuut, leeg } = require('../lib/camunda');

/** Every executable process says how long its history is kept (camunda:historyTimeToLive): privacy. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && leeg(attribuut(node, 'historyTimeToLive'))) {
      reporter.report(node.id, 'Proces zonder bewaartermijn (camunda:historyTimeToLive, in dagen): hoe lang de '
          + 'historie blijft staan');
    }
  }
  return { check };
};
