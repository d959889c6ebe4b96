'use strict';

const { is, attribuut, leeg } = require('../lib/camunda');

/** A user task has a candidate group (or candidate users, or an assignee): otherwise nobody sees it. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && leeg(attribuut(node, 'candidateGroups'))
        && leeg(attribuut(node, 'candidateUsers')) && leeg(attribuut(node, 'assignee'))) {
      reporter.report(node.id, 'Gebruikerstaak zonder kandidaatgroep (camunda:candidateGroups): niemand ziet deze taak');
    }
  }
  return { check };
};
