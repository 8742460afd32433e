// Makes and models written the way the garage, the VIN decoder and the recall notices write them
// ("Citroën", "CITROEN", "Citroen (DS)"; "308 II 1.6 BlueHDi", "Nouvelle 308", "308 SW"),
// reduced to keys that can be compared.

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Spellings of the same make, folded, to one key. */
const MAKE_ALIASES: Record<string, string> = {
  vw: 'volkswagen',
  'volkswagen vw': 'volkswagen',
  'mercedes benz': 'mercedes',
  'mercedes-benz': 'mercedes',
  'ds automobiles': 'ds',
  alfa: 'alfa romeo',
  'land rover': 'land rover',
  'range rover': 'land rover',
  'rolls royce': 'rolls royce',
  'automobiles peugeot': 'peugeot',
  'automobiles citroen': 'citroen',
  'renault sas': 'renault',
  'renault trucks': 'renault trucks',
  'dacia renault': 'dacia',
  'stellantis peugeot': 'peugeot',
  'skoda auto': 'skoda',
  'seat cupra': 'cupra',
  bmw: 'bmw',
  'bmw mini': 'mini',
};

export function makeKeyOf(make: string): string {
  const folded = fold(make);
  if (MAKE_ALIASES[folded]) return MAKE_ALIASES[folded];
  // "Peugeot (Stellantis)" → "peugeot"; keep two-word makes known above.
  const first = folded.split(' ')[0] ?? folded;
  return MAKE_ALIASES[first] ?? first;
}

/** Words of a model text that say nothing about which model it is. */
const NOISE = new Set([
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'et',
  'ou',
  'a',
  'en',
  'avec',
  'modele',
  'modeles',
  'vehicule',
  'vehicules',
  'voiture',
  'voitures',
  'version',
  'versions',
  'nouvelle',
  'nouveau',
  'new',
  'serie',
  'type',
  'tous',
  'toutes',
  'sw',
  'break',
  'berline',
  'coupe',
  'cabriolet',
  'hatchback',
  'ch',
  'cv',
  'kw',
  'hdi',
  'bluehdi',
  'tce',
  'dci',
  'tdi',
  'tsi',
  'puretech',
  'thp',
  'vti',
  'essence',
  'diesel',
  'hybride',
  'hybrid',
  'electrique',
  'automatique',
  'manuelle',
  'eat6',
  'eat8',
  'bvm',
  'bva',
  'edc',
  'dsg',
]);

/**
 * Distinctive tokens of a model text: model names and numbers ("308", "c3", "clio", "iv",
 * "model", "3"), without engine codes, body styles, displacements ("1", "6" of "1.6") or the make.
 */
export function modelTokensOf(models: string, make: string | null = null): string[] {
  const makeWords = new Set(make ? fold(make).split(' ') : []);
  const tokens = new Set<string>();
  for (const word of fold(models.slice(0, 2000)).split(' ')) {
    if (word.length === 0 || NOISE.has(word) || makeWords.has(word)) continue;
    // Displacements and power figures ("1 6", "120") are not model names; model numbers are
    // two to four digits with at least three characters ("208", "3008") or letter+digits ("c3").
    if (/^\d+$/.test(word) && (word.length < 3 || word.length > 4)) continue;
    tokens.add(word);
  }
  return [...tokens].slice(0, 40);
}
