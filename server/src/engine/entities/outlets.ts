// News outlets and agencies, with their acronyms, and the shape rules for outlet names not in the table.
import { slug } from './fold';

// "Canonical=alias,alias". Matching is on the exact surface form (outlet names are case-sensitive: "AP", "dpa").
const TABLE = `Reuters
Associated Press=AP
Agence France-Presse=AFP,Agence France Presse
dpa=DPA,Deutsche Presse-Agentur
Bloomberg=Bloomberg News
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
Radio Free Europe/Radio Liberty=RFE/RL,Radio Liberty,Radio Svoboda
Forbes
Ukrainska Pravda=Ukrainian Pravda
Kyiv Independent=The Kyiv Independent
Kyiv Post=The Kyiv Post
Meduza
TASS
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
DeepState=DeepStateMAP,DeepStateMap
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
Estadão`;

export interface OutletEntry {
  id: string;
  name: string;
}

/** Exact surface -> outlet, and the longest surface in words (for the phrase scan). */
export const OUTLETS = new Map<string, OutletEntry>();
for (const line of TABLE.split('\n')) {
  const [name, aliases = ''] = line.split('=');
  const display = name.replace(/^The /, '');
  const entry = { id: `outlet:${slug(display)}`, name: display };
  for (const s of [name, ...aliases.split(',').filter(Boolean)]) {
    OUTLETS.set(s, entry);
    if (s.startsWith('The ')) OUTLETS.set(s.slice(4), entry);
  }
}

/** Last words that make a capitalized phrase an outlet ("Kyiv Post", "Daily News", "Channel 5 TV"). */
export const OUTLET_TAILS = new Set(['News', 'Times', 'Post', 'Telegraph', 'Broadcaster', 'TV', 'Radio', 'Gazette', 'Herald',
  'Tribune', 'Journal', 'Pravda', 'Daily', 'Weekly', 'Chronicle', 'Courier', 'Observer', 'Express', 'Mirror', 'Inquirer',
  'Infographics', 'Monitor', 'Review', 'Wire', 'Insider', 'Television']);

/** Lower-case nouns that introduce an outlet's name ("the Telegram channel UA War Infographics", "the blog Militarnyi"). */
export const OUTLET_INTRODUCERS = new Set(['channel', 'blog', 'newspaper', 'broadcaster', 'outlet', 'agency', 'magazine',
  'website', 'portal', 'daily', 'tabloid', 'weekly', 'site', 'publication', 'station']);

/** Web-address shaped names ("ua.news", "Censor.NET", "pravda.com.ua"). */
export function isWebName(w: string): boolean {
  const dot = w.lastIndexOf('.');
  if (dot <= 0 || dot === w.length - 1) return false;
  const tld = w.slice(dot + 1).toLowerCase();
  return ['net', 'ua', 'news', 'com', 'ru', 'org', 'info', 'media', 'io', 'uk', 'de', 'fr', 'ee', 'by', 'kz', 'tv'].includes(tld);
}
