#!/usr/bin/python3
"""gen_countries.py - writes data/dict/countries.dict: every ISO 3166-1
country (and Kosovo, which ISO lists not) with its names, plus demonyms, capitals as seat-of-government
metonyms (-> XXXGOV) and major cities (-> XXX) for place resolution.

Names come from Debian's iso-codes (/usr/share/iso-codes/json/
iso_3166-1.json, LGPL-2.1+, data only); the table below (aliases,
demonyms, capitals, seats, cities) was written for dyad from general
knowledge.  Codes are the ISO alpha-3 codes, which CAMEO uses for states.

usage: /usr/bin/python3 tools/gen_countries.py > data/dict/countries.dict
"""
import json
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# alpha3: (aliases, demonyms/adjectives, capital, other seat metonyms, cities)
# '|' separates alternatives; "" = none.
T = {
 "AFG": ("", "Afghan|Afghans|Afghani", "Kabul", "", "Kandahar|Herat|Mazar-i-Sharif|Jalalabad"),
 "ALB": ("", "Albanian|Albanians", "Tirana", "", "Durres"),
 "DZA": ("", "Algerian|Algerians", "Algiers", "", "Oran|Constantine"),
 "AGO": ("", "Angolan|Angolans", "Luanda", "", "Huambo"),
 "ARG": ("", "Argentine|Argentinian|Argentines|Argentinians", "Buenos Aires", "the Casa Rosada", "Cordoba|Rosario"),
 "ARM": ("", "Armenian|Armenians", "Yerevan", "", "Gyumri"),
 "AUS": ("", "Australian|Australians", "Canberra", "", "Sydney|Melbourne|Brisbane|Perth|Adelaide|New South Wales"),
 "AUT": ("", "Austrian|Austrians", "Vienna", "", "Salzburg|Graz|Linz|Innsbruck"),
 "AZE": ("", "Azerbaijani|Azerbaijanis|Azeri|Azeris", "Baku", "", "Ganja"),
 "BHR": ("", "Bahraini|Bahrainis", "Manama", "", ""),
 "BGD": ("", "Bangladeshi|Bangladeshis", "Dhaka", "", "Chittagong|Cox's Bazar"),
 "BLR": ("Belorussia", "Belarusian|Belarusians|Belarussian", "Minsk", "", "Gomel|Brest|Grodno"),
 "BEL": ("", "Belgian|Belgians", "", "", "Antwerp|Ghent|Liege"),
 "BEN": ("", "Beninese", "Porto-Novo", "", "Cotonou"),
 "BTN": ("", "Bhutanese", "Thimphu", "", ""),
 "BOL": ("", "Bolivian|Bolivians", "La Paz", "", "Sucre|Santa Cruz de la Sierra|Cochabamba"),
 "BIH": ("Bosnia", "Bosnian|Bosnians", "Sarajevo", "", "Banja Luka|Mostar|Srebrenica"),
 "BWA": ("", "Botswanan|Motswana|Batswana", "Gaborone", "", ""),
 "BRA": ("", "Brazilian|Brazilians", "Brasilia", "the Planalto", "Sao Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Manaus|Recife"),
 "BRN": ("", "Bruneian|Bruneians", "Bandar Seri Begawan", "", ""),
 "BGR": ("", "Bulgarian|Bulgarians", "Sofia", "", "Plovdiv|Varna"),
 "BFA": ("", "Burkinabe|Burkinabes", "Ouagadougou", "", "Bobo-Dioulasso"),
 "BDI": ("", "Burundian|Burundians", "Gitega", "", "Bujumbura"),
 "KHM": ("", "Cambodian|Cambodians", "Phnom Penh", "", "Siem Reap"),
 "CMR": ("", "Cameroonian|Cameroonians", "Yaounde", "", "Douala"),
 "CAN": ("", "Canadian|Canadians", "Ottawa", "Parliament Hill", "Toronto|Montreal|Vancouver|Calgary|Edmonton|Quebec City"),
 "CPV": ("Cape Verde", "Cape Verdean|Cape Verdeans", "Praia", "", ""),
 "CAF": ("", "Central African|Central Africans", "Bangui", "", ""),
 "TCD": ("", "Chadian|Chadians", "N'Djamena|Ndjamena", "", "Abeche"),
 "CHL": ("", "Chilean|Chileans", "Santiago", "La Moneda", "Valparaiso|Concepcion"),
 "CHN": ("People's Republic of China|PRC|mainland China", "Chinese", "Beijing", "Zhongnanhai", "Shanghai|Guangzhou|Shenzhen|Wuhan|Chongqing|Tianjin|Chengdu|Urumqi|Lhasa|Nanjing|Xi'an"),
 "COL": ("", "Colombian|Colombians", "Bogota", "the Casa de Narino", "Medellin|Cali|Barranquilla|Cartagena"),
 "COM": ("", "Comoran|Comorian|Comorians", "Moroni", "", ""),
 # "Congo" alone is the DRC, as wire copy uses it ("eastern Congo"); the
 # Republic goes by its longer names
 "COG": ("Congo-Brazzaville|Republic of the Congo|Republic of Congo", "", "Brazzaville", "", "Pointe-Noire"),
 "COD": ("Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Zaire|Congo", "Congolese", "Kinshasa", "", "Goma|Lubumbashi|Bukavu|Kisangani|Bunia|Beni"),
 "CRI": ("", "Costa Rican|Costa Ricans", "San Jose", "", ""),
 "CIV": ("Ivory Coast|Cote d'Ivoire", "Ivorian|Ivorians", "Yamoussoukro", "", "Abidjan|Bouake"),
 "HRV": ("", "Croatian|Croatians|Croat|Croats", "Zagreb", "", "Dubrovnik"),
 "CUB": ("", "Cuban|Cubans", "Havana", "", "Santiago de Cuba|Guantanamo"),
 "CYP": ("", "Cypriot|Cypriots", "Nicosia", "", "Limassol|Larnaca|Famagusta"),
 "CZE": ("Czech Republic", "Czech|Czechs", "Prague", "", "Brno|Ostrava"),
 "DNK": ("", "Danish|Dane|Danes", "Copenhagen", "", "Aarhus"),
 "DJI": ("", "Djiboutian|Djiboutians", "", "", ""),
 "DOM": ("", "Dominican|Dominicans", "Santo Domingo", "", ""),
 "ECU": ("", "Ecuadorian|Ecuadorians|Ecuadoran", "Quito", "", "Guayaquil"),
 "EGY": ("", "Egyptian|Egyptians", "Cairo", "", "Alexandria|Giza|Port Said|Suez|Sharm el-Sheikh|Luxor|Aswan|Ismailia"),
 "SLV": ("", "Salvadoran|Salvadorans|Salvadorian", "San Salvador", "", ""),
 "GNQ": ("", "Equatoguinean|Equatorial Guinean", "Malabo", "", ""),
 "ERI": ("", "Eritrean|Eritreans", "Asmara", "", "Massawa"),
 "EST": ("", "Estonian|Estonians", "Tallinn", "", "Tartu|Narva"),
 "SWZ": ("Swaziland", "Swazi|Swazis|Emaswati", "Mbabane", "", ""),
 "ETH": ("", "Ethiopian|Ethiopians", "Addis Ababa", "", "Mekelle|Gondar|Bahir Dar|Dire Dawa"),
 "FIN": ("", "Finnish|Finn|Finns", "Helsinki", "", "Turku|Tampere"),
 "FRA": ("", "French|Frenchman|Frenchmen|Frenchwoman", "Paris", "the Elysee|the Elysee Palace|Matignon|the Quai d'Orsay", "Marseille|Lyon|Toulouse|Strasbourg|Bordeaux|Lille|Nantes"),
 "GAB": ("", "Gabonese", "Libreville", "", ""),
 "GMB": ("The Gambia", "Gambian|Gambians", "Banjul", "", ""),
 "GEO": ("", "Georgian|Georgians", "Tbilisi", "", "Batumi|Kutaisi|Sukhumi|Tskhinvali"),
 "DEU": ("", "German|Germans", "Berlin", "the Chancellery|the Bundestag", "Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dusseldorf|Leipzig|Dresden|Bonn"),
 "GHA": ("", "Ghanaian|Ghanaians", "Accra", "", "Kumasi"),
 "GRC": ("", "Greek|Greeks|Hellenic", "Athens", "", "Thessaloniki|Piraeus|Patras"),
 "GTM": ("", "Guatemalan|Guatemalans", "Guatemala City", "", ""),
 "GIN": ("Guinea-Conakry", "Guinean|Guineans", "Conakry", "", ""),
 "GNB": ("", "Bissau-Guinean", "Bissau", "", ""),
 "GUY": ("", "Guyanese", "Georgetown", "", ""),
 "HTI": ("", "Haitian|Haitians", "Port-au-Prince", "", "Cap-Haitien"),
 "HND": ("", "Honduran|Hondurans", "Tegucigalpa", "", "San Pedro Sula"),
 "HUN": ("", "Hungarian|Hungarians", "Budapest", "", "Debrecen|Szeged"),
 "ISL": ("", "Icelandic|Icelander|Icelanders", "Reykjavik", "", ""),
 "IND": ("", "Indian|Indians", "New Delhi", "South Block", "Mumbai|Bombay|Delhi|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Srinagar|Pune|Lucknow"),
 "IDN": ("", "Indonesian|Indonesians", "Jakarta", "", "Surabaya|Bandung|Medan|Makassar|Bali|Aceh|Banda Aceh"),
 "IRN": ("Persia", "Iranian|Iranians|Persian", "Tehran|Teheran", "", "Isfahan|Mashhad|Tabriz|Shiraz|Qom|Natanz|Bushehr|Ahvaz|Bandar Abbas"),
 "IRQ": ("", "Iraqi|Iraqis", "Baghdad", "the Green Zone", "Basra|Mosul|Erbil|Kirkuk|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Sulaimaniya|Samarra"),
 "IRL": ("Eire", "Irish|Irishman", "Dublin", "", "Cork|Limerick|Galway"),
 "ISR": ("", "Israeli|Israelis", "Jerusalem", "the Knesset", "Tel Aviv|Haifa|Ashkelon|Ashdod|Eilat|Beersheba|Sderot|Netanya"),
 "ITA": ("", "Italian|Italians", "Rome", "Palazzo Chigi|the Quirinale", "Milan|Naples|Turin|Florence|Venice|Genoa|Genova|Palermo|Bologna|Lampedusa|Livorno|Pisa|Verona|Bari|Catania|Lombardy|Tuscany|Sicily|Sardinia|Piedmont|Liguria|Veneto|Campania|Calabria|Apulia"),
 "JAM": ("", "Jamaican|Jamaicans", "Kingston", "", "Montego Bay"),
 "JPN": ("", "Japanese", "Tokyo", "", "Osaka|Kyoto|Yokohama|Nagoya|Hiroshima|Nagasaki|Fukushima|Sapporo|Kobe|Okinawa"),
 "JOR": ("", "Jordanian|Jordanians", "Amman", "", "Zarqa|Irbid|Aqaba"),
 "KAZ": ("", "Kazakh|Kazakhs|Kazakhstani", "Astana", "", "Almaty|Shymkent"),
 "KEN": ("", "Kenyan|Kenyans", "Nairobi", "State House", "Mombasa|Kisumu|Nakuru|Garissa|Eldoret"),
 "PRK": ("North Korea|DPRK|Democratic People's Republic of Korea", "North Korean|North Koreans", "Pyongyang", "", "Kaesong|Wonsan|Yongbyon"),
 "KOR": ("South Korea|Republic of Korea|ROK", "South Korean|South Koreans", "Seoul", "the Blue House|Cheong Wa Dae", "Busan|Incheon|Daegu|Gwangju"),
 "KWT": ("", "Kuwaiti|Kuwaitis", "", "", ""),
 "KGZ": ("Kirghizia", "Kyrgyz|Kyrgyzstani", "Bishkek", "", "Osh"),
 "LAO": ("Laos", "Lao|Laotian|Laotians", "Vientiane", "", ""),
 "LVA": ("", "Latvian|Latvians", "Riga", "", ""),
 "LBN": ("", "Lebanese", "Beirut", "", "Tripoli in Lebanon|Sidon|Tyre|Baalbek"),
 "LSO": ("", "Basotho|Mosotho", "Maseru", "", ""),
 "LBR": ("", "Liberian|Liberians", "Monrovia", "", ""),
 "LBY": ("", "Libyan|Libyans", "Tripoli", "", "Benghazi|Misrata|Sirte|Tobruk|Derna|Sabha"),
 "LTU": ("", "Lithuanian|Lithuanians", "Vilnius", "", "Kaunas|Klaipeda"),
 "LUX": ("", "Luxembourgish|Luxembourger|Luxembourgers", "", "", ""),
 "MDG": ("", "Malagasy", "Antananarivo", "", ""),
 "MWI": ("", "Malawian|Malawians", "Lilongwe", "", "Blantyre"),
 "MYS": ("", "Malaysian|Malaysians", "Kuala Lumpur", "Putrajaya", "Penang|Johor Bahru|Kota Kinabalu"),
 "MDV": ("", "Maldivian|Maldivians", "", "", ""),
 "MLI": ("", "Malian|Malians", "Bamako", "", "Timbuktu|Gao|Kidal|Mopti"),
 "MLT": ("", "Maltese", "Valletta", "", ""),
 "MRT": ("", "Mauritanian|Mauritanians", "Nouakchott", "", ""),
 "MUS": ("", "Mauritian|Mauritians", "Port Louis", "", ""),
 "MEX": ("", "Mexican|Mexicans", "Mexico City", "Los Pinos|the National Palace", "Guadalajara|Monterrey|Tijuana|Ciudad Juarez|Acapulco|Culiacan|Cancun"),
 "MDA": ("Moldova", "Moldovan|Moldovans", "Chisinau", "", "Tiraspol"),
 "MNG": ("", "Mongolian|Mongolians", "Ulaanbaatar|Ulan Bator", "", ""),
 "MNE": ("", "Montenegrin|Montenegrins", "Podgorica", "", ""),
 "MAR": ("", "Moroccan|Moroccans", "Rabat", "", "Casablanca|Marrakesh|Marrakech|Tangier|Fez"),
 "MOZ": ("", "Mozambican|Mozambicans", "Maputo", "", "Beira|Cabo Delgado"),
 "MMR": ("Burma", "Burmese|Myanmarese", "Naypyidaw|Nay Pyi Taw", "", "Yangon|Rangoon|Mandalay"),
 "NAM": ("", "Namibian|Namibians", "Windhoek", "", ""),
 "NPL": ("", "Nepali|Nepalese", "Kathmandu", "", "Pokhara"),
 "NLD": ("Holland|the Netherlands", "Dutch|Dutchman", "Amsterdam", "The Hague", "Rotterdam|Utrecht|Eindhoven"),
 "NZL": ("", "New Zealander|New Zealanders|Kiwi", "Wellington", "the Beehive", "Auckland|Christchurch"),
 "NIC": ("", "Nicaraguan|Nicaraguans", "Managua", "", ""),
 "NER": ("", "Nigerien|Nigeriens", "Niamey", "", "Agadez|Zinder"),
 "NGA": ("", "Nigerian|Nigerians", "Abuja", "Aso Rock", "Lagos|Kano|Ibadan|Port Harcourt|Maiduguri|Kaduna|Jos|Benin City"),
 "MKD": ("Macedonia|North Macedonia|FYROM", "Macedonian|Macedonians", "Skopje", "", ""),
 "NOR": ("", "Norwegian|Norwegians", "Oslo", "", "Bergen|Trondheim|Stavanger"),
 "OMN": ("", "Omani|Omanis", "Muscat", "", "Salalah"),
 "PAK": ("", "Pakistani|Pakistanis", "Islamabad", "", "Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Multan|Faisalabad"),
 "PSE": ("Palestine|Palestinian territories|occupied Palestinian territories|West Bank|the West Bank|Gaza|Gaza Strip", "Palestinian|Palestinians", "Ramallah", "", "Gaza City|Hebron|Nablus|Jenin|Khan Younis|Bethlehem|Jericho|Rafah|Deir al-Balah|Jabalia|Tulkarm|Qalqilya"),
 "PAN": ("", "Panamanian|Panamanians", "Panama City", "", ""),
 "PNG": ("", "Papua New Guinean|Papua New Guineans", "Port Moresby", "", ""),
 "PRY": ("", "Paraguayan|Paraguayans", "Asuncion", "", ""),
 "PER": ("", "Peruvian|Peruvians", "Lima", "", "Arequipa|Cusco|Trujillo"),
 "PHL": ("the Philippines", "Filipino|Filipinos|Philippine", "Manila", "Malacanang|Malacanang Palace", "Quezon City|Davao|Cebu|Marawi|Zamboanga"),
 "POL": ("", "Polish", "Warsaw", "", "Krakow|Gdansk|Wroclaw|Lodz|Poznan"),
 "PRT": ("", "Portuguese", "Lisbon", "", "Porto"),
 "QAT": ("", "Qatari|Qataris", "Doha", "", ""),
 "ROU": ("Roumania", "Romanian|Romanians", "Bucharest", "", "Cluj-Napoca|Constanta|Timisoara"),
 "RUS": ("Russia|Russian Federation", "Russian|Russians", "Moscow", "the Kremlin", "Saint Petersburg|St Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Vladivostok|Kaliningrad|Grozny|Murmansk|Belgorod|Kursk|Rostov-on-Don|Volgograd"),
 "RWA": ("", "Rwandan|Rwandans", "Kigali", "", ""),
 "SAU": ("", "Saudi|Saudis|Saudi Arabian", "Riyadh", "", "Jeddah|Mecca|Medina|Dammam"),
 "SEN": ("", "Senegalese", "Dakar", "", "Touba"),
 "SRB": ("", "Serbian|Serbians|Serb|Serbs", "Belgrade", "", "Novi Sad|Nis"),
 "SLE": ("", "Sierra Leonean|Sierra Leoneans", "Freetown", "", ""),
 "SGP": ("", "Singaporean|Singaporeans", "", "", ""),
 "SVK": ("", "Slovak|Slovaks|Slovakian", "Bratislava", "", "Kosice"),
 "SVN": ("", "Slovenian|Slovene|Slovenians|Slovenes", "Ljubljana", "", ""),
 "SOM": ("", "Somali|Somalis", "Mogadishu", "Villa Somalia", "Kismayo|Baidoa|Hargeisa|Bosaso|Garowe"),
 "ZAF": ("", "South African|South Africans", "Pretoria", "the Union Buildings", "Johannesburg|Cape Town|Durban|Soweto|Port Elizabeth"),
 "SSD": ("", "South Sudanese", "Juba", "", "Malakal|Bor|Bentiu|Wau"),
 "ESP": ("", "Spanish|Spaniard|Spaniards", "Madrid", "the Moncloa", "Barcelona|Valencia|Seville|Bilbao|Malaga"),
 "LKA": ("Ceylon", "Sri Lankan|Sri Lankans", "Colombo", "", "Jaffna|Kandy|Trincomalee"),
 "SDN": ("", "Sudanese", "Khartoum", "", "Omdurman|Port Sudan|El Fasher|Nyala|Darfur|Kassala|Wad Madani|El Obeid"),
 "SUR": ("", "Surinamese", "Paramaribo", "", ""),
 "SWE": ("", "Swedish|Swede|Swedes", "Stockholm", "", "Gothenburg|Malmo|Uppsala"),
 "CHE": ("", "Swiss", "Bern|Berne", "", "Geneva|Zurich|Basel|Lausanne|Davos"),
 "SYR": ("Syria", "Syrian|Syrians", "Damascus", "", "Aleppo|Homs|Idlib|Raqqa|Deir ez-Zor|Latakia|Daraa|Kobani|Tartus|Palmyra|Douma|Manbij|Qamishli"),
 "TWN": ("Taiwan|Republic of China", "Taiwanese", "Taipei", "", "Kaohsiung|Taichung|Tainan"),
 "TJK": ("", "Tajik|Tajiks|Tajikistani", "Dushanbe", "", "Khujand"),
 "TZA": ("Tanzania", "Tanzanian|Tanzanians", "Dodoma", "", "Dar es Salaam|Zanzibar|Arusha"),
 "THA": ("Siam", "Thai", "Bangkok", "Government House", "Chiang Mai|Phuket|Pattaya"),
 "TLS": ("East Timor", "Timorese|East Timorese", "Dili", "", ""),
 "TGO": ("", "Togolese", "Lome", "", ""),
 "TTO": ("", "Trinidadian|Trinidadians|Tobagonian", "Port of Spain", "", ""),
 "TUN": ("", "Tunisian|Tunisians", "Tunis", "", "Sfax|Sousse|Sidi Bouzid|Kairouan"),
 "TUR": ("Turkey|Turkiye", "Turkish|Turk|Turks", "Ankara", "", "Istanbul|Izmir|Antalya|Diyarbakir|Gaziantep|Bursa|Adana|Incirlik"),
 "TKM": ("", "Turkmen|Turkmens", "Ashgabat", "", ""),
 "UGA": ("", "Ugandan|Ugandans", "Kampala", "", "Gulu|Entebbe"),
 "UKR": ("the Ukraine", "Ukrainian|Ukrainians", "Kyiv|Kiev", "Bankova", "Kharkiv|Kharkov|Odesa|Odessa|Lviv|Dnipro|Donetsk|Luhansk|Mariupol|Zaporizhzhia|Kherson|Mykolaiv|Bakhmut|Sevastopol|Simferopol|Crimea|Avdiivka|Sumy"),
 "ARE": ("UAE|U.A.E.|Emirates", "Emirati|Emiratis", "Abu Dhabi", "", "Dubai|Sharjah|Ajman|Fujairah"),
 "GBR": ("United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland", "British|Briton|Britons|Brit|Brits|Scottish|Scots|Welsh|Northern Irish", "London", "Downing Street|No. 10|Number 10|Whitehall|Westminster|Home Office|Foreign Office", "Manchester|Birmingham|Liverpool|Glasgow|Edinburgh|Belfast|Cardiff|Leeds|Bristol"),
 "USA": ("United States|United States of America|US|U.S.|USA|U.S.A.|America", "American|Americans", "Washington|Washington DC|Washington D.C.", "the White House|the Pentagon|Capitol Hill|Foggy Bottom|the Oval Office|State Department|U.S. State Department|US State Department", "New York|Los Angeles|Chicago|Houston|Philadelphia|San Francisco|Boston|Miami|Seattle|Atlanta|Dallas|Detroit|New Orleans|Las Vegas|Denver|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Virginia"),
 "URY": ("", "Uruguayan|Uruguayans", "Montevideo", "", ""),
 "UZB": ("", "Uzbek|Uzbeks|Uzbekistani", "Tashkent", "", "Samarkand|Bukhara|Andijan"),
 "VEN": ("Venezuela", "Venezuelan|Venezuelans", "Caracas", "Miraflores|Miraflores Palace", "Maracaibo|Valencia in Venezuela"),
 "VNM": ("Vietnam|Viet Nam", "Vietnamese", "Hanoi", "", "Ho Chi Minh City|Saigon|Da Nang|Haiphong"),
 "YEM": ("", "Yemeni|Yemenis", "Sanaa|Sana'a", "", "Aden|Hodeidah|Taiz|Marib|Mukalla|Saada"),
 "ZMB": ("", "Zambian|Zambians", "Lusaka", "", "Ndola|Kitwe"),
 "ZWE": ("", "Zimbabwean|Zimbabweans", "Harare", "", "Bulawayo"),
 "VAT": ("the Vatican|Vatican City|Holy See", "", "", "", ""),
 "XKX": ("", "", "", "", ""),
 "BLZ": ("", "Belizean|Belizeans", "Belmopan", "", "Belize City"),
 "BHS": ("the Bahamas", "Bahamian|Bahamians", "Nassau", "", ""),
 "BRB": ("", "Barbadian|Barbadians|Bajan", "Bridgetown", "", ""),
 "FJI": ("", "Fijian|Fijians", "Suva", "", ""),
 "SYC": ("", "Seychellois", "", "", ""),
 "SLB": ("Solomon Islands", "Solomon Islander|Solomon Islanders", "Honiara", "", ""),
 "VUT": ("", "Ni-Vanuatu", "Port Vila", "", ""),
 "WSM": ("", "Samoan|Samoans", "Apia", "", ""),
 "TON": ("", "Tongan|Tongans", "Nuku'alofa", "", ""),
 "ESH": ("", "Sahrawi|Sahrawis", "Laayoune", "", ""),
 "GRL": ("", "Greenlandic|Greenlander|Greenlanders", "Nuuk", "", ""),
 "PRI": ("", "Puerto Rican|Puerto Ricans", "San Juan", "", ""),
 "HKG": ("Hong Kong", "Hong Konger|Hong Kongers", "", "", "Kowloon"),
 "MAC": ("Macau|Macao", "Macanese", "", "", ""),
 "KSV": ("", "Kosovar|Kosovars|Kosovan|Kosovo Albanian|Kosovo Albanians", "Pristina|Prishtina", "", "Mitrovica|Prizren"),
}

# States CAMEO codes that ISO 3166-1 does not list: code -> name (the
# Phoenix/PETRARCH dictionaries' code for Kosovo is KSV).
NON_ISO = [{"alpha_3": "KSV", "name": "Kosovo", "official_name": "Republic of Kosovo"}]

def clean(names):
    return [n.strip() for n in names.split("|") if n.strip()]

data = json.load(open(ISO))["3166-1"] + NON_ISO
out = {"countries": [], "demonyms": [], "seats": [], "cities": []}
seen = set()

def fold_word(w):
    """The same normalisation dyad_lexicon_match applies (lexicon.c):
    case, dots, accents, possessive 's, plural -s/-ies."""
    w = unicodedata.normalize("NFKD", w)
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = w.lower().replace(".", "").replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 3 and w.endswith("s") and w[-2] not in "sui'":
        w = w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else w[:-1]
    return w

def fold(name):
    return " ".join(fold_word(w) for w in name.split())

def add(section, names, code):
    keep = []
    for n in names:
        key = fold(n)
        if key in seen:
            continue
        seen.add(key)
        keep.append(n)
    if keep:
        out[section].append("%s : %s" % (" | ".join(keep), code))

for c in sorted(data, key=lambda x: x["alpha_3"]):
    a3 = c["alpha_3"]
    names = []
    extra = T.get(a3, ("", "", "", "", ""))
    # Common names first: they are the canonical spelling in matches.
    if c.get("common_name"):
        names.append(c["common_name"])
    names += [n for n in clean(extra[0]) if n not in names]
    for k in ("name", "official_name"):
        n = c.get(k)
        if n and "," not in n and n not in names:
            names.append(n)
            if n.startswith("Republic of ") or n.startswith("Kingdom of "):
                pass
    if not names:
        names.append(c["name"].split(",")[0])
    add("countries", names, a3)
for c in sorted(data, key=lambda x: x["alpha_3"]):
    a3 = c["alpha_3"]
    extra = T.get(a3)
    if not extra:
        continue
    add("demonyms", clean(extra[1]), a3)
    add("seats", clean(extra[2]) + clean(extra[3]), a3 + "GOV")
    add("cities", clean(extra[4]), a3)

print("""# countries.dict - every ISO 3166-1 country (%d) and Kosovo, with common names,
# demonyms and adjectives, capitals and seat-of-government metonyms
# ("Moscow", "the Kremlin" -> RUSGOV) and major cities (-> the country, for
# place resolution).  Generated by tools/gen_countries.py from Debian's
# iso-codes %s (/usr/share/iso-codes/json/iso_3166-1.json) plus a table
# written for dyad; edit the table in the generator, not this file.
# City names that are also common English words (Male, Nice, Split, Hue,
# Colon, Victoria), "Pole(s)" and Hama (which folds to the same key as
# "Hamas") are left out on purpose.
# Knowledge date of the hand-written table: 2024-12.""" % (len(data) - len(NON_ISO), "4.15"))
for sec in ("countries", "demonyms", "seats", "cities"):
    print("\n[%s]" % sec)
    for line in out[sec]:
        print(line)
