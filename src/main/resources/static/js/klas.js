// The class upload page: sends the chosen CSV file to the API's class upload (with the session's CSRF token) and
// follows its progress every second until it is done, showing each refused line with its reason.
(function () {
  'use strict';

  const formulier = document.getElementById('klasformulier');
  const meldingen = document.getElementById('meldingen');
  const voortgang = document.getElementById('voortgang');
  const balk = document.getElementById('balk');
  const stand = document.getElementById('stand');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;

  function fout(tekst) {
    meldingen.replaceChildren(window.EenPlanMelding.blok('error', tekst));
  }

  function toon(upload) {
    voortgang.hidden = false;
    balk.max = Math.max(upload.regels, 1);
    balk.value = upload.verwerkt;
    const klaar = upload.status === 'KLAAR';
    stand.textContent = (klaar ? 'Klaar: ' : 'Bezig: ') + upload.verwerkt + ' van ' + upload.regels
        + ' regels verwerkt; ' + upload.gestart + ' overstappen gestart, ' + upload.overgeslagen
        + ' liepen al' + (upload.fouten.length ? ', ' + upload.fouten.length + ' regels niet gelukt.' : '.');
    const regels = document.getElementById('foutregels');
    regels.replaceChildren();
    upload.fouten.forEach(function (f) {
      const tr = document.createElement('tr');
      tr.className = 'utrecht-table__row';
      [String(f.regel), f.melding].forEach(function (waarde) {
        const td = document.createElement('td');
        td.className = 'utrecht-table__cell';
        td.textContent = waarde;
        tr.appendChild(td);
      });
      regels.appendChild(tr);
    });
    document.getElementById('fouten').hidden = upload.fouten.length === 0;
    return klaar;
  }

  async function volg(adres) {
    const antwoord = await fetch(adres, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (!antwoord.ok) {
      fout('De voortgang is niet op te vragen (' + antwoord.status + '). Kijk later bij de leerlingen.');
      return;
    }
    if (!toon(await antwoord.json())) {
      setTimeout(function () {
        volg(adres);
      }, 1000);
    }
  }

  formulier.addEventListener('submit', async function (e) {
    e.preventDefault();
    meldingen.replaceChildren();
    const bestand = document.getElementById('bestand').files[0];
    if (!bestand) {
      fout('Kies eerst het klassenbestand.');
      return;
    }
    document.getElementById('uploaden').disabled = true;
    try {
      const antwoord = await fetch('/api/overstappen/cohort', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'text/csv', 'Accept': 'application/json, application/problem+json',
          'X-Bestandsnaam': encodeURIComponent(bestand.name), [csrfHeader]: csrfToken},
        // The file itself, not its text: the browser sends it from disk, whatever its size.
        body: bestand
      });
      const json = await antwoord.json().catch(function () {
        return {};
      });
      if (antwoord.status === 202) {
        toon(json);
        volg(antwoord.headers.get('Location'));
      } else {
        const regels = (json.fouten || []).map(function (f) {
          return f.melding;
        });
        fout([json.detail || json.title || 'Het bestand is niet aangenomen.'].concat(regels).join(' '));
      }
    } catch (err) {
      fout('EenPlan is nu niet bereikbaar; er is niets gestart. Probeer het zo nog eens.');
    } finally {
      document.getElementById('uploaden').disabled = false;
    }
  });
})();
