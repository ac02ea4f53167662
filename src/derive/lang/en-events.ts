/**
 * English words that report a happening, and the page furniture around an
 * article. Dictionaries: 229 trigger word forms in 20 entries over the 9
 * kinds; 51 abbreviations; about 30 boilerplate openings; 150 demonyms,
 * capitals and other names standing for a country; 46 names of 35
 * organisations; 58 titles; 83 capitalised words that are not names.
 * Country names themselves come from `Intl.DisplayNames` (see ../actors.ts).
 */
import type { EventGrammar, Trigger } from './grammar.js';

interface Entry {
  kind: string;
  re: RegExp;
  verb: boolean;
  /** A verb whose object names the happening: "signed a deal" is a deal, "held talks" a meeting. */
  light?: boolean;
  reporting?: boolean;
}

const w = (words: string): RegExp => new RegExp(`\\b(?:${words.trim().split(/\s+/).join('|')})\\b`, 'gi');
const verb = (kind: string, words: string, flag?: 'light' | 'reporting'): Entry => ({
  kind,
  re: w(words),
  verb: true,
  light: flag === 'light',
  reporting: flag === 'reporting',
});
const noun = (kind: string, words: string): Entry => ({ kind, re: w(words), verb: false });
/** Each entry's word forms, separated by white space; each form is a regular expression. */
const ENTRIES: Entry[] = [
  verb(
    'agreement',
    `sign(?:s|ed|ing)? ink(?:s|ed|ing)? ratif(?:y|ies|ied|ying) seal(?:s|ed|ing)? conclud(?:e|es|ed|ing)`,
    'light',
  ),
  verb('other', `h[oe]ld(?:s|ing)? conduct(?:s|ed|ing)? reach(?:es|ed|ing)? struck`, 'light'),
  verb('agreement', `agree(?:s|d)? agreeing`),
  verb('deal', `buy(?:s|ing)? bought sell(?:s|ing)? sold purchas(?:e|es|ed|ing) acquir(?:e|es|ed|ing)`),
  verb('visit', `visit(?:s|ed|ing)? travel(?:s|l?ed|l?ing)? tour(?:s|ed|ing)? arriv(?:e|es|ed|ing) flew`),
  verb(
    'meeting',
    `meet(?:s|ing)? met discuss(?:es|ed|ing)? negotiat(?:e|es|ed|ing) host(?:s|ed|ing)?
    conven(?:e|es|ed|ing)`,
  ),
  verb('deployment', `deploy(?:s|ed|ing)? station(?:s|ed|ing) dispatch(?:es|ed|ing)?`),
  verb(
    'application',
    `appl(?:y|ies|ied|ying) sought\\s+(?:to\\s+join|membership)
    seek(?:s|ing)?\\s+(?:to\\s+join|membership)`,
  ),
  verb(
    'publication',
    `report(?:s|ed|ing)? publish(?:es|ed|ing)? post(?:s|ed|ing) tweet(?:s|ed|ing)? broadcast(?:s|ing)?
    wrote`,
    'reporting',
  ),
  verb(
    'statement',
    `say(?:s|ing)? said announc(?:e|es|ed|ing) stat(?:es|ed|ing) declar(?:e|es|ed|ing)
    condemn(?:s|ed|ing)? tell(?:s|ing)? told warn(?:s|ed|ing)? den(?:y|ies|ied|ying) claim(?:s|ed|ing)?
    urg(?:e|es|ed|ing) critici[sz](?:e|es|ed|ing) prais(?:e|es|ed|ing) welcom(?:e|es|ed|ing)
    pledg(?:e|es|ed|ing) vow(?:s|ed|ing)? insist(?:s|ed|ing)? stress(?:es|ed|ing)? noted added
    confirm(?:s|ed|ing)? accus(?:e|es|ed|ing) threaten(?:s|ed|ing)? call(?:s|ed)?\\s+for
    express(?:es|ed|ing)? reiterat(?:e|es|ed|ing) acknowledg(?:e|es|ed|ing) admit(?:s|ted|ting)?
    dismiss(?:es|ed|ing)? reject(?:s|ed|ing)? demand(?:s|ed|ing)? appeal(?:s|ed|ing)?
    promis(?:e|es|ed|ing) ask(?:s|ed) respond(?:s|ed) repl(?:y|ies|ied)`,
    'reporting',
  ),
  verb(
    'other',
    `kill(?:s|ed|ing)? attack(?:s|ed|ing)? launch(?:es|ed|ing)? elect(?:s|ed) won wins?
    approv(?:e|es|ed|ing) passed impos(?:e|es|ed|ing) sanction(?:s|ed) arrest(?:s|ed|ing)? began begins?
    start(?:s|ed) end(?:s|ed) open(?:s|ed) clos(?:e|es|ed) appear(?:s|ed|ing)? join(?:s|ed) fired struck
    strikes? captur(?:e|es|ed) collaps(?:e|es|ed) resign(?:s|ed)? appoint(?:s|ed) died protest(?:s|ed)
    vot(?:e|es|ed) invad(?:e|es|ed) explod(?:e|es|ed) crash(?:es|ed) seiz(?:e|es|ed) establish(?:es|ed)
    unveil(?:s|ed) tested bomb(?:s|ed) raid(?:s|ed) clash(?:es|ed) withdr(?:ew|awn) suspend(?:s|ed)
    bann(?:ed) occurr(?:ed) took\\s+place happen(?:s|ed) erupt(?:s|ed) intercept(?:s|ed) deliver(?:s|ed)
    suppl(?:y|ies|ied) export(?:s|ed) detain(?:s|ed) shot\\s+down lift(?:s|ed) releas(?:e|es|ed)
    receiv(?:e|es|ed) shell(?:s|ed) wound(?:s|ed) injur(?:e|es|ed) ambush(?:es|ed) storm(?:s|ed) retook
    liberat(?:e|es|ed) occupied evacuat(?:e|es|ed) fled surrender(?:s|ed) dissolv(?:e|es|ed)
    overthr(?:ew|own) toppl(?:e|es|ed) sworn\\s+in inaugurat(?:e|es|ed) nominat(?:e|es|ed)
    sentenc(?:e|es|ed) convict(?:s|ed) acquitt(?:ed) charged indict(?:s|ed) expell(?:ed) deport(?:s|ed)
    summon(?:s|ed) kidnapp(?:ed) abduct(?:s|ed) assassinat(?:e|es|ed) execut(?:e|es|ed) rais(?:e|es|ed)
    cut hik(?:e|es|ed) lower(?:s|ed) increas(?:e|es|ed) reduc(?:e|es|ed) freez(?:e|es) froze
    adopt(?:s|ed) enact(?:s|ed) sign(?:s|ed)\\s+into\\s+law veto(?:es|ed) ruled resum(?:e|es|ed)
    halt(?:s|ed)`,
  ),
  noun('agreement', `agreements? accords? memorand(?:um|a)(?:\\s+of\\s+understanding)? MoUs? pacts? treat(?:y|ies)`),
  noun('deal', `deals? contracts? arms\\s+sales? purchases? acquisitions?`),
  noun('application', `applications? membership\\s+bid bid\\s+to\\s+join`),
  noun('deployment', `deployments? battlefields?`),
  noun('visit', `visits? trip tour`),
  noun('meeting', `meetings? talks summit discussions? negotiations conference consultations`),
  noun(
    'publication',
    `social\\s+media website telegram twitter state\\s+(?:media|television|tv) news\\s+agency
    press\\s+release communiqu[eé]`,
  ),
  noun('statement', `statements? announcement speech remarks interview press\\s+conference`),
  noun(
    'other',
    `elections? attacks? airstrikes? invasion protests? explosion crash ceremony exercises drills
    referendum coup ceasefire`,
  ),
];
const WEIGHT: Record<string, number> = {
  agreement: 6,
  deal: 5,
  application: 5,
  deployment: 4,
  visit: 4,
  meeting: 3,
  publication: 2.5,
  statement: 1.5,
  other: 1,
};
const IRREGULAR_PAST =
  /^(?:met|held|said|told|sold|bought|flew|wrote|struck|began|won|took\s+place|withdrew|sought|shot\s+down)$/i;

const NEGATED = /\b(?:not|never|n['’]t|no\s+longer|declined\s+to|refused\s+to|failed\s+to)\s+(?:\w+\s+)?$/i;
const DETERMINER =
  /\b(?:the|a|an|this|that|these|those|its|his|her|their|our|last|latest|first|new|recent)\s+(?:\w+\s+)?$/i;
const PERFECT = /\b(?:has|have|['’]ve)\s+(?:\w+\s+)?$/i;

function triggers(clause: string): Trigger[] {
  const out: Trigger[] = [];
  for (const e of ENTRIES) {
    for (const m of clause.matchAll(e.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((t) => t.start < end && start < t.end)) continue;
      const before = clause.slice(Math.max(0, start - 24), start);
      // "has not claimed", "declined to comment": nothing happened.
      if (e.verb && NEGATED.test(before)) continue;
      // "the attack", "a visit": a verb's form used as a noun.
      const verb = e.verb && !(DETERMINER.test(before) && !/(?:ed|ing)$/i.test(m[0]) && !IRREGULAR_PAST.test(m[0]));
      // A simple past or a past passive; not "to sign", and not a present perfect ("has signed"), which names no time.
      const past =
        verb && (/ed$/i.test(m[0]) || IRREGULAR_PAST.test(m[0])) && !/\bto\s+$/i.test(before) && !PERFECT.test(before);
      out.push({
        kind: e.kind,
        start,
        end,
        weight: WEIGHT[e.kind] ?? 1,
        past,
        reporting: verb && !!e.reporting,
        light: verb && !!e.light,
        verb,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec no nos vs inc co corp ltd u.s u.k u.n e.u maj brig hon rev ft mt approx est dept univ'
  ).split(' '),
);

const COMMENT_FORM = new RegExp(
  '^(?:leave a (?:reply|comment)|post a comment|add a comment|\\d*\\s*comments?$|your email addres' +
    's will not be published|' +
    'required fields are marked|(?:name|email|website)\\s*\\*|save my name)',
  'i',
);
const FURNITURE = new RegExp(
  '^(?:(?:\\(?(?:additional\\s+)?reporting|writing|editing|compiled|produced)\\s+by\\b|our standards|' +
    'share (?:this|on|via|article)|share$|tweet$|print$|email$|follow us|subscribe|sign up|newsletter|' +
    'related(?: articles| stories| news)?:?$|read (?:more|also)|see also|advertisement|click here|copyright|' +
    '©|all rights reserved|(?:photo|image|video)(?: credit)?:|credit:|(?:updated|published|posted|last updated):|' +
    'this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|republished|updated)|' +
    'the views expressed)',
  'i',
);
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*\s*$/u;
const NO_STOP = /[^.!?"”’»)]$/;

function isBoilerplate(paragraph: string, index: number): false | 'paragraph' | 'rest' {
  const p = paragraph.trim();
  if (COMMENT_FORM.test(p)) return 'rest';
  if (FURNITURE.test(p) || BYLINE.test(p)) return 'paragraph';
  const words = p.split(/\s+/).length;
  // A headline, or a dateline such as "The Cradle, August 2, 2023 —": short, with no full stop.
  if (NO_STOP.test(p) && words <= 25 && (index === 0 || /[—–-]$/.test(p) || /\b(?:1[0-9]|20)\d\d\b/.test(p)))
    return 'paragraph';
  return false;
}

const CLAUSE_BREAK =
  /;\s*|\s+[—–]\s+|,\s+(?=(?:which|who|whom|whose|where|while|whereas|but|although|though|when)\b)/gi;
const SUBORDINATE = new RegExp(
  '^(?:following|after|before|when|while|although|though|as|since|despite|in\\s+response\\s+to|in' +
    '\\s+the\\s+wake\\s+of|' +
    'ahead\\s+of|prior\\s+to|during)\\b[^,]*,\\s*',
  'i',
);

/** "MOSCOW, July 30 (Reuters) - ", "KYIV, Ukraine (AP) — ": a place in capitals, maybe a date and an agency. */
const DATELINE = new RegExp(
  "^\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?" +
    ':\\s+\\p{Lu}[\\p{L}.]*){0,2})?(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s' +
    '*(?:\\([^)]{1,30}\\))?\\s*(?:[—–]|' +
    '--?)\\s+',
  'u',
);

function dateline(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}

function clauseBreaks(sentence: string): number[] {
  const out: number[] = [];
  const sub = SUBORDINATE.exec(sentence);
  if (sub) out.push(sub[0].length);
  for (const m of sentence.matchAll(CLAUSE_BREAK)) out.push(m.index! + m[0].length);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** A verb of saying, a date that may date it ("on Sunday"), then "that" or a pronoun starting what it reports. */
const COMPLEMENT = new RegExp(
  '\\b(?:said|says|told\\s+[^,.;]{1,40}?|tells\\s+[^,.;]{1,40}?|announced|announces|reported|reports|' +
    'stated|claimed|warned|added|insisted|noted|wrote|confirmed)(?:\\s+on\\s+\\p{Lu}\\p{Ll}+|\\s+\\p' +
    '{Lu}\\p{Ll}+day)?\\s+(?:that\\s+|' +
    '(?=(?:it|he|she|they|we|I)\\s+(?:had|has|have|was|were|would|will|is|are|did)\\b))',
  'u',
);

function complement(sentence: string): number | null {
  const m = COMPLEMENT.exec(sentence);
  return m ? m.index + m[0].length : null;
}

const OPENERS: Array<[RegExp, 'after' | 'before', boolean]> = [
  [
    new RegExp(
      '^(?:in response|in reaction|in retaliation|afterwards?|subsequently|later|since then|after that|' +
        'following that|then|soon after(?:wards)?|shortly after(?:wards)?)\\s*,\\s*',
      'i',
    ),
    'after',
    false,
  ],
  [/^(?:earlier|previously|before that|prior to that)\s*,\s*/i, 'before', false],
  [
    new RegExp(
      '^(?:in response to|in reaction to|in retaliation for|following|after|in the wake of|shortly after|' +
        'soon after)\\s+[^,]+,\\s*',
      'i',
    ),
    'after',
    true,
  ],
  [/^(?:before|prior to|ahead of)\s+[^,]+,\s*/i, 'before', true],
];

const OBJECT_AT = new RegExp(
  '^(?:in\\s+response\\s+to|in\\s+reaction\\s+to|in\\s+retaliation\\s+for|following|after|in\\s+the\\s+wake\\s+of|' +
    'shortly\\s+after|soon\\s+after|before|prior\\s+to|ahead\\s+of)\\s+',
  'i',
);

function opener(sentence: string): { relation: 'after' | 'before'; length: number; object: number | null } | null {
  for (const [re, relation, object] of OPENERS) {
    const m = re.exec(sentence);
    if (m) return { relation, length: m[0].length, object: object ? OBJECT_AT.exec(sentence)![0].length : null };
  }
  return null;
}

/** Demonyms and other names → ISO 3166 region codes, whose names come from Intl.DisplayNames. */
const REGION_ALIASES: Record<string, string> = Object.fromEntries(
  (
    'afghan AF,albanian AL,algerian DZ,american US,argentine AR,argentinian AR,armenian AM,australian AU,austrian AT,' +
    'azerbaijani AZ,azeri AZ,bahraini BH,bangladeshi BD,belarusian BY,belarusan BY,belgian BE,bolivian BO,bosnian BA,' +
    'brazilian BR,british GB,bulgarian BG,burmese MM,cambodian KH,canadian CA,chilean CL,chinese CN,colombian CO,' +
    'croatian HR,cuban CU,cypriot CY,czech CZ,danish DK,dutch NL,ecuadorian EC,egyptian EG,emirati AE,eritrean ER,' +
    'estonian EE,ethiopian ET,filipino PH,finnish FI,french FR,georgian GE,german DE,ghanaian GH,greek GR,' +
    'hungarian HU,indian IN,indonesian ID,iranian IR,iraqi IQ,irish IE,israeli IL,italian IT,japanese JP,' +
    'jordanian JO,kazakh KZ,kenyan KE,north korean KP,south korean KR,kuwaiti KW,kyrgyz KG,latvian LV,lebanese LB,' +
    'libyan LY,lithuanian LT,malaysian MY,malian ML,mexican MX,moldovan MD,mongolian MN,moroccan MA,nicaraguan NI,' +
    'nigerian NG,norwegian NO,omani OM,pakistani PK,peruvian PE,polish PL,portuguese PT,qatari QA,romanian RO,' +
    'russian RU,saudi SA,serbian RS,slovak SK,somali SO,south african ZA,spanish ES,sudanese SD,swedish SE,swiss CH,' +
    'syrian SY,taiwanese TW,tajik TJ,thai TH,tunisian TN,turkish TR,ukrainian UA,uzbek UZ,venezuelan VE,' +
    'vietnamese VN,yemeni YE,zimbabwean ZW,washington US,moscow RU,tehran IR,kyiv UA,kiev UA,minsk BY,beijing CN,' +
    'london GB,paris FR,berlin DE,ankara TR,riyadh SA,damascus SY,baghdad IQ,kabul AF,islamabad PK,new delhi IN,' +
    'tokyo JP,seoul KR,pyongyang KP,caracas VE,managua NI,la paz BO,havana CU,cairo EG,beirut LB,doha QA,' +
    'abu dhabi AE,muscat OM,baku AZ,yerevan AM,tbilisi GE,warsaw PL,rome IT,madrid ES,kremlin RU,white house US,' +
    'america US,britain GB,great britain GB,islamic republic IR,U.S. US,US US,USA US,UK GB,U.K. GB,latin american -,' +
    'turkey TR,czech republic CZ,ivory coast CI,democratic republic of congo CD,democratic republic of the congo CD,' +
    'dr congo CD,DRC CD,palestine PS,swaziland SZ,east timor TL,bosnia BA,bosnia and herzegovina BA,macedonia MK,' +
    'holland NL,trinidad and tobago TT,antigua and barbuda AG,' +
    'south american -,north american -,central american -'
  )
    .split(',')
    .map((pair) => {
      const at = pair.lastIndexOf(' ');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
);
const ORGANISATIONS: Record<string, string> = Object.fromEntries(
  (
    'NATO|Nato=NATO;UN|U.N.|united nations=United Nations;EU|E.U.|european union=European Union;BRICS=BRICS;' +
    'IAEA|international atomic energy agency=IAEA;OPEC=OPEC;IMF|international monetary fund=IMF;' +
    'world bank=World Bank;african union=African Union;ASEAN=ASEAN;G7=G7;G20=G20;' +
    'SCO|shanghai cooperation organisation|shanghai cooperation organization=SCO;' +
    'CSTO|collective security treaty organization=CSTO;eurasian economic union=Eurasian Economic Union;' +
    'arab league=Arab League;GCC|gulf cooperation council=Gulf Cooperation Council;hamas=Hamas;hezbollah=Hezbollah;' +
    'houthis=Houthis;taliban=Taliban;ISIS|islamic state=Islamic State;' +
    'ICC|international criminal court=International Criminal Court;interpol=Interpol;red cross=Red Cross;' +
    'UNICEF=UNICEF;WTO|world trade organization=WTO;OSCE=OSCE;pentagon=Pentagon;' +
    'voice of america|VOA=Voice of America;wagner group=Wagner Group'
  )
    .split(';')
    .flatMap((entry) => {
      const [names, actor] = entry.split('=') as [string, string];
      return names.split('|').map((n) => [n, actor]);
    }),
);

const TITLES = new Set(
  (
    'president prime minister ministers defense defence foreign interior finance secretary spokesman spokeswoman ' +
    'spokesperson coordinator ambassador general gen chief commander leader king queen prince crown sheikh ayatollah ' +
    'supreme senator sen representative rep governor mayor chancellor envoy director head deputy vice former mr mrs ' +
    'ms dr counterpart official officials lawmaker adviser advisor chairman chairwoman ceo pope colonel major ' +
    'lieutenant admiral minister'
  ).split(' '),
);
const NOT_NAMES = new Set(
  (
    'the a an this that these those in on at for of and but or as after following months last it he she they we i ' +
    'his her their its our however meanwhile according earlier later since while when although despite leave your ' +
    'required january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday in if there here what who why how also both all some many several two ' +
    'three western eastern northern southern latin'
  ).split(' '),
);

export const englishEvents: EventGrammar = {
  abbreviations: ABBREVIATIONS,
  isBoilerplate,
  triggers,
  clauseBreaks,
  complement,
  dateline,
  opener,
  gazetteer: {
    aliases: new Map(Object.entries({ ...REGION_ALIASES, ...ORGANISATIONS })),
    titles: TITLES,
    notNames: NOT_NAMES,
  },
};
