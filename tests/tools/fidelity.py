#!/usr/bin/env python3
# Copied from shared/tools so the test suite runs from a clone alone.
"""Field fidelity of `undoc parse` against hand labels (manifest.jsonl).

usage: fidelity.py UNDOC_BINARY CORPUS_DIR [--min RATIO] [--verbose]
Runs `UNDOC parse FILE` on each labelled document, compares the JSON contract fields
(the JSON contract) with the labels, prints per-document misses and the overall ratio last.
Exit 1 when the ratio is under --min (default 0).
"""
import json, re, subprocess, sys, unicodedata

ISO = {  # names used in the labels -> ISO 3166-1 alpha-3
    'Armenia': 'ARM', 'Belarus': 'BLR', 'Belgium': 'BEL', 'Brazil': 'BRA', 'Burkina Faso': 'BFA',
    'China': 'CHN', 'Cuba': 'CUB', 'Denmark': 'DNK', 'Egypt': 'EGY', 'France': 'FRA',
    'Georgia': 'GEO', 'Germany': 'DEU', 'India': 'IND', 'Israel': 'ISR', 'Kazakhstan': 'KAZ',
    'Kyrgyzstan': 'KGZ', 'Lebanon': 'LBN', 'Libyan Arab Jamahiriya': 'LBY', 'Libya': 'LBY',
    'Mali': 'MLI', 'Nigeria': 'NGA', 'Pakistan': 'PAK', 'Russian Federation': 'RUS',
    'Switzerland': 'CHE', 'Syrian Arab Republic': 'SYR', 'Tajikistan': 'TJK', 'Tunisia': 'TUN',
    'United Kingdom': 'GBR', 'United States': 'USA', 'Uzbekistan': 'UZB',
    'Venezuela (Bolivarian Republic of)': 'VEN',
}
KIND = {'letter': 'letter', 'identical_letters': 'identicalLetters', 'note_verbale': 'noteVerbale',
        'other': 'other'}


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize('NFKC', str(s)).replace('\u2019', "'").lower()
    s = re.sub(r'[\s\u00a0]+', ' ', s).strip(' .,;:')
    return s


def role(s):
    s = norm(s) or ''
    return re.sub(r'representatives\b', 'representative', s)


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


ISO_3166 = {  # ISO 3166-1 names (short, common, official) -> alpha-3
    "Afghanistan": "AFG", "Albania": "ALB", "Algeria": "DZA", "American Samoa": "ASM",
    "Andorra": "AND", "Angola": "AGO", "Anguilla": "AIA", "Antarctica": "ATA",
    "Antigua and Barbuda": "ATG", "Arab Republic of Egypt": "EGY", "Argentina": "ARG",
    "Argentine Republic": "ARG", "Armenia": "ARM", "Aruba": "ABW", "Australia": "AUS",
    "Austria": "AUT", "Azerbaijan": "AZE", "Bahamas": "BHS", "Bahrain": "BHR", "Bangladesh": "BGD",
    "Barbados": "BRB", "Belarus": "BLR", "Belgium": "BEL", "Belize": "BLZ", "Benin": "BEN",
    "Bermuda": "BMU", "Bhutan": "BTN", "Bolivarian Republic of Venezuela": "VEN", "Bolivia": "BOL",
    "Bolivia, Plurinational State of": "BOL", "Bonaire, Sint Eustatius and Saba": "BES",
    "Bosnia and Herzegovina": "BIH", "Botswana": "BWA", "Bouvet Island": "BVT", "Brazil": "BRA",
    "British Indian Ocean Territory": "IOT", "British Virgin Islands": "VGB",
    "Brunei Darussalam": "BRN", "Bulgaria": "BGR", "Burkina Faso": "BFA", "Burundi": "BDI",
    "Cabo Verde": "CPV", "Cambodia": "KHM", "Cameroon": "CMR", "Canada": "CAN",
    "Cayman Islands": "CYM", "Central African Republic": "CAF", "Chad": "TCD", "Chile": "CHL",
    "China": "CHN", "Christmas Island": "CXR", "Cocos (Keeling) Islands": "CCK", "Colombia": "COL",
    "Commonwealth of Dominica": "DMA", "Commonwealth of the Bahamas": "BHS",
    "Commonwealth of the Northern Mariana Islands": "MNP", "Comoros": "COM", "Congo": "COG",
    "Congo, The Democratic Republic of the": "COD", "Cook Islands": "COK", "Costa Rica": "CRI",
    "Croatia": "HRV", "Cuba": "CUB", "Curaçao": "CUW", "Cyprus": "CYP", "Czech Republic": "CZE",
    "Czechia": "CZE", "Côte d'Ivoire": "CIV", "Democratic People's Republic of Korea": "PRK",
    "Democratic Republic of Sao Tome and Principe": "STP",
    "Democratic Republic of Timor-Leste": "TLS",
    "Democratic Socialist Republic of Sri Lanka": "LKA", "Denmark": "DNK", "Djibouti": "DJI",
    "Dominica": "DMA", "Dominican Republic": "DOM", "Eastern Republic of Uruguay": "URY",
    "Ecuador": "ECU", "Egypt": "EGY", "El Salvador": "SLV", "Equatorial Guinea": "GNQ",
    "Eritrea": "ERI", "Estonia": "EST", "Eswatini": "SWZ", "Ethiopia": "ETH",
    "Falkland Islands (Malvinas)": "FLK", "Faroe Islands": "FRO",
    "Federal Democratic Republic of Ethiopia": "ETH",
    "Federal Democratic Republic of Nepal": "NPL", "Federal Republic of Germany": "DEU",
    "Federal Republic of Nigeria": "NGA", "Federal Republic of Somalia": "SOM",
    "Federated States of Micronesia": "FSM", "Federative Republic of Brazil": "BRA", "Fiji": "FJI",
    "Finland": "FIN", "France": "FRA", "French Guiana": "GUF", "French Polynesia": "PYF",
    "French Republic": "FRA", "French Southern Territories": "ATF", "Gabon": "GAB",
    "Gabonese Republic": "GAB", "Gambia": "GMB", "Georgia": "GEO", "Germany": "DEU",
    "Ghana": "GHA", "Gibraltar": "GIB", "Grand Duchy of Luxembourg": "LUX", "Greece": "GRC",
    "Greenland": "GRL", "Grenada": "GRD", "Guadeloupe": "GLP", "Guam": "GUM", "Guatemala": "GTM",
    "Guernsey": "GGY", "Guinea": "GIN", "Guinea-Bissau": "GNB", "Guyana": "GUY", "Haiti": "HTI",
    "Hashemite Kingdom of Jordan": "JOR", "Heard Island and McDonald Islands": "HMD",
    "Hellenic Republic": "GRC", "Holy See (Vatican City State)": "VAT", "Honduras": "HND",
    "Hong Kong": "HKG", "Hong Kong Special Administrative Region of China": "HKG",
    "Hungary": "HUN", "Iceland": "ISL", "Independent State of Papua New Guinea": "PNG",
    "Independent State of Samoa": "WSM", "India": "IND", "Indonesia": "IDN", "Iran": "IRN",
    "Iran, Islamic Republic of": "IRN", "Iraq": "IRQ", "Ireland": "IRL",
    "Islamic Republic of Afghanistan": "AFG", "Islamic Republic of Iran": "IRN",
    "Islamic Republic of Mauritania": "MRT", "Islamic Republic of Pakistan": "PAK",
    "Isle of Man": "IMN", "Israel": "ISR", "Italian Republic": "ITA", "Italy": "ITA",
    "Jamaica": "JAM", "Japan": "JPN", "Jersey": "JEY", "Jordan": "JOR", "Kazakhstan": "KAZ",
    "Kenya": "KEN", "Kingdom of Bahrain": "BHR", "Kingdom of Belgium": "BEL",
    "Kingdom of Bhutan": "BTN", "Kingdom of Cambodia": "KHM", "Kingdom of Denmark": "DNK",
    "Kingdom of Eswatini": "SWZ", "Kingdom of Lesotho": "LSO", "Kingdom of Morocco": "MAR",
    "Kingdom of Norway": "NOR", "Kingdom of Saudi Arabia": "SAU", "Kingdom of Spain": "ESP",
    "Kingdom of Sweden": "SWE", "Kingdom of Thailand": "THA", "Kingdom of Tonga": "TON",
    "Kingdom of the Netherlands": "NLD", "Kiribati": "KIR",
    "Korea, Democratic People's Republic of": "PRK", "Korea, Republic of": "KOR", "Kuwait": "KWT",
    "Kyrgyz Republic": "KGZ", "Kyrgyzstan": "KGZ", "Lao People's Democratic Republic": "LAO",
    "Laos": "LAO", "Latvia": "LVA", "Lebanese Republic": "LBN", "Lebanon": "LBN", "Lesotho": "LSO",
    "Liberia": "LBR", "Libya": "LBY", "Liechtenstein": "LIE", "Lithuania": "LTU",
    "Luxembourg": "LUX", "Macao": "MAC", "Macao Special Administrative Region of China": "MAC",
    "Madagascar": "MDG", "Malawi": "MWI", "Malaysia": "MYS", "Maldives": "MDV", "Mali": "MLI",
    "Malta": "MLT", "Marshall Islands": "MHL", "Martinique": "MTQ", "Mauritania": "MRT",
    "Mauritius": "MUS", "Mayotte": "MYT", "Mexico": "MEX",
    "Micronesia, Federated States of": "FSM", "Moldova": "MDA", "Moldova, Republic of": "MDA",
    "Monaco": "MCO", "Mongolia": "MNG", "Montenegro": "MNE", "Montserrat": "MSR", "Morocco": "MAR",
    "Mozambique": "MOZ", "Myanmar": "MMR", "Namibia": "NAM", "Nauru": "NRU", "Nepal": "NPL",
    "Netherlands": "NLD", "New Caledonia": "NCL", "New Zealand": "NZL", "Nicaragua": "NIC",
    "Niger": "NER", "Nigeria": "NGA", "Niue": "NIU", "Norfolk Island": "NFK", "North Korea": "PRK",
    "North Macedonia": "MKD", "Northern Mariana Islands": "MNP", "Norway": "NOR", "Oman": "OMN",
    "Pakistan": "PAK", "Palau": "PLW", "Palestine, State of": "PSE", "Panama": "PAN",
    "Papua New Guinea": "PNG", "Paraguay": "PRY", "People's Democratic Republic of Algeria": "DZA",
    "People's Republic of Bangladesh": "BGD", "People's Republic of China": "CHN", "Peru": "PER",
    "Philippines": "PHL", "Pitcairn": "PCN", "Plurinational State of Bolivia": "BOL",
    "Poland": "POL", "Portugal": "PRT", "Portuguese Republic": "PRT",
    "Principality of Andorra": "AND", "Principality of Liechtenstein": "LIE",
    "Principality of Monaco": "MCO", "Puerto Rico": "PRI", "Qatar": "QAT",
    "Republic of Albania": "ALB", "Republic of Angola": "AGO", "Republic of Armenia": "ARM",
    "Republic of Austria": "AUT", "Republic of Azerbaijan": "AZE", "Republic of Belarus": "BLR",
    "Republic of Benin": "BEN", "Republic of Bosnia and Herzegovina": "BIH",
    "Republic of Botswana": "BWA", "Republic of Bulgaria": "BGR", "Republic of Burundi": "BDI",
    "Republic of Cabo Verde": "CPV", "Republic of Cameroon": "CMR", "Republic of Chad": "TCD",
    "Republic of Chile": "CHL", "Republic of Colombia": "COL", "Republic of Costa Rica": "CRI",
    "Republic of Croatia": "HRV", "Republic of Cuba": "CUB", "Republic of Cyprus": "CYP",
    "Republic of Côte d'Ivoire": "CIV", "Republic of Djibouti": "DJI",
    "Republic of Ecuador": "ECU", "Republic of El Salvador": "SLV",
    "Republic of Equatorial Guinea": "GNQ", "Republic of Estonia": "EST",
    "Republic of Fiji": "FJI", "Republic of Finland": "FIN", "Republic of Ghana": "GHA",
    "Republic of Guatemala": "GTM", "Republic of Guinea": "GIN",
    "Republic of Guinea-Bissau": "GNB", "Republic of Guyana": "GUY", "Republic of Haiti": "HTI",
    "Republic of Honduras": "HND", "Republic of Iceland": "ISL", "Republic of India": "IND",
    "Republic of Indonesia": "IDN", "Republic of Iraq": "IRQ", "Republic of Kazakhstan": "KAZ",
    "Republic of Kenya": "KEN", "Republic of Kiribati": "KIR", "Republic of Latvia": "LVA",
    "Republic of Liberia": "LBR", "Republic of Lithuania": "LTU", "Republic of Madagascar": "MDG",
    "Republic of Malawi": "MWI", "Republic of Maldives": "MDV", "Republic of Mali": "MLI",
    "Republic of Malta": "MLT", "Republic of Mauritius": "MUS", "Republic of Moldova": "MDA",
    "Republic of Mozambique": "MOZ", "Republic of Myanmar": "MMR", "Republic of Namibia": "NAM",
    "Republic of Nauru": "NRU", "Republic of Nicaragua": "NIC",
    "Republic of North Macedonia": "MKD", "Republic of Palau": "PLW", "Republic of Panama": "PAN",
    "Republic of Paraguay": "PRY", "Republic of Peru": "PER", "Republic of Poland": "POL",
    "Republic of San Marino": "SMR", "Republic of Senegal": "SEN", "Republic of Serbia": "SRB",
    "Republic of Seychelles": "SYC", "Republic of Sierra Leone": "SLE",
    "Republic of Singapore": "SGP", "Republic of Slovenia": "SVN",
    "Republic of South Africa": "ZAF", "Republic of South Sudan": "SSD",
    "Republic of Suriname": "SUR", "Republic of Tajikistan": "TJK",
    "Republic of Trinidad and Tobago": "TTO", "Republic of Tunisia": "TUN",
    "Republic of Türkiye": "TUR", "Republic of Uganda": "UGA", "Republic of Uzbekistan": "UZB",
    "Republic of Vanuatu": "VUT", "Republic of Yemen": "YEM", "Republic of Zambia": "ZMB",
    "Republic of Zimbabwe": "ZWE", "Republic of the Congo": "COG", "Republic of the Gambia": "GMB",
    "Republic of the Marshall Islands": "MHL", "Republic of the Niger": "NER",
    "Republic of the Philippines": "PHL", "Republic of the Sudan": "SDN", "Romania": "ROU",
    "Russian Federation": "RUS", "Rwanda": "RWA", "Rwandese Republic": "RWA", "Réunion": "REU",
    "Saint Barthélemy": "BLM", "Saint Helena, Ascension and Tristan da Cunha": "SHN",
    "Saint Kitts and Nevis": "KNA", "Saint Lucia": "LCA", "Saint Martin (French part)": "MAF",
    "Saint Pierre and Miquelon": "SPM", "Saint Vincent and the Grenadines": "VCT", "Samoa": "WSM",
    "San Marino": "SMR", "Sao Tome and Principe": "STP", "Saudi Arabia": "SAU", "Senegal": "SEN",
    "Serbia": "SRB", "Seychelles": "SYC", "Sierra Leone": "SLE", "Singapore": "SGP",
    "Sint Maarten (Dutch part)": "SXM", "Slovak Republic": "SVK", "Slovakia": "SVK",
    "Slovenia": "SVN", "Socialist Republic of Viet Nam": "VNM", "Solomon Islands": "SLB",
    "Somalia": "SOM", "South Africa": "ZAF", "South Georgia and the South Sandwich Islands": "SGS",
    "South Korea": "KOR", "South Sudan": "SSD", "Spain": "ESP", "Sri Lanka": "LKA",
    "State of Israel": "ISR", "State of Kuwait": "KWT", "State of Qatar": "QAT", "Sudan": "SDN",
    "Sultanate of Oman": "OMN", "Suriname": "SUR", "Svalbard and Jan Mayen": "SJM",
    "Sweden": "SWE", "Swiss Confederation": "CHE", "Switzerland": "CHE", "Syria": "SYR",
    "Syrian Arab Republic": "SYR", "Taiwan": "TWN", "Taiwan, Province of China": "TWN",
    "Tajikistan": "TJK", "Tanzania": "TZA", "Tanzania, United Republic of": "TZA",
    "Thailand": "THA", "Timor-Leste": "TLS", "Togo": "TGO", "Togolese Republic": "TGO",
    "Tokelau": "TKL", "Tonga": "TON", "Trinidad and Tobago": "TTO", "Tunisia": "TUN",
    "Turkmenistan": "TKM", "Turks and Caicos Islands": "TCA", "Tuvalu": "TUV", "Türkiye": "TUR",
    "Uganda": "UGA", "Ukraine": "UKR", "Union of the Comoros": "COM",
    "United Arab Emirates": "ARE", "United Kingdom": "GBR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR", "United Mexican States": "MEX",
    "United Republic of Tanzania": "TZA", "United States": "USA",
    "United States Minor Outlying Islands": "UMI", "United States of America": "USA",
    "Uruguay": "URY", "Uzbekistan": "UZB", "Vanuatu": "VUT", "Venezuela": "VEN",
    "Venezuela, Bolivarian Republic of": "VEN", "Viet Nam": "VNM", "Vietnam": "VNM",
    "Virgin Islands of the United States": "VIR", "Virgin Islands, British": "VGB",
    "Virgin Islands, U.S.": "VIR", "Wallis and Futuna": "WLF", "Western Sahara": "ESH",
    "Yemen": "YEM", "Zambia": "ZMB", "Zimbabwe": "ZWE", "the State of Eritrea": "ERI",
    "the State of Palestine": "PSE", "Åland Islands": "ALA",
}


UN_NAMES = {  # UN short names and former names that pycountry does not know exactly
    'Republic of Korea': 'KOR', 'Turkey': 'TUR', 'Micronesia (Federated States of)': 'FSM',
    'Swaziland': 'SWZ', 'Yugoslavia': 'YUG', 'Federal Republic of Yugoslavia': 'YUG',
    'Serbia and Montenegro': 'SCG', 'USSR': 'SUN', 'Union of Soviet Socialist Republics': 'SUN',
    'Zaire': 'ZAR', 'Libyan Arab Jamahiriya': 'LBY', 'Palestine': 'PSE', 'State of Palestine': 'PSE',
    'Holy See': 'VAT', 'Congo': 'COG', 'Democratic Republic of the Congo': 'COD',
    'Czech Republic': 'CZE', 'The former Yugoslav Republic of Macedonia': 'MKD', 'Cape Verde': 'CPV',
    'Kyrgyz Republic': 'KGZ', 'United Kingdom': 'GBR', 'United States': 'USA', 'Iran': 'IRN',
    'Iran (Islamic Republic of)': 'IRN', 'Bolivia (Plurinational State of)': 'BOL',
    'Venezuela (Bolivarian Republic of)': 'VEN', 'German Democratic Republic': 'DDR',
    'Byelorussian Soviet Socialist Republic': 'BLR', 'Ukrainian Soviet Socialist Republic': 'UKR',
    'Burma': 'MMR', 'Democratic Kampuchea': 'KHM', 'Brunei Darussalam': 'BRN',
    # Dissolved States, by their ISO 3166-3 codes (as the gazetteer keys them).
    'Czechoslovakia': 'CSK', 'Democratic Yemen': 'YMD', "People's Democratic Republic of Yemen": 'YMD',
}


def iso3(name):
    """A label's State (name or ISO3 code) as ISO3; exact look-ups only, never fuzzy."""
    for table in (ISO, UN_NAMES, ISO_3166):
        if name in table:
            return table[name]
    if re.fullmatch(r'[A-Z]{3}', name):
        return name
    print(f'warning: no ISO3 code known for the label {name!r}', file=sys.stderr)
    return name


def codes(states):
    out = set()
    for s in states or []:
        if isinstance(s, dict):
            out.add((s.get('code') or '').upper())
        else:
            out.add(iso3(s))
    return out


def compare(label, doc):
    """Yield (field, ok, want, got) for every field the label sets."""
    yield 'kind', doc.get('kind') == KIND[label['doc_type']], label['doc_type'], doc.get('kind')
    if label.get('date'):
        yield 'date', doc.get('date') == label['date'], label['date'], doc.get('date')
    sender = doc.get('sender') or {}
    if label.get('sender_role') and ';' not in label['sender_role']:
        yield 'sender_role', role(sender.get('role')) == role(label['sender_role']), \
            label['sender_role'], sender.get('role')
    if label.get('sender_state'):
        want = codes(as_list(label['sender_state']))
        got = codes(sender.get('states'))
        yield 'sender_states', want == got, sorted(want), sorted(got)
    if label.get('addressee'):
        want = {norm(a) for a in as_list(label['addressee'])}
        got = {norm(a) for a in doc.get('addressees') or []}
        yield 'addressees', want == got, sorted(want), sorted(got)
    if label.get('session') is not None:
        got = (doc.get('session') or {}).get('number')
        yield 'session', got == label['session'], label['session'], got
    if label.get('agenda_items'):
        want = [norm(a['number']) for a in label['agenda_items']]
        got_items = doc.get('agendaItems') or []
        got = [norm(a.get('number')) for a in got_items]
        yield 'agenda_numbers', want == got, want, got
        titles = [(norm(a['title']), norm(g.get('title')))
                  for a, g in zip(label['agenda_items'], got_items) if a.get('title')]
        if titles:
            yield 'agenda_titles', all(w == g for w, g in titles), \
                [w for w, _ in titles], [g for _, g in titles]
    if label.get('complete') or label.get('signed_by'):
        want = {norm(n) for n in label.get('signed_by') or []}
        sigs = list(doc.get('signatures') or [])
        for annex in doc.get('annexes') or []:
            sigs += annex.get('signatures') or []
        got = {norm(s.get('name')) for s in sigs}
        yield 'signed_by', want == got, sorted(want), sorted(got)
    if label.get('complete') or label.get('annex_titles'):
        want = [norm(t) for t in label.get('annex_titles') or []]
        got = [norm(a.get('title')) for a in doc.get('annexes') or []]
        yield 'annex_titles', want == got, want, got
    if label.get('signatory_states'):
        want = codes(label['signatory_states'])
        got = codes(doc.get('signatories'))
        yield 'signatories', want == got, sorted(want), sorted(got)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    minimum = 0.0
    if '--min' in sys.argv:
        minimum = float(sys.argv[sys.argv.index('--min') + 1])
        args.remove(sys.argv[sys.argv.index('--min') + 1])
    binary, corpus = args[0], args[1]
    total = right = 0
    for line in open(f'{corpus}/manifest.jsonl'):
        label = json.loads(line)
        path = f"{corpus}/{label['file']}"
        run = subprocess.run([binary, 'parse', path], capture_output=True, timeout=30)
        if run.returncode != 0:
            fields = list(compare(label, {}))
            total += len(fields)
            print(f"{label['file']}: exit {run.returncode}: {run.stderr.decode()[:200]}")
            continue
        doc = json.loads(run.stdout)
        for field, ok, want, got in compare(label, doc):
            total += 1
            right += ok
            if not ok or verbose:
                print(f"{label['file']}: {field}: {'ok' if ok else 'MISS'} want={want} got={got}")
    ratio = right / total if total else 0.0
    print(f'fidelity {right}/{total} = {ratio:.3f}')
    sys.exit(0 if ratio >= minimum else 1)


if __name__ == '__main__':
    main()
