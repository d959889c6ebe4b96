// The monitor dashboard (/monitor): reads the figures of /monitor/cijfers and draws a chart and a table per
// indicator. A file of its own, so the pages' Content-Security-Policy can forbid inline scripts.
// What each indicator means, in the words of docs/monitor.md.
const UITLEG = {
  signaalTotIntake: ["Van signaal tot intake", "Dagen tussen de aanmelding van een zorg en het intakegesprek."],
  intakeTotPlan: ["Van intake tot plan", "Dagen tussen het intakegesprek en het eerste doel in het plan van de leerling."],
  aanvraagTotStartArrangement: ["Van aanvraag tot start arrangement", "Dagen tussen de schriftelijke aanmelding voor een arrangement en de start ervan."],
  escalatieTotBeoordeling: ["Van escalatie tot beoordeling", "Dagen tussen een escalatie naar leerplicht en de beoordeling door de leerplichtambtenaar."],
  escalatiesPerReden: ["Escalaties per reden", "Hetzelfde, per reden van de escalatie: hoeveel en hoe snel beoordeeld."],
  zorgplichtBinnen6Weken: ["Zorgplicht binnen 6 weken", "Aandeel toelatingen waarover het schoolbestuur binnen 6 weken na de schriftelijke aanmelding besliste, of waarbij de leerling binnen 6 weken tijdelijk werd ingeschreven."],
  zorgplichtBinnen10Weken: ["Zorgplicht binnen 10 weken", "Idem, binnen de eenmaal met 4 weken verlengde termijn (10 weken)."],
  doelrealisatie: ["Doelrealisatie", "Aandeel doelen van afgesloten arrangementen dat bij de laatste evaluatie behaald was."],
  thuiszitters: ["Thuiszitters", "Thuiszitterstafels die sloten omdat de leerling terug is in onderwijs: hoeveel, en de dagen thuis (vanaf de eerste dag zonder onderwijs tot de terugkeer)."],
  thuiszittersTerugBinnen12Weken: ["Thuiszitters terug binnen 12 weken", "Aandeel thuiszitterstafels waarvan de leerling binnen 12 weken na de eerste dag thuis terug was in onderwijs (school of ander onderwijs)."],
  tlvTerugNaarRegulier: ["TLV: terug naar regulier onderwijs", "Aandeel toelaatbaarheidsverklaringen die in de periode eindigden (niet opgevolgd door een nieuwe) waarbij de leerling terugging naar het regulier onderwijs."],
  tevredenheidOuders: ["Tevredenheid ouders", "Gemiddeld cijfer (1–10) van ouders bij het afsluiten van een arrangement."],
  tevredenheidLeerling: ["Tevredenheid leerling", "Gemiddeld cijfer (1–10) van de leerling bij het afsluiten van een arrangement."],
  ervarenBaatOuders: ["Ervaren baat ouders", "Gemiddeld cijfer (1–10): heeft de hulp ouders geholpen?"],
  ervarenBaatLeerling: ["Ervaren baat leerling", "Gemiddeld cijfer (1–10): heeft de hulp de leerling geholpen?"],
  ingeschrevenNaOverstap: ["Ingeschreven na overstap", "Aandeel leerlingen dat op 1 oktober na een overstap ingeschreven en aanwezig was."],
  warmeOverdrachtVoorSchooljaar: ["Warme overdracht vóór het schooljaar", "Aandeel overstappen met ondersteuning waarvan de warme overdracht vóór 1 augustus plaatsvond."],
  uitval: ["Uitval", "Aandeel leerlingen dat zonder plek bleef: niet ingeschreven op 1 oktober na een overstap, of geen plek na een aanvraag voor een arrangement. Lager is beter."],
  termijnGehaald: ["Termijnen gehaald per processtap", "Aandeel taken met een termijn dat op tijd werd afgerond, per stap van een proces."]
};
const KLEUREN = ["#12436d", "#f0a202", "#2a9d8f", "#e76f51"];
const getal = (w, cijfers) => w == null ? "–" : w.toLocaleString("nl-NL", {maximumFractionDigits: cijfers});
const grafieken = [];

// Periods are a month or a school year (1 August to 31 July), nothing in between: see docs/monitor.md.
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
  "november", "december"];
// The school year (its first year) running today, on the Dutch date whatever the browser's time zone.
function lopendSchooljaar() {
  const [jaar, maand] = new Intl.DateTimeFormat("en-CA", {timeZone: "Europe/Amsterdam"}).format(new Date())
    .split("-").map(Number);
  return maand >= 8 ? jaar : jaar - 1;
}
const schooljaarCode = j => j + "-" + (j + 1);
const maandCode = (jaar, maand) => jaar + "-" + String(maand).padStart(2, "0");

// The school years from 2015 to the running one (and the one asked for, should it fall outside).
function vulSchooljaren(gekozen) {
  const lopend = lopendSchooljaar();
  schooljaar.replaceChildren();
  for (let j = Math.max(lopend, gekozen); j >= Math.min(2015, gekozen); j--) {
    schooljaar.add(new Option(schooljaarCode(j) + (j === lopend ? " (loopt nog)" : ""), j, false, j === gekozen));
  }
}

// The whole school year, or one of its months from August to July.
function vulMaanden(beginjaar, gekozen) {
  maand.replaceChildren(new Option("Heel het schooljaar", ""));
  for (let i = 0; i < 12; i++) {
    const m = (7 + i) % 12 + 1, jaar = m >= 8 ? beginjaar : beginjaar + 1;
    maand.add(new Option(MAANDEN[m - 1] + " " + jaar, maandCode(jaar, m), false, maandCode(jaar, m) === gekozen));
  }
}

// ?periode= as the API reads it; without one (or one that is no period) the last complete school year.
function kiesPeriode(code) {
  const m = /^(\d{4})-(\d{2})$/.exec(code || ""), j = /^(\d{4})-(\d{4})$/.exec(code || "");
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    const beginjaar = +m[2] >= 8 ? +m[1] : +m[1] - 1;
    vulSchooljaren(beginjaar);
    vulMaanden(beginjaar, code);
  } else {
    const beginjaar = j && +j[2] === +j[1] + 1 ? +j[1] : lopendSchooljaar() - 1;
    vulSchooljaren(beginjaar);
    vulMaanden(beginjaar, "");
  }
}

const periode = () => maand.value || schooljaarCode(+schooljaar.value);
function omschrijving() {
  if (maand.value) return "Periode: " + maand.selectedOptions[0].text + ".";
  const j = +schooljaar.value;
  return "Periode: schooljaar " + schooljaarCode(j) + " (1 augustus " + j + " tot en met 31 juli " + (j + 1) + ").";
}

// A split indicator (per step or reason) names the step; with more than one group, the group too.
const label = c => c.onderdeel == null ? c.groep : (per.value === "TOTAAL" ? c.onderdeel : c.onderdeel + " – " + c.groep);

function waarden(cel) {
  if (cel.eenheid === "dagen") return [["Mediaan (dagen)", cel.mediaan], ["90e percentiel (dagen)", cel.p90]];
  if (cel.eenheid === "aandeel") return [["Percentage", cel.waarde == null ? null : cel.waarde * 100]];
  return [["Gemiddeld cijfer", cel.waarde]];
}

function toon(cijfers) {
  grafieken.splice(0).forEach(g => g.destroy());
  const main = document.getElementById("indicatoren");
  main.replaceChildren();
  const perIndicator = new Map();
  cijfers.forEach(c => perIndicator.has(c.indicator) ? perIndicator.get(c.indicator).push(c) : perIndicator.set(c.indicator, [c]));
  // The order of the explanations above (the path of a pupil through the chain), then any new indicator.
  const volgorde = [...Object.keys(UITLEG).filter(i => perIndicator.has(i)),
    ...[...perIndicator.keys()].filter(i => !(i in UITLEG))];
  for (const indicator of volgorde) {
    const cellen = perIndicator.get(indicator);
    const [titel, uitleg] = UITLEG[indicator] || [indicator, ""];
    const sectie = document.createElement("section");
    sectie.id = "indicator-" + indicator;
    sectie.innerHTML = `<h2></h2><p></p><div class="grafiek"><canvas></canvas></div>`;
    sectie.querySelector("h2").textContent = titel;
    sectie.querySelector("p").textContent = uitleg;
    main.append(sectie);

    const reeksen = waarden(cellen[0]).map(([naam], i) => ({
      label: naam, backgroundColor: KLEUREN[i], data: cellen.map(c => waarden(c)[i][1])
    }));
    const eenheid = cellen[0].eenheid;
    grafieken.push(new Chart(sectie.querySelector("canvas"), {
      type: "bar",
      data: {labels: cellen.map(label), datasets: reeksen},
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {y: {beginAtZero: true, max: eenheid === "aandeel" ? 100 : eenheid === "cijfer 1-10" ? 10 : undefined}},
        plugins: {legend: {display: reeksen.length > 1}}
      }
    }));

    // The same figures as a table, for screen readers and for copying.
    const tabel = document.createElement("table");
    const kop = waarden(cellen[0]).map(([naam]) => `<th class="getal">${naam}</th>`).join("");
    tabel.innerHTML = `<caption class="visually-hidden"></caption><thead><tr><th>Groep</th><th class="getal">Aantal</th>`
      + `<th class="getal">Leerlingen</th>${kop}</tr></thead><tbody></tbody>`;
    tabel.querySelector("caption").textContent = titel;
    for (const c of cellen) {
      const rij = tabel.tBodies[0].insertRow();
      rij.insertCell().textContent = label(c);
      [c.aantal, c.leerlingen].forEach(w => Object.assign(rij.insertCell(), {className: "getal", textContent: getal(w, 0)}));
      if (c.onderdrukt) {
        const cel = rij.insertCell();
        cel.colSpan = waarden(c).length;
        cel.className = "onderdrukt getal";
        cel.textContent = "niet getoond (privacy)";
      } else {
        waarden(c).forEach(([, w]) => Object.assign(rij.insertCell(), {className: "getal", textContent: getal(w, 1)}));
      }
    }
    sectie.append(tabel);
  }
}

async function laad() {
  const status = document.getElementById("status");
  const query = new URLSearchParams({periode: periode(), per: per.value});
  document.getElementById("csv").href = "/monitor/cijfers.csv?" + query;
  history.replaceState(null, "", "?" + query);
  status.className = "";
  status.textContent = "Bezig met laden…";
  // With the session of the login page; a GET needs no CSRF token.
  const antwoord = await fetch("/monitor/cijfers?" + query, {headers: {Accept: "application/json"}, credentials: "same-origin"})
    .catch(fout => ({ok: false, status: fout.message, json: async () => ({})}));
  if (antwoord.status === 401) {
    // The session ended (30 minutes without activity): opening the page again leads through the login page.
    status.className = "fout";
    status.innerHTML = 'Je bent niet meer aangemeld. <a href="">Meld je opnieuw aan</a>.';
    return;
  }
  if (!antwoord.ok) {
    const probleem = await antwoord.json().catch(() => ({}));
    status.className = "fout";
    status.textContent = probleem.detail || ("De monitor kon niet worden geladen (" + antwoord.status + ").");
    return;
  }
  const cijfers = await antwoord.json();
  toon(cijfers);
  status.textContent = omschrijving() + (cijfers.length === 0 ? " Geen gegevens in deze periode." : "");
}

const schooljaar = document.getElementById("schooljaar"), maand = document.getElementById("maand"),
  per = document.getElementById("per");
const params = new URLSearchParams(location.search);
kiesPeriode(params.get("periode"));
per.value = params.get("per") || "SCHOOL";
schooljaar.addEventListener("change", () => vulMaanden(+schooljaar.value, ""));
document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); laad(); });
laad();
