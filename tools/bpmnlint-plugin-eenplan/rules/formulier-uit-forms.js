'use strict';

const { is, attribuut, leeg } = require('../lib/camunda');

/**
 * A user task has a form from forms/ (camunda:formRef) with binding deployment: the form travels with the model
 * version that uses it. No HTML form (camunda:formKey): that runs code in the browser of whoever works the task.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') && !is(node, 'bpmn:StartEvent')) {
      return;
    }
    if (!leeg(attribuut(node, 'formKey'))) {
      reporter.report(node.id, 'HTML-formulier (camunda:formKey) kan niet in EenPlan: kies een formulier uit forms/ '
          + '(camunda:formRef)');
    }
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (leeg(attribuut(node, 'formRef'))) {
      reporter.report(node.id, 'Gebruikerstaak zonder formulier uit forms/ (camunda:formRef)');
    } else if (attribuut(node, 'formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Formulier moet binding \'deployment\' hebben (camunda:formRefBinding): het hoort bij '
          + 'deze versie van het model');
    }
  }
  return { check };
};
