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
    meldingen.replaceChildren(window.EenPlanMelding.blok(soort, titel, regels, true));
    meldingen.setAttribute('tabindex', '-1');
    meldingen.focus();
  }

  // The form's labels by data path ("leerling.voornaam", "afspraken.wat"), to name a refused field as the user saw it.
  function verzamelLabels(componenten, voorvoegsel) {
    (componenten || []).forEach(function (c) {
      if (c.path) {
        const pad = voorvoegsel + c.path;
        if (c.label) {
          labels[pad] = c.label;
        }
        verzamelLabels(c.components, pad + '.');
      } else {
        const label = c.label || c.dateLabel;
        if (c.key && label) {
          labels[voorvoegsel + c.key] = label;
        }
        verzamelLabels(c.components, voorvoegsel);
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

  // form-js 1.8 has no translations: its messages and buttons are put in Dutch as they appear.
  const NEDERLANDS = [
    [/^Field is required\.$/, 'Vul dit veld in.'],
    [/^Value is not a number\.$/, 'Vul een getal in.'],
    [/^Value is expected to be an integer\.$/, 'Vul een heel getal in.'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Gebruik hoogstens $1 cijfers achter de komma.'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      'Kies een geldige waarde; de dichtstbijzijnde zijn $1 en $2.'],
    [/^Field must match pattern .*$/, 'Dit heeft niet de goede vorm.'],
    [/^Field must have minimum value of (.+)\.$/, 'De waarde is minstens $1.'],
    [/^Field must have maximum value of (.+)\.$/, 'De waarde is hoogstens $1.'],
    [/^Field must have minimum length of (.+)\.$/, 'Vul minstens $1 tekens in.'],
    [/^Field must have maximum length of (.+)\.$/, 'Gebruik hoogstens $1 tekens.'],
    [/^Field must be a valid +international phone number.*$/,
      'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31612345678).'],
    [/^Field must be a valid email\.$/, 'Vul een geldig e-mailadres in.'],
    [/^Add new$/, 'Toevoegen'],
    [/^Remove list item$/, 'Rij verwijderen'],
    [/^Search$/, 'Zoeken'],
    [/^Select$/, 'Kies']
  ];

  function inHetNederlands(tekst) {
    const schoon = tekst.trim();
    for (const [patroon, vertaling] of NEDERLANDS) {
      if (patroon.test(schoon)) {
        return tekst.replace(schoon, schoon.replace(patroon, vertaling));
      }
    }
    return null;
  }

  function vertaal(wortel) {
    const lopen = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT);
    let knoop;
    while ((knoop = lopen.nextNode())) {
      const nl = inHetNederlands(knoop.nodeValue);
      if (nl !== null && nl !== knoop.nodeValue) {
        knoop.nodeValue = nl;
      }
    }
    wortel.querySelectorAll('[aria-label], [placeholder], [title]').forEach(function (el) {
      ['aria-label', 'placeholder', 'title'].forEach(function (attr) {
        const waarde = el.getAttribute(attr);
        const nl = waarde === null ? null : inHetNederlands(waarde);
        if (nl !== null && nl !== waarde) {
          el.setAttribute(attr, nl);
        }
      });
    });
  }

  new MutationObserver(function () {
    vertaal(plek);
  }).observe(plek, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['aria-label', 'placeholder', 'title']});

  const schema = JSON.parse(document.getElementById('formulier-schema').textContent);
  const gegevens = JSON.parse(document.getElementById('formulier-gegevens').textContent);
  verzamelLabels(schema.components, '');
  // Every keystroke goes into the form's data at once (form-js delays it 300 ms by default). With the delay, a field
  // whose own delayed update arrives later (a number field re-sends its value 300 ms after Tab) re-draws the form
  // while the next field's text still waits, and form-js puts that field back to the stored empty value: typing
  // "7", Tab, "Anna" quickly left the parent's name empty. EenPlan's forms are small; nothing needs the delay.
  const formulier = new FormViewer.Form({container: plek, debounce: false});
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
