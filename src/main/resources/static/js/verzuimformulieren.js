// The forms in the Verzuim section of a pupil's page (return to school, overig verzuim, leave, ziekmelding,
// betermelding): each sends its fields as JSON to EenPlan's API with the session's CSRF token, as every page does.
// The API checks; a refusal shows its Dutch message next to the field it is about (problem+json "fouten", by the
// field's name) and the rest above the form; everything typed stays. After a success the page shows the new state.
//
// A form says where to send under the pupil's dossier in the API (data-adres, e.g. "verlof"; the section names the
// dossier in data-dossier), how (data-methode, POST by default) and what to say after (data-gelukt). An empty field
// is sent as absent, as an API client would.
(function () {
  'use strict';

  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const BERICHT = 'eenplan-verzuimbericht';

  // What the last form on this page did, shown once after the page came back with the new state.
  const bericht = document.getElementById('verzuim-bericht');
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

  // The form's fields as the API's JSON, and the fields whose input is no date at all (shown at the field, not sent).
  function invoer(formulier) {
    const json = {};
    const fout = [];
    Array.from(formulier.elements).forEach(function (veld) {
      if (!veld.name || veld.disabled || ((veld.type === 'radio' || veld.type === 'checkbox') && !veld.checked)) {
        return;
      }
      const waarde = veld.value.trim();
      if (waarde === '') {
        return;
      }
      if ('datum' in veld.dataset) {
        const iso = isoDatum(waarde);
        if (iso === null) {
          fout.push(veld);
        } else {
          json[veld.name] = iso;
        }
      } else {
        json[veld.name] = waarde;
      }
    });
    return {json: json, fout: fout};
  }

  async function verstuur(formulier) {
    const knop = formulier.querySelector('button[type="submit"]');
    wisFouten(formulier);
    const gelezen = invoer(formulier);
    if (gelezen.fout.length) {
      gelezen.fout.forEach(function (veld) {
        bijVeld(veld, 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 02-11-2026.');
      });
      samenvatting(formulier, 'Controleer de invoer.', []);
      gelezen.fout[0].focus();
      return;
    }
    knop.disabled = true;
    try {
      const dossier = formulier.closest('[data-dossier]').dataset.dossier;
      const antwoord = await fetch('/api/dossiers/' + encodeURIComponent(dossier) + '/' + formulier.dataset.adres, {
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
        window.history.replaceState(null, '', window.location.pathname + '#kop-verzuim');
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

  document.querySelectorAll('form.eenplan-apiformulier').forEach(function (formulier) {
    formulier.addEventListener('submit', function (e) {
      e.preventDefault();
      verstuur(formulier);
    });
  });
})();
