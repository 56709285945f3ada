// News outlets and agencies, with their acronyms, and the shape rules for outlet names not in the table.
import { slug } from './fold';

// "Canonical=alias,alias". Matching is on the exact surface form (outlet names are case-sensitive: "AP", "dpa").
// The canonical name is the one the outlet prints ("The Washington Post", "Bloomberg News", "RFE/RL"); the id is its slug.
const TABLE = `Reuters=RTRS
Associated Press=AP
Agence France-Presse=AFP,Agence France Presse
dpa=DPA,Deutsche Presse-Agentur
Bloomberg News=Bloomberg
The Washington Post=Washington Post,WP,WaPo
The New York Times=New York Times,NYT
The Wall Street Journal=Wall Street Journal,WSJ
Financial Times=FT
The Guardian=Guardian
The Economist=Economist
The Times=Times
The Telegraph=Telegraph,Daily Telegraph
ERR=Eesti Rahvusringhääling
Censor.NET=Censor.net
RFE/RL=Radio Free Europe/Radio Liberty,Radio Free Europe,Radio Liberty,Radio Svoboda
Forbes
Ukrainska Pravda=Ukrainian Pravda
Kyiv Independent=The Kyiv Independent
Kyiv Post=The Kyiv Post
Meduza
TASS=Tass,Itar-Tass,ITAR-TASS
RIA Novosti=RIA
Interfax=Interfax-Ukraine
Ukrinform
UNIAN
Suspilne
Hromadske
NV=New Voice of Ukraine
BBC=BBC News
CNN
Al Jazeera
Sky News
NBC News=NBC
CBS News=CBS
ABC News=ABC
Fox News
NPR
Politico
Axios
The Atlantic
Der Spiegel=Spiegel
Bild
Die Welt=Welt
Le Monde
Le Figaro
El País=El Pais
Deutsche Welle=DW
France 24
Euronews
Kommersant
Izvestia
RT=Russia Today
Sputnik
Novaya Gazeta
Yonhap
Kyodo
Xinhua
Anadolu=Anadolu Agency
Militarnyi
DeepStateMAP=DeepState,DeepStateMap
ArcaMax
Tribune Content Agency
ua.news
Newsweek
Business Insider
The Independent
CNBC
Axel Springer
Rudaw
Haaretz
The Times of Israel=Times of Israel
The Hindu
Folha de S.Paulo=Folha
O Globo=Globo
Estadão
The Hindustan Times=Hindustan Times
The Times of India=Times of India
NDTV
The Indian Express=Indian Express
The Daily Star=Daily Star
Prothom Alo
Al Arabiya
Asharq Al-Awsat
Jeune Afrique
RFI=Radio France Internationale
France Info=Franceinfo
Le Parisien
Libération=Liberation
Süddeutsche Zeitung=Sueddeutsche Zeitung,SZ
Frankfurter Allgemeine Zeitung=FAZ,Frankfurter Allgemeine
Handelsblatt
ANSA
EFE
Europa Press
Corriere della Sera
La Repubblica
El Mundo
NRK
SVT
Yle
Aftenposten
Dagens Nyheter
Kathimerini=eKathimerini
ERT
Hürriyet=Hurriyet
Daily Sabah
TRT
South China Morning Post=SCMP
Nikkei=Nikkei Asia
NHK
Straits Times=The Straits Times
CBC=CBC News
Globe and Mail=The Globe and Mail
Los Angeles Times=LA Times
USA Today
The Boston Globe=Boston Globe
ESPN
Sky Sports
The Athletic
BBC Sport
L'Équipe=L'Equipe
Marca
Gazzetta dello Sport
CoinDesk
TechCrunch
The Verge
STAT=STAT News
The Lancet=Lancet
Belga
Bernama
Press Trust of India=PTI
Tanjug
Notimex
Prensa Latina
IRNA=Islamic Republic News Agency
Middle East News Agency=MENA
Kuwait News Agency=KUNA
Jiji Press=Jiji
South African Press Association=SAPA
Jerusalem Post=The Jerusalem Post
Yedioth Ahronoth=Yedioth
Maariv
Asahi Shimbun=Asahi
Yomiuri Shimbun=Yomiuri
Mainichi Shimbun=Mainichi
Nihon Keizai Shimbun
Ming Pao
Wen Wei Po
La Jornada
La Stampa
Le Soir
De Telegraaf
Die Zeit`;

export interface OutletEntry {
  id: string;
  name: string;
}

/** Exact surface -> outlet, and the longest surface in words (for the phrase scan). */
export const OUTLETS = new Map<string, OutletEntry>();
for (const line of TABLE.split('\n')) {
  const [name, aliases = ''] = line.split('=');
  const entry = { id: `outlet:${slug(name)}`, name };
  for (const s of [name, ...aliases.split(',').filter(Boolean)]) {
    OUTLETS.set(s, entry);
    if (s.startsWith('The ')) OUTLETS.set(s.slice(4), entry);
  }
}

/** Last words that make a capitalized phrase an outlet ("Kyiv Post", "Daily News", "Channel 5 TV"). */
/**
 * First words that name a paper as the last words of "X Times" do ("Daily Variety", "Gazeta Wyborcza", "Diario 16"): a
 * capitalized name they open is an outlet, where the person rules would read two capitalized words as a name.
 */
export const OUTLET_HEADS = new Set(['Daily', 'Gazeta', 'Diario', 'Weekly']);
export const OUTLET_TAILS = new Set(['News', 'Times', 'Post', 'Telegraph', 'Broadcaster', 'TV', 'Radio', 'Gazette', 'Herald',
  'Tribune', 'Journal', 'Pravda', 'Daily', 'Weekly', 'Chronicle', 'Courier', 'Observer', 'Express', 'Mirror', 'Inquirer',
  'Infographics', 'Monitor', 'Review', 'Wire', 'Insider', 'Television']);

/** First words of page headings that end in an outlet tail ("Current News", "Latest News"): not outlet names. */
export const HEADING_WORDS = new Set(['Current', 'Latest', 'Breaking', 'Top', 'More', 'Related', 'Recent', 'Local', 'World',
  'Live', 'Today', 'Daily', 'Other', 'Popular', 'Trending', 'Featured', 'Morning', 'Evening', 'Business', 'Sports', 'Weather']);

/** Lower-case nouns that introduce an outlet's name ("the Telegram channel UA War Infographics", "the blog Militarnyi"). */
export const OUTLET_INTRODUCERS = new Set(['channel', 'blog', 'newspaper', 'broadcaster', 'outlet', 'agency', 'magazine',
  'website', 'portal', 'daily', 'tabloid', 'weekly', 'site', 'publication', 'station']);

/**
 * Lower-case media nouns that name an outlet only after its name: "Sky television", "Europe 1 radio", "Prima-Tass news
 * agency" ("news" only before "agency"). Before a name they introduce a programme, not an outlet.
 */
export const OUTLET_NOUNS_AFTER = new Set(['television', 'radio', 'news']);

/** Web-address shaped names ("ua.news", "Censor.NET", "pravda.com.ua"). */
export function isWebName(w: string): boolean {
  const dot = w.lastIndexOf('.');
  if (dot <= 0 || dot === w.length - 1) return false;
  const tld = w.slice(dot + 1).toLowerCase();
  return ['net', 'ua', 'news', 'com', 'ru', 'org', 'info', 'media', 'io', 'uk', 'de', 'fr', 'ee', 'by', 'kz', 'tv'].includes(tld);
}
