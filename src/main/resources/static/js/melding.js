// An alert as EenPlan's pages show it (Utrecht alert): a title, bold when it heads a list of refusals, and an
// optional list of lines. The pages' scripts (formulier.js, klas.js, verzuim-inlezen.js, verzuimformulieren.js) build
// every alert with it.
window.EenPlanMelding = {
  blok: function (soort, titel, regels, vet) {
    'use strict';
    const blok = document.createElement('div');
    blok.className = 'utrecht-alert utrecht-alert--' + soort;
    const p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    if (vet) {
      const sterk = document.createElement('strong');
      sterk.textContent = titel;
      p.appendChild(sterk);
    } else {
      p.textContent = titel;
    }
    blok.appendChild(p);
    if (regels && regels.length) {
      const lijst = document.createElement('ul');
      lijst.className = 'eenplan-lijst';
      regels.forEach(function (regel) {
        const li = document.createElement('li');
        li.textContent = regel;
        lijst.appendChild(li);
      });
      blok.appendChild(lijst);
    }
    return blok;
  }
};
