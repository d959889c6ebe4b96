'use strict';

const { is, attribuut, leeg, soort, uitbreidingen, eigenschap } = require('../lib/camunda');

/**
 * No Java class (camunda:class, camunda:variableMappingClass, a listener's class) and nothing in Activiti's
 * namespace, which the engine reads as Camunda's: a model calls beans marked for models, such as
 * ${stuurHerinnering}.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:BaseElement')) {
      return; // Camunda's own elements (a listener, a form field) are read with the BPMN element they belong to
    }
    for (const naam of [ 'class', 'variableMappingClass' ]) {
      if (!leeg(attribuut(node, naam))) {
        reporter.report(node.id, 'Java-klasse (camunda:' + naam + ' "' + attribuut(node, naam) + '") kan een model '
            + 'niet aanroepen: gebruik camunda:delegateExpression met een bean voor modellen');
      }
    }
    for (const sleutel of Object.keys(node.$attrs || {})) {
      if (sleutel.startsWith('activiti:')) {
        reporter.report(node.id, 'De naamruimte van Activiti (' + sleutel + ') leest de engine als die van Camunda: '
            + 'gebruik camunda:');
      }
    }
    for (const element of uitbreidingen(node)) {
      const { prefix, naam } = soort(element);
      if (prefix === 'activiti') {
        reporter.report(node.id, 'De naamruimte van Activiti (' + element.$type + ') leest de engine als die van '
            + 'Camunda: gebruik camunda:');
      } else if (!leeg(eigenschap(element, 'class'))) {
        reporter.report(node.id, 'Java-klasse in ' + naam + ' ("' + eigenschap(element, 'class') + '") kan een model '
            + 'niet aanroepen: gebruik een delegate expression met een bean voor modellen');
      }
    }
  }
  return { check };
};
