// Places that are not populated places, so the GeoNames city list lacks them: first-level administrative regions of the
// countries news most often covers, world regions, and physical features (rivers, seas, lakes, mountain ranges, deserts).
// Compact "Name=variant,variant" lines, comma- or line-separated groups; names that are also common words or first names
// are left out or listed only in an unambiguous longer form.

/**
 * US states as news writes them after a town ("Richmond, Va.", "Newark, N.J."): the state's name (as in ADMIN_REGIONS)
 * and its abbreviations without their closing dot. Georgia and Washington are left out: their names are a country and a
 * capital. Read only in that slot: "Pa", "Mo", "La" and "Ill" are words and names elsewhere.
 */
export const STATE_ABBREVIATIONS = `Alabama=Ala|Arizona=Ariz|Arkansas=Ark|California=Calif,Cal|Colorado=Colo|Connecticut=Conn
Delaware=Del|Florida=Fla|Illinois=Ill|Indiana=Ind|Kansas=Kan,Kans|Kentucky=Ky|Louisiana=La|Maryland=Md|Massachusetts=Mass
Michigan=Mich|Minnesota=Minn|Mississippi=Miss|Missouri=Mo|Montana=Mont|Nebraska=Neb,Nebr|Nevada=Nev|New Hampshire=N.H
New Jersey=N.J|New Mexico=N.M|New York=N.Y|North Carolina=N.C|North Dakota=N.D|Oklahoma=Okla|Oregon=Ore,Oreg
Pennsylvania=Pa,Penn|Rhode Island=R.I|South Carolina=S.C|South Dakota=S.D|Tennessee=Tenn|Texas=Tex|Vermont=Vt|Virginia=Va
West Virginia=W.Va|Wisconsin=Wis,Wisc|Wyoming=Wyo`;

/**
 * Regions news writes abbreviated in running text, outside the "Town, St." slot too ("two happened in B.C.", "three in
 * Ont.", "floods in NSW", "Qld"): the region's name (as in ADMIN_REGIONS) and its abbreviations as written, without a
 * closing dot. Only forms that are no common word, name or other initialism ("Man.", "Vic", "WA", "SA", "ACT", "NT",
 * "M.P.", "A.P." are left out). Read after a town and a comma like a US state's, after a preposition of place, in a list
 * of places or before a possessive ending (`regionAbbreviations` in recognize.ts), never after a number ("500 B.C." is an
 * era).
 */
export const REGION_ABBREVIATIONS = `British Columbia=B.C|Ontario=Ont|Quebec=Que|Alberta=Alta|Saskatchewan=Sask
Nova Scotia=N.S|New Brunswick=N.B|Newfoundland and Labrador=Nfld,N.L|Prince Edward Island=P.E.I
New South Wales=NSW,N.S.W|Queensland=Qld|Tasmania=Tas|Western Australia=W.A`;

/**
 * First-level regions (states, provinces, Länder, regions) and other named parts of a country, grouped by country: a line
 * "Country: A|B" puts its regions in that country (a name of countries.ts); a line without one names regions that span
 * countries or whose country is disputed.
 */
export const ADMIN_REGIONS = `
United States: Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa
United States: Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska
United States: Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
United States: Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
United States: Alaska|Puerto Rico|Long Island|Manhattan|Brooklyn|Silicon Valley|Wall Street
United States: Midwest|New England|Pacific Northwest
India: Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka
India: Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha=Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu
India: Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir|Ladakh|Delhi
Canada: Ontario|Quebec=Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Canada: Newfoundland and Labrador|Prince Edward Island|Yukon|Prairies
Australia: New South Wales|Queensland|Tasmania|Western Australia|South Australia|Northern Territory
Germany: Bavaria=Bayern|Baden-Württemberg=Baden-Wurttemberg|Saxony=Sachsen|Saxony-Anhalt|Thuringia|Brandenburg|Hesse=Hessen
Germany: Lower Saxony|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Schleswig-Holstein|Mecklenburg-Western Pomerania
Germany: Ahr Valley
Pakistan: Sindh|Khyber Pakhtunkhwa|Balochistan=Baluchistan|Gilgit-Baltistan
China: Guangdong|Sichuan|Yunnan|Hubei|Hunan|Henan|Hebei|Shandong|Jiangsu|Zhejiang|Fujian|Guangxi|Xinjiang|Tibet|Inner Mongolia
China: Shanxi|Shaanxi|Gansu|Qinghai|Heilongjiang|Jilin|Liaoning|Anhui|Jiangxi|Guizhou|Hainan|Ningxia
Brazil: São Paulo State|Minas Gerais|Bahia|Rio Grande do Sul|Paraná|Pernambuco|Ceará|Pará|Amazonas|Santa Catarina|Goiás
Mexico: Chiapas|Oaxaca|Jalisco|Sonora|Chihuahua|Sinaloa|Guerrero|Michoacán=Michoacan|Tamaulipas|Veracruz|Baja California
Mexico: Yucatán=Yucatan|State of Mexico=Mexico State,Edomex
Nigeria: Borno|Kaduna|Kano State|Zamfara|Katsina|Adamawa|Yobe
Spain: Catalonia=Catalunya|Andalusia=Andalucía|Basque Country|Galicia|Valencia Region|Aragon|Castile and León|Canary Islands
Spain: Balearic Islands|Mallorca=Majorca
Italy: Lombardy|Lazio|Tuscany|Sicily|Sardinia|Piedmont|Veneto|Campania|Calabria|Apulia=Puglia|Emilia-Romagna|Liguria
France: Brittany|Normandy|Provence|Occitania|Île-de-France=Ile-de-France|Corsica|Alsace|Auvergne-Rhône-Alpes|Hauts-de-France
United Kingdom: England|Scotland|Wales|Northern Ireland
Belgium: Flanders|Wallonia
Greece: Attica|Thessaly|Crete|Peloponnese|Euboea=Evia|Rhodes|Corfu|Lesbos|Chalkidiki=Halkidiki
Japan: Hokkaido|Okinawa|Fukushima Prefecture|Kyushu|Honshu|Noto Peninsula
Turkey: Anatolia
Iraq: Kurdistan Region|Anbar|Nineveh
Iran: Khuzestan|Sistan and Baluchestan
Philippines: Luzon|Mindanao|Visayas
Indonesia: Java|Sumatra|Sulawesi|Bali|Papua
Sudan: Darfur|Kordofan
Ethiopia: Tigray|Amhara|Oromia|Afar
Congo: North Kivu|South Kivu|Ituri|Katanga|Kasai
Mozambique: Cabo Delgado
Mali: Azawad|Ménaka=Menaka|Timbuktu=Tombouctou
Niger: Tillabéri=Tillaberi
Syria: Idlib|Aleppo Governorate
Ukraine: Donbas=Donbass|Crimea|Kharkivshchyna|Sumshchyna|Zaporizhzhia Oblast|Kherson Oblast
Russia: Kurshchyna|Siberia|Chechnya|Dagestan
Moldova: Transnistria
Georgia: Abkhazia|South Ossetia
Egypt: Sinai
Bangladesh: Sylhet|Chittagong
Palestine: Gaza Strip|West Bank
Borneo|Liptako-Gourma|Kashmir|Bengal|Golan Heights|Kurdistan`;

/** World regions and groups of countries. */
export const WORLD_REGIONS = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East=Mideast|Near East|Arctic
Antarctica|Oceania|Caribbean|Balkans|Caucasus|Baltics|Scandinavia|Nordics|Central Europe|Eastern Europe|Western Europe
Northern Europe|Southern Europe|Southeast Europe|Central Asia|South Asia|East Asia|Southeast Asia|West Africa|East Africa
North Africa|Southern Africa|Central Africa|Sub-Saharan Africa|Sahel|Horn of Africa|Maghreb|Levant|Indo-Pacific
Asia-Pacific=Asia Pacific|Gulf region|Persian Gulf|Gulf States|Global South|Mediterranean|Pacific|Atlantic`;

/** Seas, lakes, straits, mountain ranges and deserts. */
export const FEATURES = `Black Sea|Azov Sea=Sea of Azov|Baltic Sea|North Sea|Red Sea|Caspian Sea|Dead Sea|Aegean Sea=Aegean|Adriatic Sea=Adriatic
Ionian Sea|South China Sea|East China Sea|Sea of Japan|Arabian Sea|Bay of Bengal|Gulf of Mexico|Gulf of Aden|Gulf of Guinea
Indian Ocean|Arctic Ocean|Pacific Ocean|Atlantic Ocean|Strait of Hormuz|Bosphorus|Dardanelles|Suez Canal|Panama Canal
Kerch Strait|Taiwan Strait|English Channel|Lake Chad|Lake Victoria|Lake Tanganyika|Lake Baikal|Great Lakes|Lake Geneva
Lake Titicaca|Himalayas|Alps|Andes|Rocky Mountains=Rockies|Ural Mountains=Urals|Carpathians=Carpathian Mountains|Pyrenees
Atlas Mountains|Hindu Kush|Caucasus Mountains|Sahara|Gobi Desert|Kalahari|Negev|Sierra Nevada|Appalachians`;

/**
 * Rivers: canonical "X River", written "X", "X river", "River X" or "the X". A leading "*" marks a name that is also a common
 * word, a first name or a country ("Don", "Jordan"): only "X River" / "River X" name it.
 */
export const RIVERS = `Nile|Amazon|Yangtze|*Mississippi|*Missouri|Ganges=Ganga|Brahmaputra|Indus|Mekong|Danube|Rhine|Elbe|Oder|Vistula
Volga|*Don|Dnipro=Dnieper|Dniester|Seine|Loire|Rhône=Rhone|*Po|Tiber|Thames|Tigris|Euphrates|*Jordan|*Niger|*Congo|Zambezi
Limpopo|Rio Grande|Irrawaddy|Teesta=Tista|Meghna|Padma|Jamuna|Surma|Kushiyara|Yamuna|Godavari|*Krishna|Kaveri=Cauvery|Narmada
Mahanadi|Sutlej|Chenab|Jhelum|Tagus|Ebro|Douro|Guadalquivir|*Severn|*Hudson|Potomac|*Ohio|*Colorado|*Columbia|Yukon
Orinoco|Yenisei|Amur|Syr Darya|Amu Darya|Kuban|Neva|Desna|Seym=Seim|Pripyat=Prypiat|Siverskyi Donets=Seversky Donets|Oskil
Inhulets|Sava|Drina|Tisza|Evros=Maritsa|Axios|Volta|Shebelle|Okavango|Ahr|Mosel=Moselle|*Main|Neckar|*Inn|Arno|*Ural`;

/** Capitals (and seats of government) -> country, for "the General Staff in Kiev", "officials in Moscow". */
export const CAPITALS = `Kyiv:Ukraine|Moscow:Russia|Minsk:Belarus|Warsaw:Poland|Berlin:Germany|Paris:France|London:United Kingdom
Washington:United States|Beijing:China|Tokyo:Japan|Seoul:South Korea|Pyongyang:North Korea|Tehran:Iran|Ankara:Turkey
Jerusalem:Israel|Cairo:Egypt|New Delhi:India|Dhaka:Bangladesh|Islamabad:Pakistan|Kabul:Afghanistan|Baghdad:Iraq
Damascus:Syria|Beirut:Lebanon|Riyadh:Saudi Arabia|Doha:Qatar|Tallinn:Estonia|Riga:Latvia|Vilnius:Lithuania
Helsinki:Finland|Stockholm:Sweden|Oslo:Norway|Copenhagen:Denmark|Rome:Italy|Madrid:Spain|Lisbon:Portugal|Athens:Greece
Vienna:Austria|Prague:Czech Republic|Budapest:Hungary|Bucharest:Romania|Sofia:Bulgaria|Belgrade:Serbia|Chisinau:Moldova
Tbilisi:Georgia|Yerevan:Armenia|Baku:Azerbaijan|Brasilia:Brazil|Buenos Aires:Argentina|Mexico City:Mexico|Ottawa:Canada
Canberra:Australia|Nairobi:Kenya|Addis Ababa:Ethiopia|Khartoum:Sudan|Bamako:Mali|Niamey:Niger|Ouagadougou:Burkina Faso
Abuja:Nigeria|Dakar:Senegal|Pretoria:South Africa|Brussels:Belgium|Amsterdam:Netherlands|Bern:Switzerland
Lima:Peru|Santiago:Chile|Guatemala City:Guatemala|Bogota:Colombia|Quito:Ecuador|Caracas:Venezuela|Managua:Nicaragua|Tegucigalpa:Honduras
San Salvador:El Salvador|Port-au-Prince:Haiti|Havana:Cuba|Manila:Philippines|Jakarta:Indonesia|Bangkok:Thailand
Hanoi:Vietnam|Kathmandu:Nepal|Colombo:Sri Lanka|Tunis:Tunisia|Algiers:Algeria|Rabat:Morocco|Accra:Ghana|Freetown:Sierra Leone
Kampala:Uganda|Lilongwe:Malawi|Harare:Zimbabwe|Maputo:Mozambique|Tashkent:Uzbekistan|Amman:Jordan|Dublin:Ireland`;
