// Regenerates src/CrossBorder.Domain/Data/Embedded/countries.json from the npm packages world-countries (mledoze/countries)
// and country-to-currency, plus the memberships below (EU law, EEA Agreement, GCC Charter). Run from a folder where
// `npm install world-countries@5.1.0 country-to-currency@3.0.1` was done:  node build-countries.js > countries.json
const countries = require("world-countries");
const toCurrencyModule = require("country-to-currency");
const toCurrency = toCurrencyModule.default || toCurrencyModule;

const eu = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const eea = eu.concat(["IS", "LI", "NO"]);
const gcc = "AE BH KW OM QA SA".split(" ");
// Union customs territory: the Member States (incl. the Article 6(1) VAT-excluded parts with their own ISO codes) and Monaco (UCC Art. 4).
const frenchOutermost = "GP GF MQ RE YT MF".split(" ");
const customs = eu.concat(["MC", "AX"], frenchOutermost);
// VAT territory: the Member States without the Article 6 territories, plus Monaco treated as France (Directive 2006/112/EC Art. 7).
const vatArea = eu.concat(["MC"]);
const excluded = {
  ES: ["Canary Islands", "Ceuta", "Melilla"],
  DE: ["Heligoland", "Büsingen am Hochrhein"],
  IT: ["Livigno", "Campione d'Italia", "Italian waters of Lake Lugano"],
  GR: ["Mount Athos"],
  FI: ["Åland Islands (AX)"],
  FR: ["Guadeloupe (GP)", "French Guiana (GF)", "Martinique (MQ)", "Réunion (RE)", "Mayotte (YT)", "Saint-Martin (MF)"],
};
const usCustomary = ["LR", "MM", "US"];
const imperial = ["GB"];

const records = countries
  .filter(c => c.cca2 !== "XK") // Kosovo has a user-assigned code, not an ISO 3166-1 one.
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map(c => {
    const memberships = [];
    if (eu.includes(c.cca2)) memberships.push("eu");
    if (customs.includes(c.cca2)) memberships.push("eu-customs-union");
    if (vatArea.includes(c.cca2)) memberships.push("eu-vat-area");
    if (eea.includes(c.cca2)) memberships.push("eea");
    if (gcc.includes(c.cca2)) memberships.push("gcc");
    const r = {
      code: c.cca2,
      alpha3: c.cca3,
      numeric: parseInt(c.ccn3, 10),
      name: c.name.common,
      currency: toCurrency[c.cca2],
      languages: Object.keys(c.languages || {}),
      measurement: usCustomary.includes(c.cca2) ? "us-customary" : imperial.includes(c.cca2) ? "imperial" : "metric",
    };
    if (r.currency === "XCG") {
      // ISO 4217 amendment 176: XCG replaced ANG on 2025-03-31 (same numeric code 532); the currencies table carries XCG, not ANG.
      r.note = "Caribbean guilder (XCG) since 2025-03-31 (ISO 4217 amendment 176); the Netherlands Antillean guilder (ANG) it replaced is withdrawn (legal tender until 2025-06-30).";
    }
    if (c.cca2 === "AQ") r.note = "No currency of its own; USD as given by country-to-currency.";
    if (memberships.length) r.memberships = memberships;
    if (excluded[c.cca2]) r.vatExcludedTerritories = excluded[c.cca2];
    r.source = memberships.some(m => m.startsWith("eu") || m === "eea") ? "countries+eu" : memberships.includes("gcc") ? "countries+gcc" : (memberships.length ? "countries+eu" : "countries");
    return r;
  });

const doc = {
  table: "countries",
  version: "2026.11.26",
  description: "All 249 ISO 3166-1 countries: alpha-2, alpha-3 and numeric codes, common English name, main ISO 4217 currency, official languages (ISO 639-3), everyday measurement system (CLDR) and memberships of the EU, the Union customs territory, the EU VAT area (with the territories Article 6 of the VAT Directive excludes), the EEA and the GCC.",
  key: ["code"],
  continuous: false,
  sources: {
    "countries": {
      title: "mledoze/countries 5.1.0 (world-countries on npm): ISO 3166-1 codes, common English names and official languages; main currency from country-to-currency 3.0.1; measurement system from Unicode CLDR supplemental measurementData (LR MM US: US customary; GB: UK imperial; else metric), UTS #35 part 6",
      address: "https://github.com/mledoze/countries",
      retrieved: "2026-11-25",
      kind: "secondary",
    },
    "countries+eu": {
      title: "As 'countries', plus EU membership (27 Member States), Union customs territory (Regulation (EU) No 952/2013 Art. 4, incl. Monaco), EU VAT area and excluded territories (Council Directive 2006/112/EC Arts 5-7) and EEA (EU + Iceland, Liechtenstein, Norway)",
      address: "https://eur-lex.europa.eu/eli/dir/2006/112/oj",
      retrieved: "2026-11-25",
      kind: "official",
    },
    "countries+gcc": {
      title: "As 'countries', plus membership of the Cooperation Council for the Arab States of the Gulf (UAE, Bahrain, Kuwait, Oman, Qatar, Saudi Arabia)",
      address: "https://www.gcc-sg.org/en",
      retrieved: "2026-11-25",
      kind: "official",
    },
  },
  records,
};
let out = JSON.stringify(doc, null, 2);
// one record per line, like currencies.json
out = out.replace(/\{\n\s+"code"[\s\S]*?\n\s{4}\}/g, m => m.replace(/\n\s+/g, " ").replace(/\[ /g, "[").replace(/ \]/g, "]").replace(/\{ /, "{").replace(/ \}$/, "}"));
console.log(out);
