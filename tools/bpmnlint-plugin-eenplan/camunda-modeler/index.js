'use strict';

// Camunda Modeler plugin: EenPlan's house rules (bpmnlint-plugin-eenplan) shown live while modelling.
// Copy or link this folder to <Modeler's plugin folder>/eenplan-huisregels; see docs/modeler.md.
module.exports = {
  name: 'EenPlan huisregels',
  script: './client.js'
};
