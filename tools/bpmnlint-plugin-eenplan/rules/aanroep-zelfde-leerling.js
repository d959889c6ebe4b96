'use strict';

const { is, attribuut, leeg, soort, uitbreidingen, eigenschap } = require('../lib/camunda');

const EIGEN_SLEUTEL = [ '#{execution.processBusinessKey}', '${execution.processBusinessKey}' ];

/**
 * A call activity calls a process about the same pupil at the same school: it hands on the pupil's own business
 * key and names no tenant.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:CallActivity')) {
      return;
    }
    for (const naam of [ 'calledElementTenantId', 'caseTenantId' ]) {
      if (!leeg(attribuut(node, naam))) {
        reporter.report(node.id, 'camunda:' + naam + ': een aangeroepen proces hoort bij de school van de leerling; '
            + 'laat dit weg');
      }
    }
    for (const element of uitbreidingen(node)) {
      const sleutel = eigenschap(element, 'businessKey');
      if (soort(element).naam === 'in' && sleutel !== undefined && !EIGEN_SLEUTEL.includes(sleutel.trim())) {
        reporter.report(node.id, 'camunda:in businessKey "' + sleutel + '": een aangeroepen proces gaat over dezelfde '
            + 'leerling; geef #{execution.processBusinessKey} door');
      }
    }
  }
  return { check };
};
