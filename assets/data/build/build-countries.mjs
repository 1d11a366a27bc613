// One-off generator for assets/data/countries.json (kept so the data can be rebuilt and audited).
// Usage: npm pack countries-list@3.4.1 country-json@2.3.0 in a scratch folder, unpack both, then
//   node assets/data/build/build-countries.mjs <countries-list/package> <country-json/package>
// Sources and licences: assets/data/SOURCES-notes.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [clDir, cjDir] = process.argv.slice(2);
if (!clDir || !cjDir) throw new Error('usage: build-countries.mjs <countries-list dir> <country-json dir>');
const here = dirname(fileURLToPath(import.meta.url));
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

const countries = read(join(clDir, 'countries.min.json'));
const languages = read(join(clDir, 'languages.min.json'));
const currencies = read(join(clDir, 'currencies.min.json'));
const continents = read(join(clDir, 'continents.min.json'));
const population = read(join(cjDir, 'src/country-by-population.json'));
const region = read(join(cjDir, 'src/country-by-region-in-world.json'));
const demonyms = read(join(here, 'demonyms.json'));
const extra = read(join(here, 'aliases.json'));

// country-json names that differ from countries-list names.
const CJ_NAME = {
  CZ: 'Czech Republic', TR: 'Turkey', CV: 'Cape Verde', CD: 'The Democratic Republic of Congo', CG: 'Congo',
  FJ: 'Fiji Islands', VA: 'Holy See (Vatican City State)', FM: 'Micronesia, Federated States of', MO: 'Macao',
  VG: 'Virgin Islands, British', VI: 'Virgin Islands, U.S.', PN: 'Pitcairn', TF: 'French Southern territories',
  UM: 'United States Minor Outlying Islands',
};
const byName = (list, key, name) => list.find((r) => r.country === name)?.[key];
const emoji = (code) => String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));

const out = {};
for (const [code, c] of Object.entries(countries)) {
  const cjName = CJ_NAME[code] ?? c.name;
  const pop = byName(population, 'population', cjName);
  if (typeof pop !== 'number' || pop < 1000) continue; // uninhabited or missing: no bundled note
  const ex = extra[code];
  out[code] = {
    name: c.name,
    wiki: ex?.wiki ?? c.name,
    aliases: [...new Set([...(ex?.aliases ?? []), ...(c.alias ?? [])])].filter((a) => a !== c.name),
    demonyms: demonyms[code] ?? [],
    capital: c.capital || null,
    region: ex?.region ?? byName(region, 'location', cjName) ?? continents[c.continent] ?? null,
    continent: continents[c.continent] ?? null,
    population: pop,
    populationYear: 2018,
    languages: c.languages.map((l) => languages[l]?.name).filter(Boolean),
    currencies: c.currency.filter((k) => k !== 'USN' && k !== 'USS').map((k) => currencies[k]?.name ?? k),
    flag: emoji(code),
  };
}
writeFileSync(join(here, '..', 'countries.json'), JSON.stringify(out, null, 0).replace(/\},"/g, '},\n"') + '\n');
console.log(`${Object.keys(out).length} countries`);
