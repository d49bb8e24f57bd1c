#!/usr/bin/env python3
"""Authoring script for the hand-written persona records (docs/personas.md).

Writes matcher-core/src/main/resources/nl/werkmatch/sample/personas.jsonl and
personas-vacancies.jsonl. The JSON files are the source of truth for the library; this script
only keeps them readable to edit. Run from the repository root: python3 sample-data/tools/personas.py
"""
import json

ALMELO = "Almelo"
OUT = "matcher-core/src/main/resources/nl/werkmatch/sample/"


def loc(pc, lat, lon):
    return {"postcode": pc, "lat": lat, "lon": lon, "municipality": ALMELO, "country": "NL"}


def skill(sid, level, source, year=None, label=None):
    d = {"skillId": sid}
    if label:
        d["label"] = label
    d["level"] = level
    d["source"] = source
    if year:
        d["lastUsedYear"] = year
    return d


def free(label, level, source="SELF_REPORTED", year=None):
    d = {"label": label, "level": level, "source": source}
    if year:
        d["lastUsedYear"] = year
    return d


def days(start, end, names=("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")):
    return [{"day": d, "from": start, "to": end} for d in names]


personas = [
    # Julia, P0 (000:1739-1770): 32, HBO, no real work experience, full-time, job-ready now
    {
        "id": "persona-julia", "municipality": ALMELO, "region": "Twente",
        "home": loc("7603", 52.3601, 6.6588),
        "travel": {"modes": ["BIKE", "PUBLIC_TRANSPORT"], "drivingLicences": []},
        "skills": [
            skill("sk.computervaardig", 4, "DIPLOMA"),
            skill("sk.tekstverwerken", 4, "DIPLOMA"),
            skill("sk.spreadsheets", 3, "DIPLOMA"),
            skill("sk.nederlands-schrijven", 5, "DIPLOMA"),
            skill("sk.engels-spreken", 4, "DIPLOMA"),
            skill("sk.leergierig", 4, "SELF_REPORTED"),
        ],
        "experience": [],
        "education": {"highestLevel": "HBO", "startkwalificatie": True},
        "certificates": [],
        "languages": [{"language": "nl", "level": "C2"}, {"language": "en", "level": "B2"}],
        "availability": {"minHours": 36, "maxHours": 40, "startDate": "2026-12-01",
                         "shifts": False, "nights": False, "weekends": False},
        "careDuties": {"childrenUnder5": False, "mantelzorg": False},
        "workProfile": {"pace": 4, "accuracy": 4, "independence": 4, "stressTolerance": 4,
                        "needForStructure": 2, "needForSupervision": 2, "customerContact": 4,
                        "physicalCapacity": 3, "motivation": 5,
                        "drivers": ["eerste werkervaring opdoen", "financiële zelfstandigheid"],
                        "whatHelps": ["een matcher die passende vacatures aanwijst",
                                      "sollicitatiehulp en een kennismaking bij de werkgever"]},
        "limitations": [],
        "participation": {"ladderStep": 6, "route": "WERKNEMER", "jobReady": True},
        "benefit": "BIJSTAND", "benefitSince": "2026-11-16",
        "targetGroups": [],
        "birthYear": 1994,
        "personal": {"name": "Julia (persona P0, Almelo)", "address": "Almelo", "sex": "FEMALE"},
    },
    # Frank, P1 (000:1790-1834): 28, needs a small, forgiving employer; does well on praise
    {
        "id": "persona-frank", "municipality": ALMELO, "region": "Twente",
        "home": loc("7606", 52.3479, 6.6712),
        "travel": {"modes": ["BIKE"], "drivingLicences": []},
        "desiredSectors": ["PRODUCTIE", "GROEN", "LOGISTIEK"],
        "skills": [
            skill("sk.instructies-opvolgen", 3, "ASSESSED", 2026),
            skill("sk.repeterend-werk", 4, "ASSESSED", 2026),
            skill("sk.doorzetten", 3, "ASSESSED", 2026),
            skill("sk.op-tijd-komen", 2, "ASSESSED", 2026),
            skill("sk.omgaan-met-feedback", 1, "ASSESSED", 2026),
            skill("sk.samenwerken", 3, "ASSESSED", 2026),
            skill("sk.goederen-opslaan", 1, "EXPERIENCE", 2026),
        ],
        "experience": [
            {"occupationId": "occ.magazijnmedewerker", "title": "Magazijnmedewerker (2 dagen, ontslagen)",
             "years": 0.0, "lastYear": 2026},
            {"title": "Praktijkassessment (3 maanden) en werkfit-traject (3 maanden)", "years": 0.5,
             "lastYear": 2026},
        ],
        "certificates": [],
        "languages": [{"language": "nl", "level": "C2"}],
        "availability": {"minHours": 36, "maxHours": 40, "shifts": False, "nights": False},
        "workProfile": {"pace": 4, "accuracy": 3, "independence": 3, "stressTolerance": 2,
                        "needForStructure": 4, "needForSupervision": 3, "customerContact": 2,
                        "physicalCapacity": 4, "motivation": 4,
                        "drivers": ["graag werken", "succeservaringen opdoen"],
                        "whatHelps": ["reageert goed op complimenten",
                                      "werk waarbij hij niet te veel hoeft na te denken",
                                      "een kleine werkgever die coulance heeft bij een terugval in vluchtgedrag",
                                      "correcties rustig en vooraf aangekondigd bespreken"]},
        "limitations": [],
        "participation": {"ladderStep": 5, "route": "WERKNEMER", "jobReady": True},
        "benefit": "BIJSTAND", "benefitSince": "2026-04-01",
        "targetGroups": [],
        "birthYear": 1998,
        "personal": {"name": "Frank (persona P1, Almelo)", "address": "Almelo", "sex": "MALE"},
    },
    # Jaap, P-1 (000:1690-1703): 17, VSO/PrO, enthusiastic and very accurate, slow, not yet independent
    {
        "id": "persona-jaap", "municipality": ALMELO, "region": "Twente",
        "home": loc("7608", 52.3711, 6.6443),
        "travel": {"modes": ["BIKE", "WALK"], "drivingLicences": [], "maxTravelMinutes": 30},
        "desiredOccupations": ["occ.cateringmedewerker", "occ.keukenhulp"],
        "desiredSectors": ["HORECA"],
        "skills": [
            skill("sk.nauwkeurig-werken", 4, "ASSESSED", 2026),
            skill("sk.werken-in-tempo", 1, "ASSESSED", 2026),
            skill("sk.zelfstandig-werken", 1, "ASSESSED", 2026),
            skill("sk.broodjes-bereiden", 2, "EXPERIENCE", 2026),
            skill("sk.afwassen", 3, "EXPERIENCE", 2026),
            skill("sk.haccp-hygiene", 2, "EXPERIENCE", 2026),
            skill("sk.grootkeuken", 2, "EXPERIENCE", 2026),
            skill("sk.instructies-opvolgen", 3, "ASSESSED", 2026),
        ],
        "experience": [
            {"occupationId": "occ.cateringmedewerker",
             "title": "Stage personeelsrestaurant van een groot bedrijf", "years": 0.5, "lastYear": 2026},
        ],
        "education": {"highestLevel": "PRO", "startkwalificatie": False,
                      "partialCertificates": ["VSO/PrO, laatste schooljaar 2026-2027"]},
        "certificates": [],
        "languages": [{"language": "nl", "level": "2F"}],
        "availability": {"startDate": "2027-07-01", "nights": False},
        "workProfile": {"pace": 1, "accuracy": 5, "independence": 1, "stressTolerance": 2,
                        "needForStructure": 5, "needForSupervision": 5, "customerContact": 2,
                        "physicalCapacity": 3, "motivation": 5,
                        "drivers": ["zeer enthousiast over zijn stagewerk"],
                        "whatHelps": ["vaste werkbegeleider op de werkvloer",
                                      "tijd krijgen: tempo is niet zijn sterkste kant, nauwkeurigheid wel",
                                      "jobcoach van het werkplein"]},
        "limitations": ["NO_TIME_PRESSURE"],
        "participation": {"ladderStep": 4, "route": "WERKNEMER", "jobReady": False},
        "benefit": "NONE",
        "targetGroups": ["DOELGROEPREGISTER", "LKS_DOELGROEP", "KWETSBARE_SCHOOLVERLATER"],
        "support": {"jobcoachHoursPerWeek": 2.0, "workplaceAdaptations": [], "transportProvision": False},
        "birthYear": 2009,
        "personal": {"name": "Jaap (persona P-1, Almelo)", "address": "Almelo", "sex": "MALE"},
    },
    # Hein, P3 (000:1886-1907): 49, mantelzorg for his mother, 16 h participatieplaats, build-up to 24 h
    {
        "id": "persona-hein", "municipality": ALMELO, "region": "Twente",
        "home": loc("7604", 52.3522, 6.6420),
        "travel": {"modes": ["WALK", "BIKE"], "drivingLicences": [], "maxTravelMinutes": 30},
        "skills": [
            skill("sk.boodschappen-doen", 4, "EXPERIENCE", 2026),
            skill("sk.huishoudelijk-werk", 4, "EXPERIENCE", 2026),
            skill("sk.afspraken-nakomen", 3, "ASSESSED", 2026),
            free("zorgen voor zijn moeder (mantelzorg)", 4, "EXPERIENCE", 2026),
        ],
        "experience": [
            {"title": "Betaald werk tot faillissement van de werkgever (functie niet vastgelegd)"},
            {"title": "Vrijwilligerswerk, in een jaar opgebouwd van 2 naar 8 uur per week", "years": 1.0,
             "lastYear": 2025},
            {"title": "Participatieplaats, nu 16 uur per week", "years": 1.0, "lastYear": 2026},
        ],
        "certificates": [],
        "languages": [{"language": "nl", "level": "C2"}],
        "availability": {"minHours": 16, "maxHours": 24, "buildUpHours": [16, 20, 24],
                         "shifts": False, "nights": False},
        "careDuties": {"childrenUnder5": False, "mantelzorg": True},
        "workProfile": {"pace": 2, "accuracy": 3, "independence": 3, "stressTolerance": 2,
                        "needForStructure": 4, "needForSupervision": 3, "customerContact": 3,
                        "physicalCapacity": 2, "motivation": 4,
                        "drivers": ["uit de bijstand komen", "sociale contacten buiten huis"],
                        "whatHelps": ["uren stap voor stap opbouwen",
                                      "werk dicht bij huis, zodat hij voor zijn moeder kan blijven zorgen",
                                      "een werkgever die het met hem wil proberen"]},
        "limitations": ["NO_HEAVY_LIFTING"],
        "participation": {"ladderStep": 4, "route": "WERKNEMER", "jobReady": True},
        "benefit": "BIJSTAND", "benefitSince": "2023-09-01",
        "targetGroups": [],
        "birthYear": 1977,
        "personal": {"name": "Hein (persona P3, Almelo)", "address": "Almelo", "sex": "MALE"},
    },
]


def req(*pairs):
    return [{"skillId": s, "minLevel": l} for s, l in pairs]


def task(desc, skills, share):
    return {"description": desc, "skillIds": skills, "sharePercent": share}


def vac(**kw):
    base = {"id": None, "employer": None, "contact": None, "sector": None, "occupationId": None,
            "title": None, "description": None, "location": None, "kind": None}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


vacancies = [
    # for Jaap
    vac(id="vac-almelo-catering-bedrijfsrestaurant", employer="Schelfhorst Catering B.V.",
        contact={"name": "Marieke Kamphuis", "email": "marieke@schelfhorstcatering.example"},
        sector="HORECA", occupationId="occ.cateringmedewerker",
        title="Medewerker bedrijfsrestaurant (garantiebaan)",
        description=("Schelfhorst Catering verzorgt het personeelsrestaurant van een groot productiebedrijf in Almelo. "
                     "Voor een garantiebaan zoeken wij een nauwkeurige collega die broodjes en lunch klaarmaakt, "
                     "de afwas doet en de uitgifte netjes houdt. Je werkt overdag in een vast team met een vaste "
                     "werkbegeleider; het tempo bouwen we samen op. Een jobcoach is welkom en we werken met "
                     "loonkostensubsidie. Schoolverlaters van VSO of praktijkonderwijs zijn van harte welkom."),
        location={"postcode": "7602", "lat": 52.3618, "lon": 6.6902, "municipality": ALMELO, "country": "NL"},
        kind="GARANTIEBAAN",
        requiredSkills=req(("sk.broodjes-bereiden", 1), ("sk.haccp-hygiene", 1)),
        optionalSkills=req(("sk.afwassen", 1), ("sk.grootkeuken", 1), ("sk.kassa-bedienen", 1)),
        tasks=[task("Broodjes en lunch bereiden", ["sk.broodjes-bereiden", "sk.haccp-hygiene"], 40),
               task("Afwassen en keuken schoonhouden", ["sk.afwassen", "sk.keuken-schoonmaken"], 35),
               task("Uitgifte aanvullen en afrekenen", ["sk.kassa-bedienen", "sk.klantvriendelijk"], 25)],
        startkwalificatieRequired=False, dutchLevel="A2",
        minHours=20, maxHours=32,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("08:30", "14:30")},
        contractType="FIXED_TERM", contractMonths=12, startDate="2027-07-15", closingDate="2027-06-15",
        positions=1, hourlyWage=14.71,
        demands={"pace": 2, "accuracy": 4, "independence": 1, "stress": 2, "customerContact": 2,
                 "physicalLoad": 2, "liftingKg": 10, "conditions": ["PROLONGED_STANDING"]},
        offer={"supervision": 5, "structure": 5, "jobcoachWelcome": True, "workplaceAdaptations": True,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": True, "setbackTolerance": 4,
               "inclusiveEmployer": True, "sroi": False},
        origin="NEW_POSITION"),
    vac(id="vac-almelo-afwasser-zorgcentrum", employer="Woonzorgcentrum Het Esveld",
        contact={"name": "Ingrid Wolters", "email": "i.wolters@hetesveld.example"},
        sector="HORECA", occupationId="occ.afwasser", title="Medewerker spoelkeuken (parttime)",
        description=("In de keuken van woonzorgcentrum Het Esveld in Almelo zoeken wij een medewerker spoelkeuken. "
                     "Je doet de vaat van het restaurant, houdt de keuken schoon en helpt bij het voorbereiden van "
                     "groenten. Je werkt volgens een vaste dagplanning met dezelfde collega's. Tempo leer je bij ons; "
                     "netjes en nauwkeurig werken vinden we belangrijker. Een jobcoach is welkom en "
                     "loonkostensubsidie is bespreekbaar."),
        location={"postcode": "7607", "lat": 52.3448, "lon": 6.6531, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.afwassen", 1), ("sk.keuken-schoonmaken", 1), ("sk.haccp-hygiene", 1)),
        optionalSkills=req(("sk.groenten-snijden", 1), ("sk.samenwerken", 2)),
        tasks=[task("Afwassen", ["sk.afwassen"], 50),
               task("Keuken schoonmaken", ["sk.keuken-schoonmaken", "sk.haccp-hygiene"], 30),
               task("Groenten snijden en voorbereiden", ["sk.groenten-snijden"], 20)],
        dutchLevel="A2", minHours=16, maxHours=24,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("09:00", "14:00")},
        contractType="FIXED_TERM", contractMonths=12, startDate="2027-01-04", closingDate="2026-12-18",
        positions=1, hourlyWage=15.02,
        demands={"pace": 2, "accuracy": 4, "independence": 2, "stress": 2, "customerContact": 1,
                 "physicalLoad": 3, "liftingKg": 10, "conditions": ["PROLONGED_STANDING"]},
        offer={"supervision": 4, "structure": 5, "jobcoachWelcome": True, "workplaceAdaptations": True,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": True, "setbackTolerance": 4,
               "inclusiveEmployer": False, "sroi": False},
        origin="RETIREMENT"),
    vac(id="vac-almelo-leerwerkplek-keuken", employer="Brasserie De Molenbelt",
        contact={"name": "Dennis Oude Booijink", "email": "dennis@demolenbelt.example"},
        sector="HORECA", occupationId="occ.keukenhulp", title="Leerwerkplek keukenhulp (BBL entree)",
        description=("Brasserie De Molenbelt in het centrum van Almelo biedt een leerwerkplek keukenhulp met de "
                     "entreeopleiding (BBL). Je snijdt groenten, doet de afwas en leert eenvoudige gerechten volgens "
                     "recept maken. Een vaste leermeester begeleidt je; het HACCP-certificaat haal je bij ons."),
        location={"postcode": "7607", "lat": 52.3561, "lon": 6.6631, "municipality": ALMELO, "country": "NL"},
        kind="LEERWERKPLEK",
        requiredSkills=req(("sk.afwassen", 1), ("sk.groenten-snijden", 1)),
        optionalSkills=req(("sk.werken-volgens-recept", 1), ("sk.haccp-hygiene", 1)),
        tasks=[task("Groenten snijden en voorbereiden", ["sk.groenten-snijden"], 40),
               task("Afwassen en keuken schoonmaken", ["sk.afwassen", "sk.keuken-schoonmaken"], 40),
               task("Werken volgens recept", ["sk.werken-volgens-recept"], 20)],
        certificates=[{"certificate": "HACCP", "obtainableOnJob": True}],
        startkwalificatieRequired=False, dutchLevel="A2", minHours=24, maxHours=32,
        schedule={"shifts": False, "nights": False, "weekends": True},
        contractType="BBL", contractMonths=12, startDate="2027-08-30", closingDate="2027-06-30",
        positions=1, hourlyWage=14.71,
        demands={"pace": 3, "accuracy": 3, "independence": 2, "stress": 3, "customerContact": 1,
                 "physicalLoad": 3, "liftingKg": 15, "conditions": ["PROLONGED_STANDING", "NOISY"]},
        offer={"supervision": 5, "structure": 4, "jobcoachWelcome": True, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": False, "setbackTolerance": 3,
               "inclusiveEmployer": False, "sroi": False},
        origin="NEW_POSITION"),
    # for Julia
    vac(id="vac-almelo-administratief-medewerker", employer="Kanaalzone Zakelijke Diensten B.V.",
        contact={"name": "Sandra Nijhuis", "email": "sandra@kanaalzone.example"},
        sector="ADMINISTRATIE", occupationId="occ.administratief-medewerker",
        title="Administratief medewerker (starter)",
        description=("Kanaalzone Zakelijke Diensten in Almelo zoekt een administratief medewerker voor 36 tot 40 uur "
                     "per week. Je verwerkt gegevens, beheert het digitale archief en verzorgt de correspondentie. "
                     "Werkervaring is niet nodig: je hebt een afgeronde opleiding op mbo-4- of hbo-niveau, je werkt "
                     "nauwkeurig en je wilt snel leren. Je krijgt een inwerkprogramma en een vast contract in het "
                     "vooruitzicht."),
        location={"postcode": "7602", "lat": 52.3590, "lon": 6.6801, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.data-invoer", 2), ("sk.computervaardig", 3), ("sk.nauwkeurig-werken", 3),
                           ("sk.tekstverwerken", 3)),
        optionalSkills=req(("sk.spreadsheets", 2), ("sk.correspondentie", 2), ("sk.archiveren", 1)),
        tasks=[task("Gegevens invoeren en controleren", ["sk.data-invoer", "sk.nauwkeurig-werken"], 45),
               task("Correspondentie verzorgen", ["sk.correspondentie", "sk.tekstverwerken"], 30),
               task("Archiveren", ["sk.archiveren"], 25)],
        minEducation="MBO_4", startkwalificatieRequired=True, dutchLevel="B2", minExperienceYears=0.0,
        minHours=36, maxHours=40,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("08:30", "17:00")},
        contractType="FIXED_TERM", contractMonths=12, startDate="2026-12-01", closingDate="2026-11-29",
        positions=1, hourlyWage=18.25,
        demands={"pace": 3, "accuracy": 4, "independence": 3, "stress": 3, "customerContact": 2,
                 "physicalLoad": 1, "conditions": []},
        offer={"supervision": 3, "structure": 4, "jobcoachWelcome": False, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": False, "openToJobCarving": False, "setbackTolerance": 3,
               "inclusiveEmployer": False, "sroi": False},
        origin="OWN_RESIGNATION"),
    vac(id="vac-almelo-klantenservice-starter", employer="Hazelbrink Klantcontact B.V.",
        contact={"name": "Jeroen Scholten", "email": "jeroen@hazelbrink.example"},
        sector="CONTACTCENTER", occupationId="occ.klantenservicemedewerker",
        title="Klantenservicemedewerker, starters welkom",
        description=("Hazelbrink Klantcontact in Almelo zoekt klantenservicemedewerkers voor 32 tot 40 uur per week. "
                     "Je beantwoordt vragen van klanten via telefoon, chat en e-mail, legt gesprekken vast in het "
                     "klantsysteem en handelt eenvoudige klachten af. Je schrijft foutloos Nederlands en spreekt "
                     "goed Engels. Ervaring is niet nodig: je krijgt een betaalde training van vier weken."),
        location={"postcode": "7609", "lat": 52.3702, "lon": 6.6850, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.klantvragen-beantwoorden", 1), ("sk.klantvriendelijk", 3),
                           ("sk.computervaardig", 3)),
        optionalSkills=req(("sk.chat-en-mail", 2), ("sk.engels-spreken", 3), ("sk.nederlands-schrijven", 4)),
        tasks=[task("Klantvragen beantwoorden via telefoon", ["sk.telefoon-aannemen", "sk.klantvragen-beantwoorden"], 50),
               task("Klanten helpen via chat en e-mail", ["sk.chat-en-mail", "sk.nederlands-schrijven"], 30),
               task("Gespreksnotities vastleggen", ["sk.gespreksnotities", "sk.crm-gebruiken"], 20)],
        dutchLevel="B2", languages=[{"language": "en", "level": "B1"}], minExperienceYears=0.0,
        minHours=32, maxHours=40,
        schedule={"shifts": False, "nights": False, "weekends": False},
        contractType="FIXED_TERM", contractMonths=7, startDate="2026-12-01", closingDate="2026-11-28",
        positions=3, hourlyWage=16.40,
        demands={"pace": 3, "accuracy": 3, "independence": 3, "stress": 3, "customerContact": 5,
                 "physicalLoad": 1, "conditions": ["TIME_PRESSURE"]},
        offer={"supervision": 3, "structure": 4, "jobcoachWelcome": False, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": False, "openToJobCarving": False, "setbackTolerance": 3,
               "inclusiveEmployer": False, "sroi": False},
        origin="NEW_POSITION"),
    vac(id="vac-almelo-financieel-administratief-trainee", employer="Veldkamp Administratiekantoor",
        contact={"name": "Esther Hulshof", "email": "esther@veldkamp-administratie.example"},
        sector="ADMINISTRATIE", occupationId="occ.financieel-administratief-medewerker",
        title="Trainee financiële administratie",
        description=("Veldkamp Administratiekantoor in Almelo leidt starters met een hbo-opleiding op tot financieel "
                     "administratief medewerker. Je verwerkt facturen, werkt in het boekhoudpakket en met Excel en "
                     "ondersteunt bij de jaarafsluiting van mkb-klanten. Je volgt naast je werk een interne opleiding; "
                     "werkervaring vragen we niet."),
        location={"postcode": "7603", "lat": 52.3580, "lon": 6.6660, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.spreadsheets", 2), ("sk.nauwkeurig-werken", 3)),
        optionalSkills=req(("sk.facturen-verwerken", 1), ("sk.boekhoudpakket", 1), ("sk.boekhouden", 1)),
        tasks=[task("Facturen verwerken", ["sk.facturen-verwerken", "sk.nauwkeurig-werken"], 50),
               task("Werken met een boekhoudpakket en Excel", ["sk.boekhoudpakket", "sk.spreadsheets"], 35),
               task("Uren registreren en verwerken", ["sk.urenregistratie"], 15)],
        minEducation="HBO", startkwalificatieRequired=True, dutchLevel="B2", minExperienceYears=0.0,
        minHours=36, maxHours=40,
        schedule={"shifts": False, "nights": False, "weekends": False},
        contractType="FIXED_TERM", contractMonths=12, startDate="2027-01-04", closingDate="2026-12-11",
        positions=1, hourlyWage=19.10,
        demands={"pace": 3, "accuracy": 5, "independence": 3, "stress": 3, "customerContact": 2,
                 "physicalLoad": 1, "conditions": []},
        offer={"supervision": 4, "structure": 4, "jobcoachWelcome": False, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": False, "openToJobCarving": False, "setbackTolerance": 3,
               "inclusiveEmployer": False, "sroi": False},
        origin="NEW_POSITION"),
    # for Frank
    vac(id="vac-almelo-inpakker-familiebedrijf", employer="Dinkeldal Verpakkingen V.O.F.",
        contact={"name": "Gerrit Lenferink", "email": "gerrit@dinkeldal.example"},
        sector="PRODUCTIE", occupationId="occ.inpakker", title="Inpakker in klein familiebedrijf",
        description=("Dinkeldal Verpakkingen is een familiebedrijf met acht medewerkers op bedrijventerrein "
                     "Het Twentekanaal in Almelo. Wij zoeken een hardwerkende en enthousiaste inpakker voor 38 uur per "
                     "week. Je pakt producten in, vouwt dozen, plakt etiketten en stapelt pallets: overzichtelijk werk "
                     "met een vaste routine. De eigenaar werkt zelf mee, geeft je een compliment als het goed gaat en "
                     "bespreekt het rustig als het een keer niet lukt. Een mindere dag is bij ons geen reden om te "
                     "stoppen. Een jobcoach is welkom."),
        location={"postcode": "7609", "lat": 52.3659, "lon": 6.6978, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.inpakken", 1), ("sk.repeterend-werk", 2), ("sk.instructies-opvolgen", 2)),
        optionalSkills=req(("sk.dozen-vouwen", 1), ("sk.etiketteren", 1), ("sk.pallets-stapelen", 1)),
        tasks=[task("Producten inpakken", ["sk.inpakken", "sk.repeterend-werk"], 50),
               task("Dozen vouwen en etiketteren", ["sk.dozen-vouwen", "sk.etiketteren"], 30),
               task("Pallets opbouwen", ["sk.pallets-stapelen"], 20)],
        dutchLevel="A2", minHours=36, maxHours=40,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("07:30", "16:30")},
        contractType="FIXED_TERM", contractMonths=6, startDate="2026-12-14", closingDate="2026-12-04",
        positions=1, hourlyWage=15.20,
        demands={"pace": 3, "accuracy": 3, "independence": 2, "stress": 2, "customerContact": 1,
                 "physicalLoad": 3, "liftingKg": 15, "conditions": ["PROLONGED_STANDING"]},
        offer={"supervision": 4, "structure": 5, "jobcoachWelcome": True, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": False, "openToJobCarving": True, "setbackTolerance": 5,
               "inclusiveEmployer": False, "sroi": False},
        origin="NEW_POSITION"),
    vac(id="vac-almelo-groenvoorziener-hovenier", employer="Hoveniersbedrijf Esveld",
        contact={"name": "Harm Veldhuis", "email": "harm@hoveniersbedrijfesveld.example"},
        sector="GROEN", occupationId="occ.groenvoorziener", title="Medewerker groenvoorziening",
        description=("Hoveniersbedrijf Esveld is een klein bedrijf (vier man) dat tuinen en plantsoenen in Almelo en "
                     "omgeving onderhoudt. Wij zoeken een enthousiaste collega die van aanpakken weet: gras maaien, "
                     "onkruid wieden, heggen knippen en blad ruimen. Je werkt altijd samen met een ervaren collega en "
                     "krijgt duidelijke dagtaken. Wie hard werkt krijgt bij ons de ruimte; een terugval bespreken we "
                     "samen."),
        location={"postcode": "7608", "lat": 52.3750, "lon": 6.6480, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.onkruid-verwijderen", 1), ("sk.gras-maaien", 1), ("sk.samenwerken", 2)),
        optionalSkills=req(("sk.heggen-knippen", 1), ("sk.blad-ruimen", 1), ("sk.bosmaaier", 1)),
        tasks=[task("Gras maaien en onkruid verwijderen", ["sk.gras-maaien", "sk.onkruid-verwijderen"], 50),
               task("Heggen knippen", ["sk.heggen-knippen"], 25),
               task("Blad ruimen en zwerfafval opruimen", ["sk.blad-ruimen", "sk.zwerfafval-opruimen"], 25)],
        dutchLevel="A2", minHours=36, maxHours=40,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("07:30", "16:00")},
        contractType="FIXED_TERM", contractMonths=12, startDate="2027-01-11", closingDate="2026-12-18",
        positions=1, hourlyWage=15.60,
        demands={"pace": 3, "accuracy": 2, "independence": 2, "stress": 2, "customerContact": 1,
                 "physicalLoad": 4, "liftingKg": 20, "conditions": ["OUTDOOR", "HEAVY_LIFTING"]},
        offer={"supervision": 4, "structure": 4, "jobcoachWelcome": True, "workplaceAdaptations": False,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": False, "setbackTolerance": 5,
               "inclusiveEmployer": False, "sroi": True},
        origin="OWN_RESIGNATION"),
    # for Hein
    vac(id="vac-almelo-huishoudelijke-hulp", employer="Thuiszorg Reggestroom",
        contact={"name": "Petra Morsink", "email": "p.morsink@reggestroom.example"},
        sector="ZORG", occupationId="occ.huishoudelijke-hulp", title="Huishoudelijke hulp Almelo-west (parttime)",
        description=("Thuiszorg Reggestroom zoekt een huishoudelijke hulp voor cliënten in Almelo-west, dicht bij "
                     "huis. Je houdt het huis van ouderen schoon, doet soms boodschappen en let op hoe het met je "
                     "cliënten gaat. Je begint met 16 uur per week en kunt in overleg groeien naar 24 uur. Je werkt "
                     "overdag en plant je werk in overleg, zodat het te combineren is met zorg voor je eigen familie. "
                     "Zwaar tillen hoort er niet bij."),
        location={"postcode": "7604", "lat": 52.3519, "lon": 6.6458, "municipality": ALMELO, "country": "NL"},
        kind="REGULAR",
        requiredSkills=req(("sk.huishoudelijk-werk", 2), ("sk.stofzuigen", 1), ("sk.sanitair-reinigen", 1)),
        optionalSkills=req(("sk.boodschappen-doen", 1), ("sk.empathie", 2), ("sk.was-verzorgen", 1)),
        tasks=[task("Huishoudelijk werk en stofzuigen", ["sk.huishoudelijk-werk", "sk.stofzuigen"], 60),
               task("Sanitair reinigen", ["sk.sanitair-reinigen"], 20),
               task("Boodschappen doen", ["sk.boodschappen-doen"], 20)],
        dutchLevel="A2", minHours=16, maxHours=24,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("08:30", "15:00")},
        contractType="FIXED_TERM", contractMonths=12, startDate="2027-01-04", closingDate="2026-12-18",
        positions=2, hourlyWage=15.35,
        demands={"pace": 2, "accuracy": 3, "independence": 3, "stress": 2, "customerContact": 3,
                 "physicalLoad": 2, "liftingKg": 5, "conditions": ["WALKING"]},
        offer={"supervision": 3, "structure": 4, "jobcoachWelcome": True, "workplaceAdaptations": True,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": True, "setbackTolerance": 4,
               "inclusiveEmployer": False, "sroi": False},
        origin="RETIREMENT"),
    vac(id="vac-almelo-schoonmaker-proefplaatsing", employer="Molenbelt Facilitaire Diensten B.V.",
        contact={"name": "Linda Brinkman", "email": "linda@molenbelt-facilitair.example"},
        sector="SCHOONMAAK", occupationId="occ.schoonmaker",
        title="Schoonmaker kantoren overdag (proefplaatsing)",
        description=("Molenbelt Facilitaire Diensten zoekt voor de dagschoonmaak van een kantoor in het centrum van "
                     "Almelo een schoonmaker. Je start met een proefplaatsing van twee maanden met behoud van "
                     "uitkering, op 16 uur per week. Gaat het goed, dan volgt een arbeidscontract van 20 tot 24 uur. "
                     "Je stofzuigt, dweilt, reinigt het sanitair en neemt stof af volgens een vast programma. "
                     "We bouwen de uren samen rustig op."),
        location={"postcode": "7607", "lat": 52.3571, "lon": 6.6649, "municipality": ALMELO, "country": "NL"},
        kind="PROEFPLAATSING",
        requiredSkills=req(("sk.stofzuigen", 1), ("sk.vloeren-dweilen", 1), ("sk.sanitair-reinigen", 1)),
        optionalSkills=req(("sk.huishoudelijk-werk", 2), ("sk.stof-afnemen", 1), ("sk.schoonmaakrooster", 1)),
        tasks=[task("Stofzuigen en vloeren dweilen", ["sk.stofzuigen", "sk.vloeren-dweilen"], 50),
               task("Sanitair reinigen", ["sk.sanitair-reinigen"], 30),
               task("Stof afnemen volgens schoonmaakprogramma", ["sk.stof-afnemen", "sk.schoonmaakrooster"], 20)],
        dutchLevel="A2", minHours=16, maxHours=24,
        schedule={"shifts": False, "nights": False, "weekends": False, "timeWindows": days("09:00", "14:00")},
        contractType="NONE", contractMonths=2, startDate="2027-01-04", closingDate="2026-12-18",
        positions=1,
        demands={"pace": 2, "accuracy": 3, "independence": 3, "stress": 2, "customerContact": 1,
                 "physicalLoad": 2, "liftingKg": 5, "conditions": ["WALKING"]},
        offer={"supervision": 4, "structure": 5, "jobcoachWelcome": True, "workplaceAdaptations": True,
               "acceptsLoonkostensubsidie": True, "openToJobCarving": True, "setbackTolerance": 4,
               "inclusiveEmployer": True, "sroi": True},
        origin="NEW_POSITION"),
]

with open(OUT + "personas.jsonl", "w", encoding="utf-8") as f:
    for p in personas:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(OUT + "personas-vacancies.jsonl", "w", encoding="utf-8") as f:
    for v in vacancies:
        f.write(json.dumps(v, ensure_ascii=False) + "\n")
print(len(personas), "personas,", len(vacancies), "vacancies")
