// The page to read in absence from the LAS: sends the chosen CSV file to the API's absence import for the chosen
// school (with the session's CSRF token) and shows what the answer counts and every line with a mistake.
(function () {
  'use strict';

  const formulier = document.getElementById('verzuimformulier');
  if (!formulier) {
    return;
  }
  const meldingen = document.getElementById('meldingen');
  const uitkomst = document.getElementById('uitkomst');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;

  // The answer's counts in the order and words a school uses (docs/verzuimimport.md, "Het antwoord").
  const TELLING = [
    ['regelsGelezen', 'Regels gelezen (zonder de kop)'],
    ['leerlingenGevonden', 'Leerlingen met een dossier in EenPlan'],
    ['leerlingenZonderDossier', 'Leerlingen zonder dossier in EenPlan: overgeslagen, niets bewaard'],
    ['leerlingenNietOpgeslagen', 'Leerlingen met een fout: niets van hen opgeslagen'],
    ['dagenOpgeslagen', 'Dagen verzuim opgeslagen (nieuw of verbeterd)'],
    ['dagenOngewijzigd', 'Dagen die EenPlan al zo had'],
    ['regelsGeoorloofd', 'Regels geoorloofd of ziek: geteld, niet opgeslagen'],
    ['regelsDubbel', 'Regels die precies dubbel stonden'],
    ['meldingenKlaargezet', 'Verzuimmeldingen klaargezet'],
    ['meldingenTeLaat', 'Waarvan te laat']
  ];

  function fout(tekst, regels) {
    meldingen.replaceChildren(window.EenPlanMelding.blok('error', tekst, regels));
  }

  function toon(resultaat) {
    uitkomst.hidden = false;
    const fouten = resultaat.fouten || [];
    document.getElementById('samenvatting').textContent = fouten.length === 0
        ? 'Klaar: alle regels zijn goed ingelezen.'
        : 'Klaar, maar ' + fouten.length + (fouten.length === 1 ? ' regel heeft' : ' regels hebben')
          + ' een fout. De leerlingen zonder fouten zijn wel verwerkt. Verbeter de regels hieronder en lees het '
          + 'bestand opnieuw in.';
    const telling = document.getElementById('telling');
    telling.replaceChildren();
    TELLING.forEach(function ([veld, tekst]) {
      const rij = document.createElement('div');
      rij.className = 'utrecht-data-list__item';
      const dt = document.createElement('dt');
      dt.className = 'utrecht-data-list__item-key';
      dt.textContent = tekst;
      const dd = document.createElement('dd');
      dd.className = 'utrecht-data-list__item-value';
      dd.id = 'telling-' + veld;
      dd.textContent = String(resultaat[veld] == null ? 0 : resultaat[veld]);
      rij.append(dt, dd);
      telling.appendChild(rij);
    });
    const regels = document.getElementById('foutregels');
    regels.replaceChildren();
    fouten.forEach(function (f) {
      const tr = document.createElement('tr');
      tr.className = 'utrecht-table__row';
      [String(f.regel), f.veld || '', f.melding].forEach(function (waarde) {
        const td = document.createElement('td');
        td.className = 'utrecht-table__cell';
        td.textContent = waarde;
        tr.appendChild(td);
      });
      regels.appendChild(tr);
    });
    document.getElementById('fouten').hidden = fouten.length === 0;
  }

  formulier.addEventListener('submit', async function (e) {
    e.preventDefault();
    meldingen.replaceChildren();
    uitkomst.hidden = true;
    const bestand = document.getElementById('bestand').files[0];
    if (!bestand) {
      fout('Kies eerst het verzuimbestand.');
      return;
    }
    const school = document.getElementById('school').value;
    const knop = document.getElementById('inlezen');
    knop.disabled = true;
    try {
      const antwoord = await fetch('/api/scholen/' + encodeURIComponent(school) + '/verzuim/import', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'text/csv', 'Accept': 'application/json, application/problem+json',
          [csrfHeader]: csrfToken},
        body: await bestand.text()
      });
      const json = await antwoord.json().catch(function () {
        return {};
      });
      if (antwoord.ok || (antwoord.status === 400 && json.regelsGelezen != null)) {
        // 400 with the counts: some lines had a mistake, the others were stored.
        toon(json);
      } else if (antwoord.status === 401) {
        fout('Je sessie is verlopen. Meld je opnieuw aan en lees het bestand dan opnieuw in; er is niets opgeslagen.');
      } else {
        const regels = (json.fouten || []).map(function (f) {
          return f.melding;
        });
        fout((json.detail || json.title || 'Het bestand is niet ingelezen.') + ' Er is niets opgeslagen.', regels);
      }
    } catch (err) {
      fout('EenPlan is nu niet bereikbaar; er is niets ingelezen. Probeer het zo nog eens.');
    } finally {
      knop.disabled = false;
    }
  });
})();
