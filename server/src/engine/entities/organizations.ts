// Organization name rules: head words that make a capitalized phrase an organization, known organizations and
// acronyms, and the canonical form that merges spelling variants (Defence/Defense, Centre/Center, country adjectives).
import { COUNTRY_OF, DEMONYM_OF, DEMONYMS, SHORT_COUNTRY } from './countries';
import { foldKey, slug } from './fold';

/** Lines of business that end a firm's name ("Property Capital", "Land Securities", "Fokker Aviation", "Kabul Radio"). */
export const LINES_OF_BUSINESS: ReadonlySet<string> = new Set(`capital systems brothers radio television aviation technologies
communications partners associates investments resources petroleum mining minerals chemicals electronics software networks
publishing entertainment ventures enterprises properties logistics shipping telecom telecommunications insurance assurance cement
jewellers foods textiles breweries estates stores funds`.split(/\s+/));

/**
 * Capitalized words that make a name phrase an organization, the lines of business that end a firm's name among them.
 */
export const ORG_HEADS = new Set(`ministry department council office staff forces intelligence agency service services committee
commission parliament bank court party university college institute police guard guards army navy command directorate bureau
union organization organisation association fund authority administration assembly duma rada senate congress cabinet government
corporation company group holdings foundation federation league centre center
headquarters secretariat board tribunal ministry's commissariat inspectorate prosecutor's prosecutors coalition movement front
brigade network initiative alliance society club academy laboratory laboratories lab labs hospital church programme program observatory
fleet corps exchange survey treasury centres centers councils committees airlines airways motors industries pharmaceuticals bancorp newsroom
newsdesk desk`.split(/\s+/).concat([...LINES_OF_BUSINESS]));

/**
 * Legal-form suffixes of companies, as printed (case matters: "SE", "AB" and "AS" are common words or places in other cases).
 * A capitalized phrase ending in one is a company; the suffix is left out of the id ("Nordvik Foods ASA" = "Nordvik Foods").
 */
export const LEGAL_SUFFIXES = new Set(`ASA A/S AG SE SA S.A. NV N.V. BV B.V. plc PLC Plc Ltd Ltd. Limited GmbH S.p.A. SpA Oyj Oy AB KK
K.K. Co. Co Corp. Corp Inc. Inc LLC L.L.C. LP L.P. LLP SAS S.A.S. SARL Sarl S.r.l. Srl Pty Pte Bhd Tbk PJSC OJSC JSC OAO ZAO PAO
Holdings Group Corporation Company FC CF AFC`.split(/\s+/));
/**
 * Firms named by a possessive ("Moody's", "Lloyd's", "Sotheby's"), by the name before the ending: the ending belongs to
 * the name, and the bare word is a place or a surname elsewhere.
 */
export const POSSESSIVE_FIRMS = new Map([['moody', "Moody's"], ['lloyd', "Lloyd's"], ['sotheby', "Sotheby's"], ['christie', "Christie's"],
  ['mcdonald', "McDonald's"], ['sainsbury', "Sainsbury's"], ['macy', "Macy's"], ['kellogg', "Kellogg's"], ['dillard', "Dillard's"],
  ['denny', "Denny's"], ['harrah', "Harrah's"], ['hardee', "Hardee's"], ['lowe', "Lowe's"], ['wendy', "Wendy's"], ['domino', "Domino's"],
  ['barron', "Barron's"]]);

/**
 * Forms of a sports club, after its name ("Fehervar FC") or before it ("FC Tirol", "SV Ried", "A.S. Bacau": round 37).
 * Words that are also English or state abbreviations ("AS", "US", "SC") are left out.
 */
export const CLUB_FORMS = new Set(['FC', 'F.C.', 'AFC', 'CF', 'SV', 'SK', 'FK', 'IFK', 'OFK', 'A.S.', 'AC', 'NK', 'VfB', 'VfL', 'TSV']);
/** Legal forms that are also words of a name: an id keeps them ("Alpha Group"), and they make no page word a firm's. */
export const NAME_FORMS = new Set(['Holdings', 'Group', 'Corporation', 'Company', ...CLUB_FORMS]);
/** Legal forms that an id leaves out; "Group", "Holdings", "Corporation" and "Company" stay part of the name. */
const DROPPED_SUFFIXES = new Set([...LEGAL_SUFFIXES].filter(s => !NAME_FORMS.has(s)));
/** Suffixes written with a closing dot that the word scan leaves outside the word ("Co.", "Inc."). */
export const DOTTED_SUFFIXES = new Set(['Co', 'Corp', 'Inc', 'Ltd']);

/** Nouns that name a national agency before a country name ("Environment Canada", "Statistics Norway", "Elections Canada"). */
export const AGENCY_BEFORE_COUNTRY = new Set(['Environment', 'Health', 'Statistics', 'Parks', 'Transport', 'Elections', 'Finance',
  'Sport', 'Fisheries', 'Agriculture', 'Justice', 'Employment', 'Immigration', 'Innovation', 'Business', 'Enterprise', 'Public',
  'Infrastructure', 'Natural', 'Global', 'Heritage', 'Tourism', 'Visit', 'Invest', 'Energy']);

/**
 * Round 46 (holder46): the heads whose names may go on with "on" and a topic ("the Committee on Energy", "the Commission
 * on Human Rights", "the Centre for Research on Floods"). In any other name "on" opens a place or a target, not a topic:
 * "an attack by the Varnian Army on Kessa", "Halvex on Main Street".
 */
export const TOPIC_HEADS = new Set(`committee committees commission council councils conference convention panel forum
taskforce force board institute center centre caucus subcommittee`.split(/\s+/));

/** Words that may join the capitalized words of an organization name. */
export const ORG_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'des', 'du', 'la', 'für', 'der']);

/** "Ukraine's Defense Forces" = "Defense Forces of Ukraine": countries whose official English names put the country last. */
const COUNTRY_LAST = new Set(['Ukraine']);
/** Countries whose official English spells Defense, Center, Program, Labor. */
const AMERICAN_SPELLING = new Set(['Ukraine', 'United States', 'Philippines', 'Israel', 'South Korea', 'Japan', 'Taiwan']);

export interface KnownOrg {
  id: string;
  name: string;
  kind: 'organization' | 'outlet' | 'military_unit' | 'other';
}

/**
 * Companies that reports name by a bare brand word, which no head word or legal form marks and which the context rules
 * read as a surname, a town ("Toyota") or nothing ("Third was Ford with 35,563 registrations"). Before a model's name
 * the word names a product, not the company ("a Ford Escort"): see modelAfter in recognize.ts.
 */
const BRANDS: [string, string][] = [
  ['General Motors', 'General Motors'], ['Chrysler', 'Chrysler'], ['Toyota', 'Toyota'], ['Nissan', 'Nissan'],
  ['Honda', 'Honda'], ['Mitsubishi', 'Mitsubishi'], ['Subaru', 'Subaru'], ['Mazda', 'Mazda'], ['Volkswagen', 'Volkswagen'],
  ['Daimler-Benz', 'Daimler-Benz'], ['Renault', 'Renault'], ['Peugeot', 'Peugeot'], ['Fiat', 'Fiat'], ['Volvo', 'Volvo'],
  ['Hyundai', 'Hyundai'], ['Daewoo', 'Daewoo'], ['Samsung', 'Samsung'], ['Sony', 'Sony'], ['Matsushita', 'Matsushita'],
  ['Hitachi', 'Hitachi'], ['Toshiba', 'Toshiba'], ['Fujitsu', 'Fujitsu'], ['Siemens', 'Siemens'], ['IBM', 'IBM'],
  ['Microsoft', 'Microsoft'], ['Intel', 'Intel'], ['Motorola', 'Motorola'], ['Compaq', 'Compaq'],
  ['Hewlett-Packard', 'Hewlett-Packard'], ['Boeing', 'Boeing'], ['Exxon', 'Exxon'], ['Mobil', 'Mobil'], ['Texaco', 'Texaco'],
  ['Chevron', 'Chevron'], ['Repsol', 'Repsol'], ['Lukoil', 'Lukoil'], ['LUKoil', 'Lukoil'], ['Petrobras', 'Petrobras'],
  ['Pemex', 'Pemex'], ['Alcan', 'Alcan'], ['Alcoa', 'Alcoa'], ['Nestle', 'Nestle'], ['Nestlé', 'Nestle'],
  ['Unilever', 'Unilever'], ['Coca-Cola', 'Coca-Cola'], ['PepsiCo', 'PepsiCo'], ['Ahold', 'Ahold'], ['Aldi', 'Aldi'],
  ['Auchan', 'Auchan'], ['Carrefour', 'Carrefour'], ['Rabobank', 'Rabobank'], ['Paribas', 'Paribas'], ['Barclays', 'Barclays'],
  ['HSBC', 'HSBC'], ['Citibank', 'Citibank'], ['Citicorp', 'Citicorp'], ['Chase Manhattan', 'Chase Manhattan'],
  ['NatWest', 'NatWest'], ['ABN AMRO', 'ABN AMRO'], ['ABN-AMRO', 'ABN AMRO'], ['Dresdner Bank', 'Dresdner Bank'],
  ['Commerzbank', 'Commerzbank'], ['Lufthansa', 'Lufthansa'], ['KLM', 'KLM'], ['Qantas', 'Qantas'], ['Telstra', 'Telstra'],
  ['Deutsche Telekom', 'Deutsche Telekom'], ['AT&T', 'AT&T'], ['Walt Disney', 'Walt Disney'], ['Disney', 'Walt Disney'],
  ['Nokia', 'Nokia'], ['Ericsson', 'Ericsson'], ['Electrolux', 'Electrolux'], ['Novartis', 'Novartis'], ['Sandoz', 'Sandoz'],
  ['Ciba-Geigy', 'Ciba-Geigy'], ['Hoechst', 'Hoechst'], ['BASF', 'BASF'], ['Glaxo Wellcome', 'Glaxo Wellcome'],
  ['Glaxo', 'Glaxo'], ['Codelco', 'Codelco'], ['Marubeni', 'Marubeni'], ['Mitsui', 'Mitsui'], ['Sumitomo', 'Sumitomo'],
  ['Caltex', 'Caltex'], ['Bunge', 'Bunge'], ['Cargill', 'Cargill'], ['Ford', 'Ford'],
];
/** Surfaces of the brand table, for the product test. */
export const BRAND_NAMES = new Set(BRANDS.map(([surface]) => surface));

const KNOWN: [string, string, KnownOrg['kind']?, string?][] = [
  ['NATO', 'NATO'], ['North Atlantic Treaty Organization', 'NATO'], ['EU', 'European Union'], ['European Union', 'European Union'],
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['United Nations', 'United Nations'],
  ['UN Security Council', 'United Nations Security Council'], ['Security Council', 'United Nations Security Council'],
  ['SBU', 'Security Service of Ukraine', 'organization', 'organization:sbu'],
  ['Security Service of Ukraine', 'Security Service of Ukraine', 'organization', 'organization:sbu'],
  ['NSDC', 'National Security and Defense Council of Ukraine'], ['RNBO', 'National Security and Defense Council of Ukraine'],
  ['National Security and Defense Council', 'National Security and Defense Council of Ukraine'],
  ['National Security and Defence Council', 'National Security and Defense Council of Ukraine'],
  ['Center for Countering Disinformation', 'Center for Countering Disinformation'],
  ['Centre for Countering Disinformation', 'Center for Countering Disinformation'],
  ['Verkhovna Rada of Ukraine', 'Verkhovna Rada'], ['Cabinet of Ministers', 'Cabinet of Ministers of Ukraine'],
  ['GUR', 'Main Intelligence Directorate of Ukraine'], ['HUR', 'Main Intelligence Directorate of Ukraine'],
  ['FSB', 'Federal Security Service of Russia'], ['Federal Security Service', 'Federal Security Service of Russia'],
  ['GRU', 'GRU'], ['SVR', 'Foreign Intelligence Service of Russia'], ['CIA', 'Central Intelligence Agency'],
  ['FBI', 'Federal Bureau of Investigation'], ['ISW', 'Institute for the Study of War'],
  ['Institute for the Study of War', 'Institute for the Study of War'], ['Pentagon', 'Pentagon'], ['Kremlin', 'Kremlin'],
  ['White House', 'White House'], ['State Department', 'US Department of State'], ['Verkhovna Rada', 'Verkhovna Rada'],
  ['Rada', 'Verkhovna Rada'], ['State Duma', 'State Duma'], ['Duma', 'State Duma'], ['IAEA', 'International Atomic Energy Agency'],
  ['WHO', 'World Health Organization'], ['World Health Organization', 'World Health Organization'], ['IMF', 'International Monetary Fund'],
  ['International Monetary Fund', 'International Monetary Fund'], ['World Bank', 'World Bank'], ['OSCE', 'OSCE'],
  ['ICC', 'International Criminal Court'], ['International Criminal Court', 'International Criminal Court'], ['Red Cross', 'Red Cross'],
  ['ICRC', 'International Committee of the Red Cross'], ['UNICEF', 'UNICEF'], ['UNHCR', 'UNHCR'], ['OCHA', 'OCHA'],
  ['European Commission', 'European Commission'], ['European Parliament', 'European Parliament'], ['G7', 'G7'], ['G20', 'G20'],
  ['Wagner Group', 'Wagner Group'], ['Wagner', 'Wagner Group'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'],
  ['Taliban', 'Taliban'], ['Houthis', 'Houthis'], ['OPEC', 'OPEC'], ['Rosatom', 'Rosatom'], ['Gazprom', 'Gazprom'],
  ['Naftogaz', 'Naftogaz'], ['Ukrenergo', 'Ukrenergo'], ['Ukrzaliznytsia', 'Ukrzaliznytsia'], ['Telegram', 'Telegram', 'other'],
  ['Facebook', 'Facebook', 'other'], ['YouTube', 'YouTube', 'other'], ['Twitter', 'X (Twitter)', 'other'], ['TikTok', 'TikTok', 'other'],
  ['Instagram', 'Instagram', 'other'], ['Disqus', 'Disqus'], ['WhatsApp', 'WhatsApp', 'other'], 
  ['Bluesky', 'Bluesky', 'other'], ['LinkedIn', 'LinkedIn', 'other'], ['Reddit', 'Reddit', 'other'], ['Weibo', 'Weibo', 'other'],
  ['VKontakte', 'VKontakte', 'other'], 
  // Courts, central banks, agencies and bodies that reports name without a head word or by acronym.
  ['Federal Reserve', 'Federal Reserve'], ['Fed', 'Federal Reserve'],
  ['ECB', 'European Central Bank'], ['European Central Bank', 'European Central Bank'], ['Bank of England', 'Bank of England'],
  ['BoE', 'Bank of England'], ['Bank of Japan', 'Bank of Japan'], ['BoJ', 'Bank of Japan'], ['BOJ', 'Bank of Japan'],
  ['RBI', 'Reserve Bank of India'], ['Reserve Bank of India', 'Reserve Bank of India'], ['PBOC', "People's Bank of China"],
  ["People's Bank of China", "People's Bank of China"], ['SNB', 'Swiss National Bank'], ['Norges Bank', 'Norges Bank'],
  ['Riksbank', 'Riksbank'], ['Bundesbank', 'Bundesbank'], ['FOMC', 'Federal Open Market Committee'],
  ['SEC', 'Securities and Exchange Commission'], ['FDA', 'Food and Drug Administration'], ['CDC', 'Centers for Disease Control and Prevention'],
  ['Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention'], ['EPA', 'Environmental Protection Agency'],
  ['FEMA', 'Federal Emergency Management Agency'], ['DOJ', 'Justice Department'], ['Justice Department', 'Justice Department'],
  ['FIFA', 'FIFA'], ['UEFA', 'UEFA'], ['IOC', 'International Olympic Committee'], ['Premier League', 'Premier League'],
  ['Bundesliga', 'Bundesliga'], ['La Liga', 'La Liga'], ['Serie A', 'Serie A'], ['Ligue 1', 'Ligue 1'],
  ['Africa CDC', 'Africa CDC'], ['ECOWAS', 'ECOWAS'], ['African Union', 'African Union'], 
  ['Arab League', 'Arab League'], ['ASEAN', 'ASEAN'], ['WFP', 'World Food Programme'], ['World Food Programme', 'World Food Programme'],
  ['World Food Program', 'World Food Programme'], ['MSF', 'Médecins Sans Frontières'], ['Doctors Without Borders', 'Médecins Sans Frontières'],
  ['Médecins Sans Frontières', 'Médecins Sans Frontières'], ['Medecins Sans Frontieres', 'Médecins Sans Frontières'], ['Amnesty International', 'Amnesty International'],
  ['Human Rights Watch', 'Human Rights Watch'], ['HRW', 'Human Rights Watch'], ['Interpol', 'Interpol'], ['Europol', 'Europol'],
  ['WTO', 'World Trade Organization'], ['OECD', 'OECD'], ['IEA', 'International Energy Agency'], ['JNIM', 'JNIM'],
  ['Islamic State', 'Islamic State'], ['ISIS', 'Islamic State'], ['ISIL', 'Islamic State'], ['Al-Qaeda', 'al-Qaeda'],
  ['al-Qaeda', 'al-Qaeda'], ['Al Qaeda', 'al-Qaeda'], ['Boko Haram', 'Boko Haram'], ['Al-Shabaab', 'al-Shabaab'],
  ['al-Shabaab', 'al-Shabaab'], ['RSF', 'Rapid Support Forces'], ['Rapid Support Forces', 'Rapid Support Forces'],
  ['Africa Corps', 'Africa Corps', 'military_unit'],
  ['Gavi', 'Gavi'], ['White Helmets', 'White Helmets'], ['Red Crescent', 'Red Crescent'],
  // Football clubs whose names are not a city alone (a bare "Liverpool" stays the city).
  ['Real Madrid', 'Real Madrid'], ['Atletico Madrid', 'Atlético Madrid'], ['Atlético Madrid', 'Atlético Madrid'],
  ['Paris Saint-Germain', 'Paris Saint-Germain'], ['PSG', 'Paris Saint-Germain'], ['Manchester City', 'Manchester City'],
  ['Man City', 'Manchester City'], ['Manchester United', 'Manchester United'], ['Man United', 'Manchester United'],
  ['Bayern Munich', 'Bayern Munich'], ['Bayern', 'Bayern Munich'], ['Borussia Dortmund', 'Borussia Dortmund'],
  ['Juventus', 'Juventus'], ['Inter Milan', 'Inter Milan'], ['AC Milan', 'AC Milan'], ['Tottenham Hotspur', 'Tottenham Hotspur'],
  ['Tottenham', 'Tottenham Hotspur'], ['Chelsea FC', 'Chelsea'], ['Arsenal', 'Arsenal'], ['Ajax', 'Ajax'], ['Benfica', 'Benfica'],
  ['Galatasaray', 'Galatasaray'], ['Fenerbahce', 'Fenerbahçe'], ['Fenerbahçe', 'Fenerbahçe'], ['Al-Hilal', 'Al-Hilal'],
  ['Al-Nassr', 'Al-Nassr'], ['Inter Miami', 'Inter Miami'], ['Bayer Leverkusen', 'Bayer Leverkusen'], ['Napoli', 'Napoli'],
  ['FC Barcelona', 'FC Barcelona'], ['Barca', 'FC Barcelona'], ['Barça', 'FC Barcelona'],
  // Stock exchanges, also by the acronym of a ticker "(OSE: NORD)".
  ['NYSE', 'New York Stock Exchange'], ['Nasdaq', 'Nasdaq'], ['NASDAQ', 'Nasdaq'], ['LSE', 'London Stock Exchange'],
  ['OSE', 'Oslo Stock Exchange'], ['Oslo Børs', 'Oslo Stock Exchange'], ['Euronext', 'Euronext'], ['TSX', 'Toronto Stock Exchange'],
  ['ASX', 'Australian Securities Exchange'], ['HKEX', 'Hong Kong Stock Exchange'], ['SGX', 'Singapore Exchange'],
  ['JSE', 'Johannesburg Stock Exchange'], ['Xetra', 'Xetra'], ['Deutsche Börse', 'Deutsche Börse'], ['Borsa Istanbul', 'Borsa Istanbul'],
  // Political parties that reports name by acronym.
  ['BJP', 'Bharatiya Janata Party'], ['Bharatiya Janata Party', 'Bharatiya Janata Party'], ['INC', 'Indian National Congress'],
  ['Indian National Congress', 'Indian National Congress'], ['Congress party', 'Indian National Congress'], ['AAP', 'Aam Aadmi Party'],
  ['Aam Aadmi Party', 'Aam Aadmi Party'], ['TMC', 'Trinamool Congress'], ['Trinamool Congress', 'Trinamool Congress'],
  ['DMK', 'DMK'], ['AIADMK', 'AIADMK'], ['SPD', 'Social Democratic Party of Germany'], ['CDU', 'Christian Democratic Union'],
  ['CSU', 'Christian Social Union'], ['AfD', 'Alternative for Germany'], ['Alternative for Germany', 'Alternative for Germany'],
  ['ANC', 'African National Congress'], ['African National Congress', 'African National Congress'], ['PSOE', 'PSOE'],
  ['LDP', 'Liberal Democratic Party'], ['KMT', 'Kuomintang'], ['Kuomintang', 'Kuomintang'], ['PiS', 'Law and Justice'],
  ['Fidesz', 'Fidesz'], ['Likud', 'Likud'], ['United Russia', 'United Russia'], ['GOP', 'Republican Party'], ['Republican Party', 'Republican Party'], ['Democratic Party', 'Democratic Party'],
  ['General Staff', 'General Staff'], ['Joint Chiefs of Staff', 'Joint Chiefs of Staff'],
  ['Special Operations Forces', 'Special Operations Forces', 'military_unit'], ['SSO', 'Special Operations Forces', 'military_unit'],
  ['Azov', 'Azov Brigade', 'military_unit'], ['Pacific Fleet', 'Pacific Fleet', 'military_unit'],
  ['Black Sea Fleet', 'Black Sea Fleet', 'military_unit'], ['Baltic Fleet', 'Baltic Fleet', 'military_unit'],
  // Armed and political movements named without a head word, or by words that read as a people ("Tamil").
  ['Khmer Rouge', 'Khmer Rouge'], ['Shining Path', 'Shining Path'], ['Sendero Luminoso', 'Shining Path'],
  ['Liberation Tigers of Tamil Eelam', 'Liberation Tigers of Tamil Eelam'], ['LTTE', 'Liberation Tigers of Tamil Eelam'],
  ['Tamil Tigers', 'Liberation Tigers of Tamil Eelam'], ['Tamil Tiger', 'Liberation Tigers of Tamil Eelam'],
  ['Mujahideen Khalq', 'Mujahideen Khalq'], ['Mujahedin Khalq', 'Mujahideen Khalq'], ['Jamaat-i-Islami', 'Jamaat-i-Islami'],
  ['Hezb-i-Islami', 'Hezb-i-Islami'], ['Jumbish-i-Milli', 'Jumbish-i-Milli'], ['Tupac Amaru', 'Tupac Amaru'],
  ['Sinn Fein', 'Sinn Fein'], ['Fatah', 'Fatah'], ['FARC', 'FARC'], ['UNITA', 'UNITA'], ['SPLA', 'SPLA'],
  // Transliteration variants of armed groups' names.
  ['Hizbollah', 'Hezbollah'], ['Hizballah', 'Hezbollah'], ['Hizbullah', 'Hezbollah'], ['Hezbolla', 'Hezbollah'],
  ['al-Qaida', 'al-Qaeda'], ['Al-Qaida', 'al-Qaeda'], ['al Qaida', 'al-Qaeda'], ['Al Qaida', 'al-Qaeda'], ['al Qaeda', 'al-Qaeda'],
  ['Houthi', 'Houthis'], ['Huthis', 'Houthis'], ['Huthi', 'Houthis'], ['Ansar Allah', 'Houthis'], ['Ansarallah', 'Houthis'],
  ['Daesh', 'Islamic State'],
  // Investment banks, brokers, auditors and rating agencies named after their founders, which read as people's names
  // ("said an analyst at Morgan Stanley"), or by one word that no head word marks as a firm.
  ['Merrill Lynch', 'Merrill Lynch'], ['Morgan Stanley', 'Morgan Stanley'], ['Goldman Sachs', 'Goldman Sachs'],
  ['Salomon Brothers', 'Salomon Brothers'], ['Lehman Brothers', 'Lehman Brothers'], ['Dean Witter', 'Dean Witter'],
  ['Smith Barney', 'Smith Barney'], ['PaineWebber', 'PaineWebber'], ['Paine Webber', 'PaineWebber'], ['Bear Stearns', 'Bear Stearns'],
  ['Kidder Peabody', 'Kidder Peabody'], ['Morgan Grenfell', 'Morgan Grenfell'], ['Kleinwort Benson', 'Kleinwort Benson'],
  ['Hoare Govett', 'Hoare Govett'], ['James Capel', 'James Capel'], ['Cazenove', 'Cazenove'], ['SBC Warburg', 'SBC Warburg'],
  ['S.G. Warburg', 'SBC Warburg'], ['J.P. Morgan', 'J.P. Morgan'], ['JP Morgan', 'J.P. Morgan'], ['Credit Suisse', 'Credit Suisse'],
  ['CS First Boston', 'CS First Boston'], ['Nomura', 'Nomura'], ['Daiwa', 'Daiwa'], ['Yamaichi', 'Yamaichi'],
  ['Fitch', 'Fitch Ratings'], ['Fitch Ratings', 'Fitch Ratings'], ['S&P', "Standard & Poor's"], ["Standard & Poor's", "Standard & Poor's"], ['IBCA', 'IBCA'], ['Duff & Phelps', 'Duff & Phelps'],
  ['Thomson BankWatch', 'Thomson BankWatch'], ['Arthur Andersen', 'Arthur Andersen'], ['Price Waterhouse', 'Price Waterhouse'],
  ['Coopers & Lybrand', 'Coopers & Lybrand'], ['Ernst & Young', 'Ernst & Young'], ['KPMG', 'KPMG'], ['Deloitte', 'Deloitte'],
  ['Philip Morris', 'Philip Morris'], ['Procter & Gamble', 'Procter & Gamble'], ['Johnson & Johnson', 'Johnson & Johnson'],
  ['Marks & Spencer', 'Marks & Spencer'],
  // Polling institutes, cited bare beside their figures ("Emnid put the SPD at 34 percent").
  ['Emnid', 'Emnid'], ['Forsa', 'Forsa'], ['Allensbach', 'Allensbach Institute'], ['Infratest', 'Infratest'],
  ['Gallup', 'Gallup'], ['MORI', 'MORI'], ['Ipsos', 'Ipsos'], ['YouGov', 'YouGov'], ['Levada Center', 'Levada Center'],
  ['VTsIOM', 'VTsIOM'],
  // Parties named by acronym or by words that are no head word.
  ['FDP', 'Free Democratic Party'], ['PDS', 'Party of Democratic Socialism'], ['New Democracy', 'New Democracy'],
  ['PASOK', 'PASOK'], ['Labour Party', 'Labour Party'], ['Conservative Party', 'Conservative Party'],
  // Legislatures and central banks named by their head word alone ("the Senate voted", "Congress must approve").
  ['Senate', 'Senate'], ['Congress', 'Congress'], ['Parliament', 'Parliament'],
  // Houses of parliament named in full, which no head word marks ("elected to the House of Representatives").
  ['House of Representatives', 'House of Representatives'], ['House of Commons', 'House of Commons'],
  ['House of Lords', 'House of Lords'],
  ['Knesset', 'Knesset'], ['Bundestag', 'Bundestag'], ['Bundesrat', 'Bundesrat'], ['Bundesbank', 'Bundesbank'],
  ['Duma', 'State Duma'], ['State Duma', 'State Duma'], ['Politburo', 'Politburo'], ['Storting', 'Storting'],
  ['Riksdag', 'Riksdag'], ['Sejm', 'Sejm'], ['Verkhovna Rada', 'Verkhovna Rada'], ['Folketing', 'Folketing'],
];

/** The social platforms of the table above (kind "other"), for the attribution reader's posts ("posted on Facebook"). */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set(KNOWN.filter(([, , kind]) => kind === 'other').map(([surface]) => surface.toLowerCase()));

/** Exact surface form -> known organization. */
export const KNOWN_ORGS = new Map<string, KnownOrg>();
for (const [surface, name, kind = 'organization', id] of [...KNOWN, ...BRANDS]) {
  const prefix = kind === 'military_unit' ? 'military_unit' : kind === 'other' ? 'other' : 'organization';
  KNOWN_ORGS.set(surface, { id: id ?? `${prefix}:${slug(name)}`, name, kind });
}

// Variant spellings of organization words, one canonical (Commonwealth) form each.
const WORD_CANON: Record<string, string> = { defense: 'Defence', center: 'Centre', program: 'Programme', labor: 'Labour' };

/**
 * Canonical name of an organization phrase: variant spellings unified (Defense/Defence, Center/Centre), "Defence Ministry" ->
 * "Ministry of Defence", and a country named after the name moved to a leading demonym
 * ("Ministry of Defence of Estonia" and "Estonian Defense Ministry" -> "Estonian Ministry of Defence").
 * `core` is the fold key without the country, to link bare references ("the Defence Ministry") in the same report.
 */
export function canonicalOrg(words: string[], possCountry: string | null = null): CanonicalOrg {
  // Reports name the same bodies again and again: the canonical form is cached by its words and country (name words
  // hold no spaces or control characters, so the key is unambiguous).
  const key = possCountry === null ? words.join(' ') : `${possCountry}\u0001${words.join(' ')}`;
  let c = canonCache.get(key);
  if (!c) {
    c = computeCanonicalOrg(words, possCountry);
    if (canonCache.size >= 20000) canonCache.clear();
    canonCache.set(key, c);
  }
  // A copy: callers may rename it for the report's country.
  return { id: c.id, name: c.name, core: c.core, country: c.country };
}

interface CanonicalOrg {
  id: string;
  name: string;
  core: string;
  country: string | null;
}
const canonCache = new Map<string, CanonicalOrg>();

function computeCanonicalOrg(words: string[], possCountry: string | null): CanonicalOrg {
  let w = words.map(x => WORD_CANON[x.toLowerCase()] ?? x);
  while (w.length && w[0].toLowerCase() === 'the') w = w.slice(1);
  let country: string | null = possCountry;
  let prefix: string | null = possCountry ? DEMONYM_OF.get(possCountry) ?? possCountry : null;
  if (w.length > 1 && !prefix) {
    const two = `${w[0]} ${w[1]}`;
    const isDem = (s: string) => DEMONYMS.has(s);
    if (w.length > 2 && COUNTRY_OF.has(two.toLowerCase())) {
      country = COUNTRY_OF.get(two.toLowerCase())!;
      prefix = isDem(two) ? DEMONYMS.get(two)!.name : shortCountry(two, country);
      w = w.slice(2);
    } else if (COUNTRY_OF.has(w[0].toLowerCase())) {
      country = COUNTRY_OF.get(w[0].toLowerCase())!;
      // A demonym is normalized; a country name stays as written, or in its short form where it has one, so
      // "United States Geological Survey" and "U.S. Geological Survey" are one body ("US Geological Survey").
      prefix = isDem(w[0]) ? DEMONYMS.get(w[0])!.name : shortCountry(w[0], country);
      w = w.slice(1);
    }
  }
  // Trailing "of (the) <Country>".
  for (let k = w.length - 1; k > 0 && !country; k--) {
    const ofThe = w[k - 1].toLowerCase() === 'the' && k >= 2 && w[k - 2].toLowerCase() === 'of';
    if (w[k - 1].toLowerCase() !== 'of' && !ofThe) continue;
    const tail = w.slice(k).join(' ').toLowerCase();
    if (COUNTRY_OF.has(tail)) {
      country = COUNTRY_OF.get(tail)!;
      prefix = DEMONYM_OF.get(country) ?? country;
      w = w.slice(0, ofThe ? k - 2 : k - 1);
    }
  }
  // "Defence Ministry" -> "Ministry of Defence" (also "Interior Ministry", "Foreign Ministry").
  if (w.length === 2 && w[1] === 'Ministry') w = [w[1], 'of', w[0]];
  // "U.S. Supreme Court" = "US Supreme Court".
  if (prefix && /^[A-Z](?:\.[A-Z])+\.?$/.test(prefix)) prefix = prefix.replace(/\./g, '');
  // The legal form is not part of the identity ("Nordvik Foods ASA" = "Nordvik Foods"); the display keeps it.
  const display = w.join(' ');
  if (w.length > 1 && DROPPED_SUFFIXES.has(w[w.length - 1])) w = w.slice(0, -1);
  const core = w.join(' ');
  let name = prefix ? `${prefix} ${display}` : display;
  let idName = prefix ? `${prefix} ${core}` : core;
  if (country && COUNTRY_LAST.has(country)) {
    name = `${display} of ${country}`;
    idName = `${core} of ${country}`;
  }
  if (country && AMERICAN_SPELLING.has(country)) {
    name = americanize(name);
    idName = americanize(idName);
  }
  return { id: `organization:${slug(idName)}`, name, core: foldKey(core), country };
}

/**
 * The short form of a country's full name or acronym ("United States", "U.S.", "USA" -> "US"); other names stay as
 * written ("America Movil" is a company, not "US Movil").
 */
function shortCountry(written: string, country: string): string {
  if (written !== country && !/^[A-Z](?:\.?[A-Z])+\.?$/.test(written)) return written;
  return SHORT_COUNTRY.get(country) ?? written;
}

const AMERICAN: Record<string, string> = { Defence: 'Defense', Centre: 'Center', Programme: 'Program', Labour: 'Labor' };
function americanize(s: string): string {
  return s.split(' ').map(x => AMERICAN[x] ?? x).join(' ');
}
