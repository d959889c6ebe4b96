'use strict';

// The house rules on small models, read as the Modeler reads them (with Camunda's moddle descriptor) and as bare
// bpmnlint does (without); the models in processes/ keep them; and the Camunda Modeler plugin (client.js) gives the
// same reports as `npm run lint`.
const { describe, test } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const REPO = path.resolve(__dirname, '../../..');

const ALLEEN_EENPLAN = { extends: 'plugin:eenplan/recommended' };

async function lees(xml, metCamunda) {
  const moddle = new BpmnModdle(metCamunda ? { camunda } : {});
  const { rootElement } = await moddle.fromXML(xml);
  return rootElement;
}

/** rule -> ids it reported, eenplan's rules only. */
async function meldingen(xml, metCamunda, linter) {
  const gebruikt = linter || new Linter({ config: ALLEEN_EENPLAN, resolver: new NodeResolver() });
  const rapport = await gebruikt.lint(await lees(xml, metCamunda));
  const uitkomst = {};
  for (const [ regel, meldingen ] of Object.entries(rapport)) {
    const gemeld = meldingen.filter(m => m.category === 'error').map(m => m.id);
    if (regel.startsWith('eenplan/') && gemeld.length) {
      uitkomst[regel] = gemeld.sort();
    }
  }
  return uitkomst;
}

function model(proces, extraNamen = '') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    ${extraNamen} id="proef-definitions" targetNamespace="http://eenplan.nl/proef">
  <bpmn:error id="fout" name="Fout" errorCode="fout" />
  ${proces}
</bpmn:definitions>`;
}

const GOED = model(`<bpmn:process id="proef" isExecutable="true" camunda:historyTimeToLive="1825">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="intake" camunda:candidateGroups="zorgcoordinator" camunda:formRef="intake"
        camunda:formRefBinding="deployment">
      <bpmn:extensionElements>
        <camunda:taskListener delegateExpression="\${bepaalToestemmingsgevers}" event="create" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:businessRuleTask id="triage" camunda:decisionRef="triage" camunda:decisionRefBinding="deployment" />
    <bpmn:callActivity id="mdoHouden" calledElement="mdo">
      <bpmn:extensionElements>
        <camunda:in businessKey="#{execution.processBusinessKey}" />
        <camunda:in source="dossierNummer" target="dossierNummer" />
      </bpmn:extensionElements>
    </bpmn:callActivity>
    <bpmn:serviceTask id="routeVastleggen" camunda:delegateExpression="\${legRouteVast}">
      <bpmn:extensionElements>
        <camunda:inputOutput><camunda:inputParameter name="taak">intake</camunda:inputParameter></camunda:inputOutput>
        <camunda:errorEventDefinition id="foutDefinitie" errorRef="fout" expression="\${true}" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="naarIntake" sourceRef="start" targetRef="intake">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${verzuim}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>`);

function fout(vervang) {
  let xml = GOED;
  for (const [ oud, nieuw ] of vervang) {
    assert.ok(xml.includes(oud), oud);
    xml = xml.replace(oud, nieuw);
  }
  return xml;
}

const FOUTEN = [
  [ 'een gebruikerstaak zonder kandidaatgroep', [ [ ' camunda:candidateGroups="zorgcoordinator"', '' ] ],
    { 'eenplan/kandidaatgroep': [ 'intake' ] } ],
  [ 'een gebruikerstaak zonder formulier', [ [ 'camunda:formRef="intake"', '' ] ],
    { 'eenplan/formulier-uit-forms': [ 'intake' ] } ],
  [ 'een formulier met binding latest', [ [ 'camunda:formRefBinding="deployment"', 'camunda:formRefBinding="latest"' ] ],
    { 'eenplan/formulier-uit-forms': [ 'intake' ] } ],
  [ 'een HTML-formulier', [ [ '<bpmn:startEvent id="start" />', '<bpmn:startEvent id="start" camunda:formKey="embedded:app:x.html" />' ] ],
    { 'eenplan/formulier-uit-forms': [ 'start' ] } ],
  [ 'een beslistabel zonder binding deployment', [ [ ' camunda:decisionRefBinding="deployment"', '' ] ],
    { 'eenplan/beslistabel-bij-versie': [ 'triage' ] } ],
  [ 'een proces zonder bewaartermijn', [ [ ' camunda:historyTimeToLive="1825"', '' ] ],
    { 'eenplan/bewaartermijn': [ 'proef' ] } ],
  [ 'een Java-klasse', [ [ 'camunda:delegateExpression="${legRouteVast}"', 'camunda:class="nl.eenplan.Iets"' ] ],
    { 'eenplan/geen-java-klasse': [ 'routeVastleggen' ] } ],
  [ 'een listener met een Java-klasse', [ [ 'delegateExpression="${bepaalToestemmingsgevers}"', 'class="nl.eenplan.Iets"' ] ],
    { 'eenplan/geen-java-klasse': [ 'intake' ] } ],
  [ 'een variabelenklasse bij een aanroep', [ [ 'calledElement="mdo"', 'calledElement="mdo" camunda:variableMappingClass="nl.X"' ] ],
    { 'eenplan/geen-java-klasse': [ 'mdoHouden' ] } ],
  [ 'de naamruimte van Activiti', [ [ 'camunda:delegateExpression="${legRouteVast}"', 'activiti:class="nl.X"' ] ],
    { 'eenplan/geen-java-klasse': [ 'routeVastleggen' ] }, 'xmlns:activiti="http://activiti.org/bpmn"' ],
  [ 'een scripttaak', [ [ '<bpmn:startEvent id="start" />', '<bpmn:startEvent id="start" /><bpmn:scriptTask id="rekenen" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>' ] ],
    { 'eenplan/geen-script': [ 'rekenen' ] } ],
  [ 'een script in een invoerparameter', [ [ '<camunda:inputParameter name="taak">intake</camunda:inputParameter>', '<camunda:inputParameter name="taak"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter>' ] ],
    { 'eenplan/geen-script': [ 'routeVastleggen' ] } ],
  [ 'een voorwaarde in een scripttaal', [ [ 'xsi:type="bpmn:tFormalExpression">', 'xsi:type="bpmn:tFormalExpression" language="javascript">' ] ],
    { 'eenplan/geen-script': [ 'naarIntake' ] } ],
  [ 'een servicetaak van Camunda\'s eigen soort', [ [ 'camunda:delegateExpression="${legRouteVast}"', 'camunda:type="external" camunda:topic="x"' ] ],
    { 'eenplan/geen-camunda-type': [ 'routeVastleggen' ] } ],
  [ 'een connector', [ [ '<camunda:inputOutput>', '<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector><camunda:inputOutput>' ] ],
    { 'eenplan/geen-camunda-type': [ 'routeVastleggen' ] } ],
  [ 'een aanroep met een andere leerling', [ [ 'businessKey="#{execution.processBusinessKey}"', 'businessKey="${andereLeerling}"' ] ],
    { 'eenplan/aanroep-zelfde-leerling': [ 'mdoHouden' ] } ],
  [ 'een aanroep bij een andere school', [ [ 'calledElement="mdo"', 'calledElement="mdo" camunda:calledElementTenantId="99ZZ00"' ] ],
    { 'eenplan/aanroep-zelfde-leerling': [ 'mdoHouden' ] } ],
  [ 'een id dat geen lowerCamel is', [ [ 'id="routeVastleggen"', 'id="Activity_0x9k2"' ] ],
    { 'eenplan/id-lower-camel': [ 'Activity_0x9k2' ] } ]
];

for (const metCamunda of [ true, false ]) {
  describe(metCamunda ? 'zoals de Modeler leest (met camunda-bpmn-moddle)' : 'zonder Camunda-beschrijving', () => {

    test('een goed model voldoet', async () => {
      assert.deepStrictEqual(await meldingen(GOED, metCamunda), {});
    });

    for (const [ wat, vervang, verwacht, namen ] of FOUTEN) {
      test(wat + ' wordt gemeld', async () => {
        const xml = namen ? fout(vervang).replace('id="proef-definitions"', namen + ' id="proef-definitions"') : fout(vervang);
        assert.deepStrictEqual(await meldingen(xml, metCamunda), verwacht);
      });
    }

    test('de modellen in processes/ voldoen', async () => {
      const map = path.join(REPO, 'processes');
      for (const bestand of fs.readdirSync(map).filter(n => n.endsWith('.bpmn'))) {
        assert.deepStrictEqual(await meldingen(fs.readFileSync(path.join(map, bestand), 'utf8'), metCamunda), {},
          bestand);
      }
    });
  });
}

test('de plugin voor Camunda Modeler meldt hetzelfde als npm run lint', async () => {
  const venster = {};
  vm.runInNewContext(fs.readFileSync(path.join(__dirname, '../camunda-modeler/client.js'), 'utf8'), { window: venster });
  assert.strictEqual(venster.plugins.length, 1);
  const { plugin, type } = venster.plugins[0];
  assert.strictEqual(type, 'lintRules.bpmn');
  const modeler = new Linter({ config: plugin.config, resolver: plugin.resolver });
  for (const [ , vervang, verwacht, namen ] of FOUTEN) {
    const xml = namen ? fout(vervang).replace('id="proef-definitions"', namen + ' id="proef-definitions"') : fout(vervang);
    assert.deepStrictEqual(await meldingen(xml, true, modeler), verwacht);
  }
  assert.deepStrictEqual(await meldingen(GOED, true, modeler), {});
});
