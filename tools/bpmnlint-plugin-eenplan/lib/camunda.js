'use strict';

/**
 * Reading Camunda's attributes and extension elements the same way whether the moddle knows Camunda's descriptor
 * (Camunda Modeler, `npm run lint` with .bpmnlintrc's moddleExtensions) or not (bpmnlint without it): then an
 * attribute is in `$attrs` and an extension element is a generic element with its attributes as own properties.
 */

function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

/** A camunda: attribute of a BPMN element, by its name without prefix; undefined when absent. */
function attribuut(node, naam) {
  let waarde;
  try {
    waarde = node.get('camunda:' + naam);
  } catch (e) {
    waarde = undefined;
  }
  if ((waarde === undefined || waarde === null) && node.$attrs) {
    waarde = node.$attrs['camunda:' + naam];
  }
  return waarde === undefined || waarde === null ? undefined : String(waarde);
}

function leeg(waarde) {
  return waarde === undefined || waarde === null || String(waarde).trim() === '';
}

/** Prefix and lower-case local name of an element's type: camunda:TaskListener and camunda:taskListener alike. */
function soort(element) {
  const type = element && element.$type || '';
  const i = type.indexOf(':');
  return { prefix: type.substring(0, i), naam: type.substring(i + 1).toLowerCase() };
}

/** Every element inside this node's extension elements, at any depth (listeners, their scripts, camunda:in ...). */
function uitbreidingen(node) {
  const gevonden = [];
  const bezocht = new Set();
  const extensionElements = node.extensionElements;
  if (!extensionElements) {
    return gevonden;
  }
  (function loop(waarde) {
    if (!waarde || typeof waarde !== 'object' || bezocht.has(waarde)) {
      return;
    }
    bezocht.add(waarde);
    if (Array.isArray(waarde)) {
      waarde.forEach(loop);
      return;
    }
    if (waarde.$type) {
      if (soort(waarde).prefix === 'bpmn') {
        return; // a reference to a BPMN element (an error, a message): not inside the extension
      }
      gevonden.push(waarde);
    }
    for (const sleutel of Object.keys(waarde)) {
      if (sleutel !== '$parent' && sleutel !== '$attrs' && sleutel !== '$type') {
        loop(waarde[sleutel]);
      }
    }
  })(extensionElements.values);
  return gevonden;
}

/** An attribute of an extension element (its own property in both shapes, or in `$attrs`). */
function eigenschap(element, naam) {
  const waarde = element[naam] !== undefined ? element[naam] : element.$attrs && element.$attrs[naam];
  return waarde === undefined || waarde === null ? undefined : String(waarde);
}

module.exports = { is, attribuut, leeg, soort, uitbreidingen, eigenschap };
