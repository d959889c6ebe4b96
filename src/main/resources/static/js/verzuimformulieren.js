// The forms that send to EenPlan's API from a page: the Verzuim section of a pupil's page (return to school, overig
// verzuim, leave, exemptions, ziekmelding, betermelding) and the school's calendar (a period, removing one, the
// lesrooster). Each sends its fields as JSON with the session's CSRF token, as every page does. The API checks; a
// refusal shows its Dutch message next to the field it is about (problem+json "fouten", by the field's name) and the
// rest above the form; everything typed stays. After a success the page shows the new state.
//
// A form says where to send under the pupil's dossier (the section names it in data-dossier) or under the school
// (data-school) in the API (data-adres, e.g. "verlof"), how (data-methode, POST by default) and what to say after
// (data-gelukt), or its path from the API's root (data-api, e.g. "tlvs/5/terug-naar-regulier"); the form or its section may
// name where the page returns to (data-anker). An empty field is sent as
// absent, as an API client would; a field named "lessen.maandag" is sent as {"lessen": {"maandag": …}}; a field with
// data-getal as a number (5,5 or 5.5). A required choice left empty is asked for at the field, without sending.
(function () {
  'use strict';

  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const BERICHT = 'eenplan-verzuimbericht';

  // What the last form on this page did, shown once after the page came back with the new state: in the section the
  // page returned to (its anchor), where a page has several.
  const anker = window.location.hash ? document.getElementById(window.location.hash.substring(1)) : null;
  const vak = anker ? anker.closest('[data-dossier], [data-school]') : null;
  const bericht = (vak && vak.querySelector('.eenplan-formulierbericht'))
      || document.querySelector('.eenplan-formulierbericht');
  const opgeslagen = window.sessionStorage.getItem(BERICHT);
  if (opgeslagen && bericht) {
    window.sessionStorage.removeItem(BERICHT);
    bericht.appendChild(window.EenPlanMelding.blok('ok', opgeslagen));
  }

  function wisFouten(formulier) {
    formulier.querySelectorAll('.eenplan-veldfout').forEach(function (m) {
      m.remove();
    });
    formulier.querySelectorAll('[aria-invalid]').forEach(function (veld) {
      veld.removeAttribute('aria-invalid');
      veld.classList.remove('utrecht-textbox--invalid', 'utrecht-select--invalid');
      veld.closest('.utrecht-form-field').classList.remove('utrecht-form-field--invalid');
      const beschreven = (veld.getAttribute('aria-describedby') || '').split(' ')
          .filter(function (id) {
            return id && !id.endsWith('-fout');
          });
      if (beschreven.length) {
        veld.setAttribute('aria-describedby', beschreven.join(' '));
      } else {
        veld.removeAttribute('aria-describedby');
      }
    });
    formulier.querySelector('.eenplan-formulierfout').replaceChildren();
  }

  function samenvatting(formulier, titel, regels) {
    formulier.querySelector('.eenplan-formulierfout')
        .replaceChildren(window.EenPlanMelding.blok('error', titel, regels, true));
  }

  // The message under the field's label, tied to the field for a screen reader (aria-describedby).
  function bijVeld(veld, melding) {
    const veldvak = veld.closest('.utrecht-form-field');
    veldvak.classList.add('utrecht-form-field--invalid');
    let tekst = veldvak.querySelector('.eenplan-veldfout');
    if (!tekst) {
      tekst = document.createElement('p');
      tekst.className = 'utrecht-form-field-error-message eenplan-veldfout';
      tekst.id = veld.id + '-fout';
      veld.parentNode.insertBefore(tekst, veld);
    }
    tekst.textContent = tekst.textContent ? tekst.textContent + ' ' + melding : melding;
    veld.setAttribute('aria-invalid', 'true');
    veld.classList.add(veld.tagName === 'SELECT' ? 'utrecht-select--invalid' : 'utrecht-textbox--invalid');
    const beschreven = (veld.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (!beschreven.includes(tekst.id)) {
      veld.setAttribute('aria-describedby', beschreven.concat(tekst.id).join(' '));
    }
  }

  // A date as Dutch people write it (dd-mm-jjjj; also with / or .), whatever the browser's language: 02-03-2014 is
  // never 3 February. The API gets it as 2014-03-02; null when it is no date.
  function isoDatum(tekst) {
    const delen = tekst.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
    if (!delen) {
      return null;
    }
    const dag = Number(delen[1]);
    const maand = Number(delen[2]);
    const jaar = Number(delen[3]);
    const datum = new Date(Date.UTC(jaar, maand - 1, dag));
    if (datum.getUTCFullYear() !== jaar || datum.getUTCMonth() !== maand - 1 || datum.getUTCDate() !== dag) {
      return null;
    }
    return datum.toISOString().substring(0, 10);
  }

  // A number as Dutch people write it (5,5) or as the API does (5.5); null when it is no number.
  function getal(tekst) {
    const schoon = tekst.replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(schoon) ? Number(schoon) : null;
  }

  // Puts a value in the JSON under its field's name; "lessen.maandag" in an object "lessen".
  function zet(json, naam, waarde) {
    const delen = naam.split('.');
    let plek = json;
    delen.slice(0, -1).forEach(function (deel) {
      plek[deel] = plek[deel] || {};
      plek = plek[deel];
    });
    plek[delen[delen.length - 1]] = waarde;
  }

  // The form's fields as the API's JSON, and the fields whose input cannot be sent (no date, no number, no choice),
  // each with what to do (shown at the field, not sent).
  function invoer(formulier) {
    const json = {};
    const fout = [];
    Array.from(formulier.elements).forEach(function (veld) {
      if (!veld.name || veld.disabled || ((veld.type === 'radio' || veld.type === 'checkbox') && !veld.checked)) {
        return;
      }
      const waarde = veld.value.trim();
      if (waarde === '') {
        if (veld.tagName === 'SELECT' && veld.required) {
          fout.push({veld: veld, melding: 'Maak een keuze.'});
        }
        return;
      }
      if ('datum' in veld.dataset) {
        const iso = isoDatum(waarde);
        if (iso === null) {
          fout.push({veld: veld, melding: 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 02-11-2026.'});
        } else {
          zet(json, veld.name, iso);
        }
      } else if ('getal' in veld.dataset) {
        const n = getal(waarde);
        if (n === null) {
          fout.push({veld: veld, melding: 'Vul een getal in, bijvoorbeeld 5 of 5,5.'});
        } else {
          zet(json, veld.name, n);
        }
      } else {
        zet(json, veld.name, waarde);
      }
    });
    return {json: json, fout: fout};
  }

  async function verstuur(formulier) {
    const knop = formulier.querySelector('button[type="submit"]');
    wisFouten(formulier);
    const gelezen = invoer(formulier);
    if (gelezen.fout.length) {
      gelezen.fout.forEach(function (f) {
        bijVeld(f.veld, f.melding);
      });
      samenvatting(formulier, 'Controleer de invoer.', []);
      gelezen.fout[0].veld.focus();
      return;
    }
    knop.disabled = true;
    try {
      const plek = formulier.closest('[data-dossier], [data-school]');
      const basis = plek.dataset.dossier ? '/api/dossiers/' + encodeURIComponent(plek.dataset.dossier)
          : '/api/scholen/' + encodeURIComponent(plek.dataset.school);
      // A form about something other than the dossier or school (a TLV, an arrangement) names its own API path.
      const antwoord = await fetch(formulier.dataset.api ? '/api/' + formulier.dataset.api
          : basis + '/' + formulier.dataset.adres, {
        method: formulier.dataset.methode || 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
          [csrfHeader]: csrfToken},
        body: JSON.stringify(gelezen.json)
      });
      const json = await antwoord.json().catch(function () {
        return null;
      });
      if (antwoord.ok) {
        const opmerking = json && json.opmerking ? ' ' + json.opmerking : '';
        window.sessionStorage.setItem(BERICHT, (formulier.dataset.gelukt || 'Opgeslagen.') + opmerking);
        window.history.replaceState(null, '', window.location.pathname + window.location.search + '#'
            + (formulier.dataset.anker || plek.dataset.anker || 'kop-verzuim'));
        window.location.reload();
        return;
      }
      if (antwoord.status === 401) {
        samenvatting(formulier, 'Je sessie is verlopen.', ['Meld je opnieuw aan in een ander tabblad en kies daarna '
            + 'hier opnieuw de knop; wat je hebt ingevuld staat nog op deze pagina.']);
        formulier.querySelector('.eenplan-formulierfout').focus();
        return;
      }
      const probleem = json || {};
      const overig = [];
      let eerste = null;
      (probleem.fouten || []).forEach(function (f) {
        const veld = f.veld ? formulier.elements.namedItem(f.veld) : null;
        if (veld && veld.id && veld.type !== 'hidden') {
          bijVeld(veld, f.melding);
          eerste = eerste || veld;
        } else {
          overig.push(f.melding);
        }
      });
      samenvatting(formulier, probleem.detail || probleem.title || 'Dat lukte niet.', overig);
      (eerste || formulier.querySelector('.eenplan-formulierfout')).focus();
    } catch (e) {
      samenvatting(formulier, 'EenPlan is nu niet bereikbaar.', ['Er is niets opgeslagen. Probeer het zo nog eens.']);
    } finally {
      knop.disabled = false;
    }
  }

  // A moment someone proposed (the family's, for an MDO's new date) fills the form's date field: the form still sends.
  document.querySelectorAll('button.eenplan-vul-datum').forEach(function (knop) {
    knop.addEventListener('click', function () {
      const veld = knop.closest('form').elements.namedItem('datum');
      veld.value = knop.dataset.vul;
      veld.focus();
    });
  });

  document.querySelectorAll('form.eenplan-apiformulier').forEach(function (formulier) {
    formulier.addEventListener('submit', function (e) {
      e.preventDefault();
      verstuur(formulier);
    });
  });
})();
