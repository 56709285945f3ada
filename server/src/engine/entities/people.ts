// Tables for people: titles and roles stripped from names, a first-name lexicon, and well-known public figures.
import given from '../../../data/given-names.json';
import { foldKey } from './fold';

/** Capitalized titles that precede a name and are not part of it (lower-cased). */
export const TITLES = new Set(`president vice prime minister colonel col general gen lieutenant lt major maj captain capt sergeant
sgt admiral marshal commander chief head director secretary ambassador governor mayor senator sen representative rep
chancellor premier king queen prince princess pope cardinal bishop rabbi imam sheikh judge justice mr mrs ms dr prof professor
sir dame lord lady spokesman spokeswoman spokesperson deputy acting former late foreign defence defense interior finance
economy health minister-president chairman chairwoman chair ceo cfo founder analyst columnist correspondent reporter
editor envoy officer soldier commander-in-chief president-elect coach striker mp mep patriarch metropolitan
ombudsman prosecutor attorney counsel gov supreme leader councillor councilor lawmaker legislator mr. mrs. dr. gen. col. lt.
sen. rep. gov. maj. capt. sgt. prof. justices judges senators ministers presidents governors mayors generals
commissioners adviser advisor pastor reverend rev rev.`.split(/\s+/));

/**
 * Capitalized words inside compound titles ("Chief Executive Officer", "Chief Financial Officer", "Managing Director"):
 * neither names nor titles alone, so they are skipped only within a run of titles.
 */
export const TITLE_WORDS = new Set(`executive financial operating technology technical information marketing commercial managing
senior junior principal associate assistant general regional national federal state chief-executive officer officers
executive-officer manager partner board affairs relations communications operations strategy investor secretary-general
undersecretary under-secretary attorney-general director-general inspector superintendent commissioner deputy-commissioner
minister-president high field first second third cabinet security`.split(/\s+/));

/** Lower-case role nouns that introduce a name ("military analyst Michael Kofman"). */
export const ROLE_NOUNS = new Set(`analyst columnist correspondent reporter journalist editor writer author podcaster blogger
commentator envoy spokesman spokeswoman spokesperson president minister commander commander-in-chief general colonel officer
soldier lawyer attorney economist scientist researcher professor expert historian politician lawmaker senator governor mayor
candidate leader founder chairman ceo chief director activist photographer presenter host actor singer player coach striker
teacher doctor nurse farmer resident witness survivor official diplomat ambassador adviser advisor aide secretary premier
chancellor president-elect blogger influencer designer investor entrepreneur banker trader manager executive`.split(/\s+/));

/** Lower-case nouns of kinship that describe a person after a name ("Naina Yeltsin, wife of the president"). */
export const KIN_NOUNS = new Set(`wife husband widow widower son daughter brother sister mother father nephew niece cousin
grandson granddaughter fiancee fiance`.split(/\s+/));

/** Common given names across languages (lower case, folded). A capitalized word after one is likely a surname. */
export const FIRST_NAMES = new Set(`aaron abdul abdullah abu adam adrian ahmad ahmed aidan alan alastair albert alberto alejandro
aleksandr aleksander aleksei alexei alexey alessandro alex alexander alexandra alexandre alexis ali alice alicia alina alison
amanda amir amy ana anastasia anatoliy anatoly andre andrea andreas andrei andrej andres andrew andrey andrii andriy andrzej
angela angelika anna anne annalena ants antonio anton antony arnold arseniy arsen artem arthur arturo ashley aung baraka barack
benjamin bernard bernie bill bob bohdan boris boyko brian bruno carl carlos caroline catherine charles charlotte chris christian
christine christopher claire claudia colin cristina cyril daniel daniela danielle dario david dean denis denys diana diego dimitri
dmitri dmitriy dmitry dmytro donald dominic douglas dylan ed edward elena eli elizabeth ellen elon emily emma emmanuel enrique eric
erik ernesto evgeny eugene fabio faisal fatima federico felipe fernando filip francesca francesco francis francisco frank franz
frederick friedrich gabriel gabriela george georgiy gerhard gert gianni giorgia giorgio giuseppe gordon grace greg gregory gunther
gustavo hakan hamid hannah hans harald harry hassan heinrich helen helena henrik henry herman hilary hillary hugo ibrahim igor ihor
ilya imran inna ioannis irina isaac ivan jacob jacques jair jake james jan jane janet jason javier jean jeff jeffrey jennifer
jens jeremy jerome jessica jim jimmy joachim joan joe johan johann johannes john jon jonas jonathan jorge jose josef joseph joshua
juan julia julian julie jurgen justin kaja kamala karen karin karl kate katherine kateryna kathryn keir keith kelly kemal kevin
kim kiril kirill klaus konstantin kristian kristina kurt lars laura lauren lee leo leonid lex lindsey lisa liz lloyd lorenzo louis
luca lucas luis luiz lula lyudmila magnus maksym manuel marc marco marcus margaret maria marie marina mario mark markus marta martin
mary masoud matteo matthew maxim maksim maria mette michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad
mykhailo mykola nadia naftali nancy naomi narendra natalia natalie nathan neil nicholas nick nicola nicolas nikita nikolai nikolay
nina nikki oksana olaf olena oleg oleh oleksandr oleksiy oleksii olga oliver olivia omar oscar otto pablo paolo pascal patricia
patrick paul pavel pavlo pedro peter petr petro petra philip philippe pierre piotr rachel rafael ramzan raul recep rebecca richard
rishi rita robert roberto rodrigo roman ron ronald rosa ruslan ruth ryan sadiq sahra said salman sam samuel sandra sara sarah scott
sean sebastian serge sergei sergey sergiy serhii serhiy shinzo simon sofia sophie stanislav stefan stefano stephen steve steven
sven svetlana tatiana tatyana taras ted theresa thomas tim timothy tom tony ursula valentina valeriy valery vadim vasyl victor
viktor viktoria vincent vitali vitaliy vitaly vladimir vladislav vladyslav volodymyr walter wang william wolfgang xavier yaroslav
yevgeny yevgen yevhen yoav yulia yuliia yuri yuriy zhang zoran
abdoulaye abdou aboubacar adama amadou aminata assimi bakary boubacar cheick cheikh fatoumata goodluck idriss issa ibrahima
mahamadou mamadou moussa oumar ousmane seydou souleymane yacouba youssouf abdelaziz abdelkader abdelmadjid abdel abdallah
ahmet ayse burak cem emre mehmet mustafa murat ozgur selahattin suleyman yusuf zeynep devlet ekrem kemal hatice
aarav abhishek aditya ajay akhilesh amit amitabh anand anil anita arvind ashok deepak devendra gaurav himanta kavita kiran
mamata manish manmohan mukesh nitin nitish pankaj pinarayi pooja priya priyanka rahul raj rajesh rajiv ramesh ravi revanth
sanjay shashi shivraj siddaramaiah sonia sunil suresh uddhav vijay vikram vinod yogi hemant eknath mallikarjun
anderson andre bruna caio fabiano fernanda flavio geraldo guilherme gustavo joao jose leticia lucia marcelo marcia marcos
paulo rafaela renata ricardo rogerio simone tarcisio thiago vinicius neymar
alvaro beatriz carmen cristiano esteban gonzalo ignacio isabel jaime javier lionel luciana mariano martina mateo nicolas
pilar santiago sergio valentin ximena
anders arne astrid bjorn erling erna gunnar hakon helge ingrid jonas kari kjell knut lars magnus mette nils ola ole
petter rolf sigrid siv solveig stein terje tor trond ulf vidar
athanasios dimitris giorgos kyriakos konstantinos nikos stavros yannis yiannis panagiotis alexis
camille claude didier francois gerald guillaume jean-luc jean-pierre jerome laurent marine olivier raphael sebastien thierry
wei li chen liu yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
akira haruki hiroshi kenji kenta kishida shigeru taro yoshihide yuki yuko fumio
ahmad hamza hussein jamal karim khalid mahmoud mohamad nabil omar rashid salim samir tariq walid yasser youssef ziad
abiy cyril jacob paul william uhuru william samia yoweri bola muhammadu olusegun peter john chinedu ngozi
mohan mahesh naveen manoj pradeep edmundo hamdeen hamdi yoel yosef avi`.split(/\s+/).map(n => foldKey(n)));

/** Lower-case particles inside names ("von der Leyen", "bin Salman", "Abu Obeida"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'dos', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el',
  'di', 'du', 'abu', 'bint', 'ben', 'ter', 'ould']);

/**
 * Given names that are also common words or place names ("Will", "Grant", "Hope", "Chelsea"): the broad list alone does
 * not make a person of them; the hand list above may still hold some.
 */
const AMBIGUOUS_GIVEN = new Set(`will may june april august grant hope faith joy rose lily iris ivy holly heather daisy
fern pearl ruby amber crystal dawn eve summer autumn winter sunny bill mark pat rob guy jack jean frank earl duke king
prince sterling major miles price rich reed wade chase chance hunter archer carter cooper mason porter taylor tucker
drew dale glen glenn ray rod sandy stone storm river cliff forrest gale gay jewel lane lee long page park penny
sunday monday tuesday wednesday thursday friday saturday january february march july september october november december
chelsea georgia florence victoria jordan israel paris austin lincoln washington jackson madison sydney adelaide
sharon carolina virginia dakota savannah phoenix orlando lorraine brittany normandy shannon kent devon essex york
china india africa asia europe america indiana tennessee nevada montana kansas jersey israel egypt lebanon
christian christmas easter ace al ali bud buck colt fox hawk wolf bear lion royal noble merry happy gay so an
don`.split(/\s+/));

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'new', 'old', 'saint', 'san', 'santa', 'st']);

/** The broad list: first names of English-speaking countries (scripts/build-gazetteer.mjs), less the ambiguous ones. */
export const GIVEN_NAMES = new Set<string>(FIRST_NAMES);
{
  let prev = '';
  for (const part of (given as { names: string }).names.split('|')) {
    const name = prev.slice(0, part.charCodeAt(0) - 48) + part.slice(1);
    prev = name;
    // Particles and compass words open places and names of every kind ("El Mercurio", "North Gaza").
    if (AMBIGUOUS_GIVEN.has(name) || NAME_PARTICLES.has(name) || COMPASS.has(name)) continue;
    GIVEN_NAMES.add(foldKey(name));
  }
}

export interface KnownPerson {
  name: string;
  /** Spellings of the surname alone that name this person without a first name. */
  surnames: string[];
  /** Other full spellings. */
  variants?: string[];
}

/** Well-known public figures: a surname alone names them, and transliteration variants merge. */
export const KNOWN_PEOPLE: KnownPerson[] = [
  { name: 'Volodymyr Zelenskyy', surnames: ['Zelenskyy', 'Zelensky', 'Zelenskyi', 'Zelenskiy', 'Zelenskii', 'Selenskyj'], variants: ['Vladimir Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyi'] },
  { name: 'Vladimir Putin', surnames: ['Putin'], variants: ['Volodymyr Putin', 'Wladimir Putin'] },
  { name: 'Donald Trump', surnames: ['Trump'], variants: ['Donald J. Trump'] },
  { name: 'Joe Biden', surnames: ['Biden'], variants: ['Joseph Biden', 'Joseph R. Biden'] },
  { name: 'Oleksandr Syrskyi', surnames: ['Syrskyi', 'Syrsky', 'Syrskiy', 'Syrskii'], variants: ['Alexander Syrsky', 'Oleksandr Syrsky'] },
  { name: 'Kyrylo Budanov', surnames: ['Budanov'], variants: ['Kirill Budanov'] },
  { name: 'Sergei Shoigu', surnames: ['Shoigu', 'Shoygu'], variants: ['Sergey Shoigu', 'Serhiy Shoigu'] },
  { name: 'Valery Gerasimov', surnames: ['Gerasimov'], variants: ['Valeriy Gerasimov', 'Valerii Gerasimov'] },
  { name: 'Sergei Lavrov', surnames: ['Lavrov'], variants: ['Sergey Lavrov'] },
  { name: 'Kim Jong Un', surnames: [], variants: ['Kim Jong-un', 'Kim Jong-Un', 'Kim Jongun'] },
  { name: 'Xi Jinping', surnames: [], variants: ['Xi'] },
  { name: 'Emmanuel Macron', surnames: ['Macron'] },
  { name: 'Olaf Scholz', surnames: ['Scholz'] },
  { name: 'Recep Tayyip Erdogan', surnames: ['Erdogan', 'Erdoğan'], variants: ['Tayyip Erdogan', 'Recep Erdogan'] },
  { name: 'Benjamin Netanyahu', surnames: ['Netanyahu'] },
  { name: 'Andriy Yermak', surnames: ['Yermak'], variants: ['Andrii Yermak', 'Andrey Yermak'] },
  { name: 'Dmitry Peskov', surnames: ['Peskov'], variants: ['Dmitri Peskov', 'Dmitriy Peskov'] },
  { name: 'Dmitry Medvedev', surnames: ['Medvedev'], variants: ['Dmitri Medvedev'] },
  { name: 'Alexander Lukashenko', surnames: ['Lukashenko'], variants: ['Aliaksandr Lukashenka', 'Alexander Lukashenka'] },
  { name: 'Andrii Sybiha', surnames: ['Sybiha'], variants: ['Andriy Sybiha'] },
  { name: 'Dmytro Kuleba', surnames: ['Kuleba'] },
  { name: 'Rustem Umerov', surnames: ['Umerov'] },
  { name: 'Denys Shmyhal', surnames: ['Shmyhal'] },
  { name: 'Vitali Klitschko', surnames: ['Klitschko'], variants: ['Vitaliy Klitschko'] },
  { name: 'Yevgeny Prigozhin', surnames: ['Prigozhin'], variants: ['Yevgeniy Prigozhin', 'Evgeny Prigozhin'] },
  { name: 'Ramzan Kadyrov', surnames: ['Kadyrov'] },
  { name: 'Keir Starmer', surnames: ['Starmer'] },
  { name: 'Rishi Sunak', surnames: ['Sunak'] },
  { name: 'Boris Johnson', surnames: [] },
  { name: 'Friedrich Merz', surnames: ['Merz'] },
  { name: 'Angela Merkel', surnames: ['Merkel'] },
  { name: 'Giorgia Meloni', surnames: ['Meloni'] },
  { name: 'Viktor Orban', surnames: ['Orban', 'Orbán'], variants: ['Viktor Orbán'] },
  { name: 'Narendra Modi', surnames: ['Modi'] },
  { name: 'Luiz Inacio Lula da Silva', surnames: ['Lula'], variants: ['Luiz Inácio Lula da Silva', 'Lula da Silva'] },
  { name: 'Jair Bolsonaro', surnames: ['Bolsonaro'] },
  { name: 'Ursula von der Leyen', surnames: ['von der Leyen'] },
  { name: 'Mark Rutte', surnames: ['Rutte'] },
  { name: 'Jens Stoltenberg', surnames: ['Stoltenberg'] },
  { name: 'Antonio Guterres', surnames: ['Guterres'], variants: ['António Guterres'] },
  { name: 'Kamala Harris', surnames: [] },
  { name: 'Antony Blinken', surnames: ['Blinken'] },
  { name: 'Lloyd Austin', surnames: [] },
  { name: 'Marco Rubio', surnames: ['Rubio'] },
  { name: 'Pete Hegseth', surnames: ['Hegseth'] },
  { name: 'Keith Kellogg', surnames: ['Kellogg'] },
  { name: 'Steve Witkoff', surnames: ['Witkoff'] },
  { name: 'Elon Musk', surnames: ['Musk'] },
  { name: 'Ben Hodges', surnames: ['Hodges'] },
  { name: 'Ali Khamenei', surnames: ['Khamenei'] },
  { name: 'Masoud Pezeshkian', surnames: ['Pezeshkian'] },
  { name: 'Bashar al-Assad', surnames: ['Assad', 'al-Assad'] },
  { name: 'Pope Francis', surnames: [] },
];
