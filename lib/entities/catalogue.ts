/**
 * Companies, funds, people, products and publications DealLens recognises, with the names and epithets news uses for
 * them. A publication is never a party to a deal: only claims about who reported a story name one.
 */
export interface Entity {
  id: string;
  name: string;
  kind: 'company' | 'fund' | 'person' | 'product' | 'chip' | 'publication';
  /** Exact-case names ("Amazon.com Inc.", "AMZN"). */
  aliases: string[];
  /** Descriptions matched in any case ("the e-commerce giant", "the ChatGPT maker"). */
  epithets?: string[];
  /**
   * Words for the kind of company it is ("retailer"): "the retailer" is it only where the sentence or the one before
   * names it and no other company of that kind DealLens knows.
   */
  nouns?: string[];
  /** A young, privately held company: what "the startup" can refer to. */
  startup?: boolean;
  /** A division or product counts as its parent for claims ("AWS" is Amazon). */
  partOf?: string;
}

/** "Middle Eastern sovereign wealth funds", "state-backed funds in Abu Dhabi", "Gulf sovereign investors", and the like. */
function sovereignFundEpithets(): string[] {
  const places = ['Middle East', 'Middle Eastern', 'Gulf', 'Abu Dhabi', 'Saudi', 'Emirati', 'Qatari'];
  const kinds = ['sovereign wealth', 'sovereign-wealth', 'sovereign', 'state-backed', 'state-owned', 'state'];
  const nouns = ['funds', 'fund', 'investors'];
  const where = [
    'the Middle East',
    'Middle East',
    'the Gulf',
    'Abu Dhabi',
    'Saudi Arabia',
    'Qatar',
    'the UAE',
    'the United Arab Emirates',
  ];
  const out: string[] = [];
  for (const k of kinds)
    for (const n of nouns) {
      for (const p of places) out.push(`${p} ${k} ${n}`);
      for (const w of where) out.push(`${k} ${n} in ${w}`, `${k} ${n} from ${w}`, `${k} ${n} of ${w}`);
    }
  return out;
}

export const ENTITIES: Entity[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    kind: 'company',
    aliases: ['Amazon.com, Inc.', 'Amazon.com Inc.', 'Amazon.com Inc', 'Amazon.com', 'Amazon', 'AMZN'],
    epithets: [
      'the e-commerce giant',
      'e-commerce giant',
      'the e-commerce and cloud computing giant',
      'the online retailer',
      'the retail giant',
      'the Seattle-based company',
    ],
    nouns: ['retailer'],
  },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    kind: 'company',
    aliases: ['Amazon Web Services', 'AWS'],
    partOf: 'amazon',
  },
  {
    id: 'openai',
    name: 'OpenAI',
    kind: 'company',
    startup: true,
    aliases: ['OpenAI', 'Open AI'],
    epithets: [
      'the ChatGPT maker',
      'ChatGPT maker',
      'ChatGPT-maker',
      'the ChatGPT-maker',
      'the company behind ChatGPT',
      'lab behind ChatGPT',
      'startup behind ChatGPT',
      'the maker of ChatGPT',
      'the ChatGPT developer',
      'the ChatGPT creator',
    ],
  },
  { id: 'chatgpt', name: 'ChatGPT', kind: 'product', aliases: ['ChatGPT'], partOf: 'openai' },
  {
    id: 'anthropic',
    name: 'Anthropic',
    kind: 'company',
    startup: true,
    aliases: ['Anthropic'],
    epithets: [
      'the Claude maker',
      'Claude maker',
      'the maker of Claude',
      'company behind Claude',
      'startup behind Claude',
    ],
  },
  {
    id: 'softbank',
    name: 'SoftBank',
    kind: 'company',
    aliases: [
      'SoftBank Group Corp.',
      'SoftBank Group Corp',
      'SoftBank Group',
      'SoftBank',
      'Softbank',
      'SoftBank Vision Fund',
    ],
    epithets: ['the Japanese conglomerate', 'the Japanese technology conglomerate', 'the Japanese investment giant'],
  },
  {
    id: 'nvidia',
    name: 'Nvidia',
    kind: 'company',
    aliases: ['Nvidia Corp.', 'Nvidia Corporation', 'Nvidia', 'NVIDIA', 'NVDA'],
    epithets: ['the chipmaker', 'the chip giant'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    kind: 'company',
    aliases: ['Microsoft Corp.', 'Microsoft Corporation', 'Microsoft', 'MSFT'],
  },
  { id: 'azure', name: 'Microsoft Azure', kind: 'company', aliases: ['Microsoft Azure', 'Azure'], partOf: 'microsoft' },
  { id: 'google', name: 'Google', kind: 'company', aliases: ['Alphabet Inc.', 'Alphabet', 'Google Cloud', 'Google'] },
  { id: 'oracle', name: 'Oracle', kind: 'company', aliases: ['Oracle'] },
  { id: 'intel', name: 'Intel', kind: 'company', aliases: ['Intel'] },
  { id: 'xai', name: 'xAI', kind: 'company', startup: true, aliases: ['xAI'] },
  { id: 'meta', name: 'Meta', kind: 'company', aliases: ['Meta Platforms', 'Meta'] },
  { id: 'whole-foods', name: 'Whole Foods', kind: 'company', aliases: ['Whole Foods Market', 'Whole Foods'] },
  { id: 'wework', name: 'WeWork', kind: 'company', aliases: ['WeWork', 'We Company'] },
  { id: 'uber', name: 'Uber', kind: 'company', aliases: ['Uber'] },
  { id: 'blue-owl', name: 'Blue Owl Capital', kind: 'fund', aliases: ['Blue Owl Capital', 'Blue Owl'] },
  { id: 'thrive-capital', name: 'Thrive Capital', kind: 'fund', aliases: ['Thrive Capital', 'Thrive'] },
  { id: 'stargate', name: 'Stargate', kind: 'company', aliases: ['Stargate'] },
  {
    id: 'middle-east-funds',
    name: 'Middle Eastern sovereign wealth funds',
    kind: 'fund',
    aliases: [
      "Saudi Arabia's Public Investment Fund",
      'Saudi Arabia’s Public Investment Fund',
      'Public Investment Fund',
      'PIF',
      'MGX',
      'Mubadala',
      'Qatar Investment Authority',
      'QIA',
    ],
    epithets: sovereignFundEpithets(),
  },
  {
    id: 'trainium',
    name: 'Trainium',
    kind: 'chip',
    aliases: ['Trainium2', 'Trainium 2', 'Trainium3', 'Trainium 3', 'Trainium'],
  },
  { id: 'inferentia', name: 'Inferentia', kind: 'chip', aliases: ['Inferentia2', 'Inferentia 2', 'Inferentia'] },
  { id: 'andy-jassy', name: 'Andy Jassy', kind: 'person', aliases: ['Andy Jassy', 'Jassy'] },
  { id: 'sam-altman', name: 'Sam Altman', kind: 'person', aliases: ['Sam Altman', 'Altman'] },
  { id: 'masayoshi-son', name: 'Masayoshi Son', kind: 'person', aliases: ['Masayoshi Son'] },
  { id: 'jensen-huang', name: 'Jensen Huang', kind: 'person', aliases: ['Jensen Huang', 'Huang'] },
  { id: 'satya-nadella', name: 'Satya Nadella', kind: 'person', aliases: ['Satya Nadella', 'Nadella'] },
  { id: 'beth-galetti', name: 'Beth Galetti', kind: 'person', aliases: ['Beth Galetti', 'Galetti'] },
  { id: 'david-chen', name: 'David Chen', kind: 'person', aliases: ['David Chen'] },
  { id: 'maya-rodriguez', name: 'Maya Rodriguez', kind: 'person', aliases: ['Maya Rodriguez'] },
  { id: 'arjun-patel', name: 'Arjun Patel', kind: 'person', aliases: ['Arjun Patel'] },
  { id: 'rebecca-shaw', name: 'Rebecca Shaw', kind: 'person', aliases: ['Rebecca Shaw'] },
  { id: 'daniel-brooks', name: 'Daniel Brooks', kind: 'person', aliases: ['Daniel Brooks'] },
  ...publications(),
];

/** News outlets, by the names their own and other articles give them ("the Journal" alone is too ambiguous). */
function publications(): Entity[] {
  const outlets: [string, string, string[]][] = [
    ['wsj', 'The Wall Street Journal', ['The Wall Street Journal', 'Wall Street Journal', 'Wall St. Journal', 'WSJ']],
    ['the-information', 'The Information', ['The Information']],
    ['reuters', 'Reuters', ['Thomson Reuters', 'Reuters']],
    ['bloomberg', 'Bloomberg', ['Bloomberg News', 'Bloomberg']],
    ['cnbc', 'CNBC', ['CNBC']],
    ['financial-times', 'Financial Times', ['The Financial Times', 'Financial Times', 'FT']],
    ['nyt', 'The New York Times', ['The New York Times', 'New York Times', 'NYT']],
    ['washington-post', 'The Washington Post', ['The Washington Post', 'Washington Post']],
    ['associated-press', 'The Associated Press', ['The Associated Press', 'Associated Press']],
    ['axios', 'Axios', ['Axios']],
    ['semafor', 'Semafor', ['Semafor']],
    ['techcrunch', 'TechCrunch', ['TechCrunch']],
    ['the-verge', 'The Verge', ['The Verge']],
    ['business-insider', 'Business Insider', ['Business Insider']],
    ['fortune', 'Fortune', ['Fortune']],
    ['forbes', 'Forbes', ['Forbes']],
    ['cnn', 'CNN', ['CNN']],
    ['bbc', 'BBC', ['BBC News', 'BBC']],
    ['the-guardian', 'The Guardian', ['The Guardian']],
    ['marketwatch', 'MarketWatch', ['MarketWatch']],
    ['barrons', "Barron's", ["Barron's"]],
    ['the-economist', 'The Economist', ['The Economist']],
    ['politico', 'Politico', ['Politico']],
    ['geekwire', 'GeekWire', ['GeekWire']],
    ['nikkei-asia', 'Nikkei Asia', ['Nikkei Asia']],
  ];
  return outlets.map(([id, name, aliases]) => ({ id, name, kind: 'publication', aliases }));
}

const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

export function entityById(id: string): Entity | undefined {
  return BY_ID.get(id);
}

export function entityName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}

/** The id claims use for an entity: a division resolves to its parent ("aws" -> "amazon"). */
export function canonicalId(id: string): string {
  const e = BY_ID.get(id);
  return e?.partOf && e.kind !== 'product' ? e.partOf : id;
}
