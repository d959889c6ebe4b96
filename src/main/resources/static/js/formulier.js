// A form on an EenPlan page: a Camunda Form (form-js, the same version as Tasklist) whose data goes as JSON to
// EenPlan's API with the session's CSRF token: a task's form to POST /api/taken/{id}/voltooien (its handler keeps
// care content in the dossier), an action's form (open a dossier, report a concern) to its endpoint.
// A refusal shows the API's Dutch messages per field above the form and keeps everything the user typed.
//
// The container #formulier says where to send (data-verstuur-naar), where to go after (data-daarna; {veld} is
// taken from the JSON answer, e.g. /leerlingen/{nummer}) and the button's text (data-knop). The form is in
// <script id="formulier-schema">, what its texts and choices may use in <script id="formulier-gegevens">.
(function () {
  'use strict';

  const plek = document.getElementById('formulier');
  if (!plek) {
    return;
  }
  // form-js shows and reads dates in the browser's default locale. EenPlan's pages are Dutch, so a date is
  // dd-mm-jjjj whatever the browser's setting: 02-03-2014 must never become 3 February.
  const DatumNaarLand = Intl.DateTimeFormat;
  const nederlands = function (locale, opties) {
    return new DatumNaarLand(locale === undefined || locale === 'default' ? 'nl-NL' : locale, opties);
  };
  nederlands.prototype = DatumNaarLand.prototype;
  nederlands.supportedLocalesOf = DatumNaarLand.supportedLocalesOf;
  Intl.DateTimeFormat = nederlands;
  const meldingen = document.getElementById('meldingen');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const labels = {};
  let bezig = false;

  function toon(soort, titel, regels) {
    meldingen.replaceChildren();
    const blok = document.createElement('div');
    blok.className = 'utrecht-alert utrecht-alert--' + soort;
    const kop = document.createElement('p');
    kop.className = 'utrecht-paragraph';
    const sterk = document.createElement('strong');
    sterk.textContent = titel;
    kop.appendChild(sterk);
    blok.appendChild(kop);
    if (regels.length) {
      const lijst = document.createElement('ul');
      lijst.className = 'eenplan-lijst';
      regels.forEach(function (regel) {
        const li = document.createElement('li');
        li.textContent = regel;
        lijst.appendChild(li);
      });
      blok.appendChild(lijst);
    }
    meldingen.appendChild(blok);
    meldingen.setAttribute('tabindex', '-1');
    meldingen.focus();
  }

  // The form's labels by data path ("leerling.voornaam", "afspraken.wat"), to name a refused field as the user saw it.
  function verzamelLabels(componenten, voorvoegsel) {
    (componenten || []).forEach(function (c) {
      const pad = c.path ? voorvoegsel + c.path : voorvoegsel;
      if (c.key && c.label) {
        labels[pad ? pad + '.' + c.key : c.key] = c.label;
      }
      if (c.path && c.label) {
        labels[pad] = c.label;
      }
      if (c.components) {
        verzamelLabels(c.components, c.path ? pad + '.' : voorvoegsel);
      }
    });
  }

  // "afspraken[0].wat" → "Afspraken (1) · Wat": the form's own labels where it has them.
  function veldnaam(veld) {
    if (!veld) {
      return '';
    }
    const zonderNummers = veld.replace(/\[\d+\]/g, '');
    if (labels[zonderNummers] && zonderNummers === veld) {
      return labels[veld];
    }
    const delen = veld.split('.');
    let pad = '';
    return delen.map(function (deel) {
      const naam = deel.replace(/\[(\d+)\]$/, '');
      const nummer = deel.match(/\[(\d+)\]$/);
      pad = pad ? pad + '.' + naam : naam;
      return (labels[pad] || naam) + (nummer ? ' (' + (Number(nummer[1]) + 1) + ')' : '');
    }).join(' · ');
  }

  // An empty text field means "not filled in": sent as absent, as an API client would (a BSN of "" is not a BSN).
  function zonderLeeg(waarde) {
    if (Array.isArray(waarde)) {
      return waarde.map(zonderLeeg);
    }
    if (waarde && typeof waarde === 'object') {
      const schoon = {};
      Object.keys(waarde).forEach(function (k) {
        if (waarde[k] !== '' && waarde[k] !== null && waarde[k] !== undefined) {
          schoon[k] = zonderLeeg(waarde[k]);
        }
      });
      return schoon;
    }
    return waarde;
  }

  function daarna(antwoordJson) {
    return plek.dataset.daarna.replace(/\{(\w+)\}/g, function (_, veld) {
      return encodeURIComponent(antwoordJson && antwoordJson[veld] != null ? antwoordJson[veld] : '');
    });
  }

  async function verstuur(invoer) {
    if (bezig) {
      return;
    }
    bezig = true;
    try {
      const antwoord = await fetch(plek.dataset.verstuurNaar, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
          [csrfHeader]: csrfToken},
        body: JSON.stringify(invoer)
      });
      let json = null;
      try {
        json = await antwoord.json();
      } catch (e) {
        json = null;
      }
      if (antwoord.ok) {
        window.location.assign(daarna(json));
        return;
      }
      if (antwoord.status === 401) {
        toon('error', 'Je sessie is verlopen.', ['Meld je opnieuw aan in een ander tabblad en kies daarna hier '
            + 'opnieuw de knop; wat je hebt ingevuld staat nog op deze pagina.']);
        return;
      }
      const probleem = json || {};
      const regels = (probleem.fouten || []).map(function (f) {
        return f.veld ? veldnaam(f.veld) + ': ' + f.melding : f.melding;
      });
      toon('error', probleem.detail || probleem.title || 'Dat lukte niet.', regels);
    } catch (e) {
      toon('error', 'EenPlan is nu niet bereikbaar.', ['Er is niets opgeslagen. Probeer het zo nog eens.']);
    } finally {
      bezig = false;
    }
  }

  function knop(tekst, actie) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = 'versturen';
    b.className = 'utrecht-button utrecht-button--primary-action';
    b.textContent = tekst;
    b.addEventListener('click', actie);
    plek.parentNode.appendChild(b);
  }

  const knoptekst = plek.dataset.knop || 'Versturen';
  if (plek.dataset.zonderFormulier) {
    knop(knoptekst, function () {
      verstuur({});
    });
    return;
  }

  const schema = JSON.parse(document.getElementById('formulier-schema').textContent);
  const gegevens = JSON.parse(document.getElementById('formulier-gegevens').textContent);
  verzamelLabels(schema.components, '');
  const formulier = new FormViewer.Form({container: plek});
  formulier.importSchema(schema, gegevens).then(function () {
    knop(knoptekst, function () {
      const resultaat = formulier.submit();
      // form-js 1.8 keeps an empty entry for a field inside a list that was once wrong (bpmn-io/form-js#1494):
      // only fields with a message count.
      const fouten = Object.values(resultaat.errors || {}).filter(function (f) {
        return Array.isArray(f) ? f.length > 0 : Boolean(f);
      });
      if (fouten.length) {
        toon('error', 'Vul de gemarkeerde velden in.', []);
        return;
      }
      // Only what the form asks: what the page gave its texts and choices (the dossier number, the schools) is not input.
      const invoer = Object.assign({}, resultaat.data);
      Object.keys(gegevens).forEach(function (k) {
        if (!(k in labels)) {
          delete invoer[k];
        }
      });
      verstuur(zonderLeeg(invoer));
    });
  }).catch(function () {
    toon('error', 'Dit formulier kan niet worden getoond.', ['Meld dit bij procesbeheer.']);
  });
})();
