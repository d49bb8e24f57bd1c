#!/usr/bin/env python3
"""Source of the built-in Dutch taxonomy (taxonomy-nl.json).

Edit the tables below and run:
  python3 matcher-core/src/test/resources/nl/werkmatch/taxonomy/taxonomy_nl_source.py
It validates references, makes 'related' symmetric, checks that no label or synonym is shared
between two skills (or two occupations), and writes the JSON sorted by id.

Skill lines:      key | label | synonyms (;) | related keys (,)
Group lines:      G grp.id | label | broader group id or -
Occupation lines: key | label | synonyms | SECTOR | EDUCATION or - | essential | optional | CERTS or -
Skill preconditions, certificate preconditions and typical demands: tables after OCCUPATIONS.
"""
import json, os, re, sys, unicodedata

SKILLS = r"""
G grp.werknemersvaardigheden | Werknemersvaardigheden | -
G grp.betrouwbaarheid | Betrouwbaarheid en werkhouding | grp.werknemersvaardigheden
op-tijd-komen | Op tijd komen | punctueel zijn; stipt op tijd; punctualiteit | afspraken-nakomen
afspraken-nakomen | Afspraken nakomen | betrouwbaar zijn; doen wat je zegt | op-tijd-komen, verantwoordelijkheid-nemen
verantwoordelijkheid-nemen | Verantwoordelijkheid nemen | verantwoordelijkheidsgevoel; verantwoordelijk zijn | zelfstandig-werken
integer-handelen | Integer handelen | eerlijk zijn; integriteit; eerlijkheid | omgaan-met-vertrouwelijke-informatie
ziekmelden-volgens-afspraak | Ziekmelden volgens afspraak | ziekmelden; afmelden volgens de regels; verzuimregels naleven | afspraken-nakomen
verzorgd-voorkomen | Verzorgd voorkomen | representatief zijn; verzorgde uitstraling; persoonlijke verzorging op orde | klantvriendelijk
doorzetten | Doorzettingsvermogen | volhouden; doorzetter; motivatie tonen | leergierig
G grp.werktempo | Tempo en nauwkeurigheid | grp.werknemersvaardigheden
nauwkeurig-werken | Nauwkeurig werken | precies werken; zorgvuldig werken; secuur werken; nauwkeurigheid | kwaliteitscontrole-visueel
werken-in-tempo | Werken in een hoog tempo | tempo maken; snel werken; werktempo | werken-aan-de-lopende-band
omgaan-met-werkdruk | Omgaan met werkdruk | stressbestendig; tegen drukte kunnen; werkdruk aankunnen; stressbestendigheid |
repeterend-werk | Repeterend werk uitvoeren | herhalend werk; eentonig werk; routinewerk | werken-aan-de-lopende-band
G grp.belastbaarheid | Belastbaarheid en werktijden | grp.werknemersvaardigheden
fysiek-zwaar-werk | Fysiek zwaar werk | lichamelijk zwaar werk; fysiek belastbaar; sjouwen; zwaar tillen | tillen-volgens-tiltechniek
staand-werken | Langdurig staand werken | langdurig staan; staand werk |
ploegendienst | Werken in ploegendienst | ploegendiensten; wisselende diensten; onregelmatig werken; nachtdienst; drieploegendienst |
G grp.samenwerken | Samenwerken en communiceren | grp.werknemersvaardigheden
samenwerken | Samenwerken | in een team werken; teamwork; teamspeler; samen werken | collegialiteit
collegialiteit | Collegialiteit | collegiaal zijn; collega's helpen | samenwerken
mondeling-communiceren | Mondeling communiceren | praten met collega's; mondelinge communicatie | nederlands-spreken
hulp-vragen | Hulp vragen | om hulp vragen; aangeven wanneer je iets niet snapt; vragen stellen | instructies-opvolgen
omgaan-met-feedback | Omgaan met feedback | feedback ontvangen; kritiek aannemen; aanwijzingen aannemen | instructies-opvolgen
conflicten-hanteren | Omgaan met conflicten | conflicthantering; ruzie oplossen; rustig blijven bij onenigheid | deescaleren
G grp.leerbaarheid | Leerbaarheid en flexibiliteit | grp.werknemersvaardigheden
instructies-opvolgen | Instructies opvolgen | opdrachten uitvoeren; aanwijzingen opvolgen; werkinstructies volgen; doen wat gevraagd wordt | werken-volgens-protocol
werken-volgens-protocol | Werken volgens protocol | protocollen volgen; procedures volgen; werkvoorschriften naleven | instructies-opvolgen
zelfstandig-werken | Zelfstandig werken | zelfstandigheid; alleen werken; zonder toezicht werken | verantwoordelijkheid-nemen, eigen-werk-plannen
eigen-werk-plannen | Eigen werk plannen | werk indelen; prioriteiten stellen; eigen planning maken | zelfstandig-werken
flexibel-inzetbaar | Flexibel inzetbaar | flexibiliteit; flexibel zijn; breed inzetbaar |
leergierig | Leergierig zijn | willen leren; nieuwe dingen leren; leerbaarheid | doorzetten
voordoen-nadoen | Leren door voordoen en nadoen | voordoen en nadoen; leren door kijken; praktisch leren | werken-met-pictogrammen
werken-met-pictogrammen | Werken met pictogrammen en beeldinstructies | pictogrammen lezen; beeldinstructies; visuele werkinstructie; werken zonder tekst | voordoen-nadoen, kleurcodes-schoonmaak
G grp.klantgerichtheid | Klantgerichtheid | grp.werknemersvaardigheden
klantvriendelijk | Klantvriendelijk zijn | klantvriendelijkheid; vriendelijk tegen klanten; klantgericht | klanten-te-woord-staan
klanten-te-woord-staan | Klanten te woord staan | klanten helpen; klantcontact; klanten aanspreken | klantvriendelijk, klachten-afhandelen
gastvrijheid | Gastvrijheid | gastvrij zijn; hostmanship; gastvrij ontvangen | klantvriendelijk, gasten-ontvangen
klachten-afhandelen | Klachten afhandelen | klachtenafhandeling; omgaan met klachten; ontevreden klanten helpen | klanten-te-woord-staan
omgaan-met-diversiteit | Omgaan met diverse mensen | omgaan met verschillende culturen; diversiteit; cultuursensitief |
G grp.basisvaardigheden | Basisvaardigheden | -
G grp.taal | Taalvaardigheid | grp.basisvaardigheden
G grp.nederlands | Nederlandse taal | grp.taal
nederlands-spreken | Nederlands spreken | Nederlandse taal spreken; spreekvaardigheid Nederlands; Nederlands praten | nederlands-lezen, mondeling-communiceren
nederlands-lezen | Nederlands lezen | leesvaardigheid; teksten lezen; Nederlandse teksten begrijpen | nederlands-schrijven
nederlands-schrijven | Nederlands schrijven | schrijfvaardigheid; schriftelijk communiceren; teksten schrijven | nederlands-lezen, correspondentie
G grp.vreemde-talen | Vreemde talen | grp.taal
engels-spreken | Engels spreken | Engels; Engelse taal |
duits-spreken | Duits spreken | Duits; Duitse taal |
G grp.rekenen | Rekenen en meten | grp.basisvaardigheden
basisrekenen | Basisrekenen | rekenen; hoofdrekenen; rekenvaardigheid | geld-tellen
meten | Meten en aftekenen | opmeten; maatvoering; rolmaat gebruiken; meetlint | tekeninglezen
tellen-en-wegen | Tellen en wegen | afwegen; hoeveelheden tellen; wegen | basisrekenen
rooster-lezen | Rooster en klok lezen | werkrooster lezen; klokkijken; planning lezen |
G grp.digitaal | Digitale vaardigheden | grp.basisvaardigheden
computervaardig | Basis computervaardigheden | computeren; werken met de computer; pc-vaardig; digitale basisvaardigheden | e-mail-gebruiken, tekstverwerken
e-mail-gebruiken | E-mail gebruiken | mailen; e-mailen | computervaardig
smartphone-apps | Werken met smartphone en apps | smartphone gebruiken; app gebruiken; tablet gebruiken |
tekstverwerken | Tekstverwerken (Word) | Word; Microsoft Word; tekstverwerking | spreadsheets
spreadsheets | Werken met spreadsheets (Excel) | Excel; Microsoft Excel; rekenblad | tekstverwerken, data-invoer
online-systemen | Werken in online systemen | webapplicaties gebruiken; online portaal; registratiesysteem gebruiken |
G grp.veiligheid | Veiligheid en hygiëne | -
G grp.veilig-werken | Veilig werken | grp.veiligheid
vca-veilig-werken | VCA-veilig werken | VCA; veilig werken volgens VCA; VCA basis; VCA VOL; veiligheidscertificaat VCA | pbm-gebruiken, werken-volgens-protocol
pbm-gebruiken | Persoonlijke beschermingsmiddelen gebruiken | PBM; PBM's dragen; veiligheidsschoenen en handschoenen; beschermingsmiddelen | vca-veilig-werken
tillen-volgens-tiltechniek | Tillen volgens tiltechniek | goed tillen; ergonomisch tillen; tiltechniek | fysiek-zwaar-werk
werken-op-hoogte | Werken op hoogte | hoogtewerk; werken op ladder en steiger; valbeveiliging | hoogwerker-bedienen, steigers-opbouwen
gevaarlijke-stoffen | Werken met gevaarlijke stoffen | chemicaliën hanteren; gevaarlijke stoffen hanteren; GHS-symbolen | schoonmaakmiddelen-doseren
elektrisch-veilig-werken | Elektrisch veilig werken (NEN 3140) | NEN 3140; VOP; voldoende onderricht persoon | elektra-aansluiten
G grp.noodhulp | Bedrijfshulpverlening en eerste hulp | grp.veiligheid
bhv | Bedrijfshulpverlening (BHV) | BHV; bedrijfshulpverlener; BHV'er; brand blussen | ehbo, ontruiming-begeleiden
ehbo | Eerste hulp verlenen (EHBO) | EHBO; eerste hulp; EHBO'er | bhv, reanimeren-aed
reanimeren-aed | Reanimeren en AED gebruiken | AED; reanimatie; reanimeren | ehbo
ontruiming-begeleiden | Ontruiming begeleiden | evacuatie; ontruimen; ontruimingsoefening | bhv
brandpreventie | Brandpreventie | brandveiligheid; brandblusmiddelen; blusmiddelen controleren | bhv
G grp.hygiene | Hygiëne | grp.veiligheid
haccp-hygiene | Hygiënisch werken met voedsel (HACCP) | HACCP; voedselveiligheid; hygiënecode; voedselhygiëne | handhygiene
handhygiene | Handhygiëne | handen wassen; handschoenen dragen; persoonlijke hygiëne | haccp-hygiene
infectiepreventie | Infectiepreventie | besmetting voorkomen; isolatieprotocol; infectierisico's | desinfecteren, handhygiene
G grp.logistiek | Logistiek | -
G grp.magazijn | Magazijnwerk | grp.logistiek
orderpicken | Orderpicken | orders verzamelen; picken; orderverzamelen; orders picken; orders verzamelen in het magazijn | scannen-handscanner, pick-to-light, voice-picking
goederen-ontvangen | Goederen ontvangen | inslag; ontvangst goederen; inkomende goederen controleren | laden-en-lossen, pakbon-controleren
pakbon-controleren | Pakbon en vrachtbrief controleren | pakbon controleren; vrachtbrief; leveringen controleren | goederen-ontvangen
goederen-opslaan | Goederen opslaan | opslaan; inslaan; locaties aanvullen; goederen wegzetten | locatiecodes
locatiecodes | Werken met locatiecodes | locaties zoeken; stellingcodes; magazijnlocaties | goederen-opslaan, orderpicken
scannen-handscanner | Scannen met handscanner | scannen; handscanner; barcodescanner; RF-scanner | orderpicken, wms-gebruiken
wms-gebruiken | Werken met een magazijnbeheersysteem (WMS) | WMS; magazijnsysteem; warehouse management systeem | scannen-handscanner, voorraadbeheer
voorraad-tellen | Voorraad tellen | inventariseren; inventarisatie; cyclische telling; stock tellen | voorraadbeheer
voorraadbeheer | Voorraadbeheer | voorraad bijhouden; voorraadadministratie; voorraad bewaken | wms-gebruiken, voorraad-tellen
pallets-stapelen | Pallets opbouwen | pallet stapelen; palletiseren; pallets stapelen; stapelen | pallets-wikkelen
pallets-wikkelen | Pallets wikkelen | wikkelen; folie wikkelen; stretchen; wikkelmachine | pallets-stapelen
retouren-verwerken | Retouren verwerken | retouren; retourverwerking; retourzendingen |
laden-en-lossen | Laden en lossen | vrachtwagen laden; lossen; laden; containers lossen; vrachtwagen lossen | goederen-ontvangen
pick-to-light | Pick-to-light en put-to-light | pick to light; put to light | orderpicken
voice-picking | Voice picking | spraakgestuurd picken; picken met headset | orderpicken
expeditie | Zendingen gereedmaken (expeditie) | uitslag; verzendklaar maken; zendingen klaarzetten; expeditiewerk | verzendlabels
verzendlabels | Verzendlabels printen en plakken | verzendetiketten; verzendlabel; zendingen labelen | expeditie, etiketteren
pakketten-sorteren | Pakketten sorteren | pakketsortering; sorteerwerk pakketten; sorteren in sorteercentrum | post-sorteren
rolcontainers | Rolcontainers verplaatsen | rolcontainer duwen; rolcontainers rijden; rolcontainers laden | vakkenvullen
G grp.intern-transport | Intern transport | grp.logistiek
heftruck-rijden | Heftruck rijden | heftruck; vorkheftruck; heftruck besturen; forklift rijden; heftrucken | reachtruck-rijden, elektrische-pallettruck
reachtruck-rijden | Reachtruck rijden | reachtruck; reach truck besturen | heftruck-rijden
elektrische-pallettruck | Elektrische pallettruck bedienen | EPT; elektrische pompwagen; elektrische palletwagen; orderpicktruck | handpallettruck, heftruck-rijden
handpallettruck | Handpallettruck gebruiken | pompwagen; palletwagen; handpompwagen | elektrische-pallettruck
hoogwerker-bedienen | Hoogwerker bedienen | hoogwerker; schaarlift; werkbak; knikarmhoogwerker | werken-op-hoogte
G grp.rijden | Rijden en vervoer | grp.logistiek
autorijden | Autorijden (rijbewijs B) | rijbewijs B; auto rijden; in bezit van rijbewijs | bestelbus-rijden
bestelbus-rijden | Bestelbus rijden | busje rijden; bestelauto rijden; bestelwagen | autorijden, pakketten-bezorgen
vrachtwagen-rijden | Vrachtwagen rijden (rijbewijs C) | rijbewijs C; truck rijden; vrachtauto besturen; rijbewijs CE | bestelbus-rijden, rij-en-rusttijden
rij-en-rusttijden | Rij- en rusttijden (tachograaf) | tachograaf; rijtijden; rusttijden | vrachtwagen-rijden
personenvervoer | Personenvervoer | taxi rijden; leerlingenvervoer; doelgroepenvervoer; personen vervoeren | autorijden
lading-zekeren | Lading zekeren | sjorren; spanbanden gebruiken; lading vastzetten | laden-en-lossen
G grp.bezorging | Bezorging en post | grp.logistiek
pakketten-bezorgen | Pakketten bezorgen | pakketbezorging; pakjes bezorgen; afleveren bij de klant | bestelbus-rijden, route-plannen
post-bezorgen | Post bezorgen | postbezorging; brieven bezorgen; post rondbrengen; folders bezorgen | post-sorteren, fietsbezorging
post-sorteren | Post sorteren | poststukken sorteren; sorteren op postcode; brieven sorteren | post-bezorgen, pakketten-sorteren, post-verwerken
route-plannen | Route plannen | navigeren; routeplanning; navigatie gebruiken; kaart lezen | pakketten-bezorgen
fietsbezorging | Bezorgen op de fiets | fietskoerier; maaltijdbezorging; bezorgen per fiets | post-bezorgen
G grp.productie | Productie | -
G grp.productiewerk | Productiewerk | grp.productie
werken-aan-de-lopende-band | Werken aan de lopende band | bandwerk; lopende band; aan de band werken; productielijn | repeterend-werk, werken-in-tempo
machine-bedienen | Machine bedienen | machinebediening; machine bedienen en bewaken; productiemachine bedienen | machine-omstellen, storingen-melden, storingen-verhelpen
machine-omstellen | Machine omstellen | omstellen; ombouwen van de machine; productiewissel | machine-bedienen
grondstoffen-aanvoeren | Grondstoffen aanvoeren | machine bijvullen; materiaal aanvoeren; grondstoffen bijvullen | machine-bedienen
assembleren | Assembleren | monteren; in elkaar zetten; samenstellen; assemblage | handgereedschap, tekeninglezen
demonteren-recyclen | Demonteren voor recycling | demontage; uit elkaar halen; recycling; onderdelen terugwinnen | afval-scheiden
productieregistratie | Productie registreren | productieformulier invullen; productieaantallen registreren; productiestaat bijhouden | nauwkeurig-werken, kwaliteit-registreren
storingen-melden | Storingen signaleren en melden | storing melden; afwijkingen melden; problemen signaleren | machine-bedienen
werkplek-5s | Werkplek opgeruimd houden (5S) | 5S; werkplek opruimen; werkplek schoonhouden | lean-verbeteren
lean-verbeteren | Meedenken over verbeteringen (lean) | lean; continu verbeteren; verbetervoorstellen doen | werkplek-5s
handgereedschap | Werken met handgereedschap | gereedschap gebruiken; schroevendraaier en tang; handgereedschap hanteren | assembleren, elektrisch-gereedschap
elektrisch-gereedschap | Werken met elektrisch gereedschap | boormachine; accuboormachine; elektrisch handgereedschap; haakse slijper | handgereedschap
G grp.ambacht | Hout en textiel | grp.productie
naaien | Naaien (confectie) | naaimachine; textiel bewerken; confectiewerk; kleding naaien |
houtbewerking | Houtbewerking | hout zagen; hout schuren; houtbewerkingsmachines | timmeren
G grp.inpakken | Inpakken en verpakken | grp.productie
inpakken | Inpakken | verpakken; producten inpakken; dozen vullen; inpakwerk | ompakken, dozen-vouwen
ompakken | Ompakken | herverpakken; co-packing; ompakwerk | inpakken
dozen-vouwen | Dozen vouwen en opzetten | dozen opzetten; dozen maken; karton vouwen | inpakken
etiketteren | Etiketteren | etiketten plakken; stickeren; labelen; producten labelen | verzendlabels
sealen | Sealen en sluiten | verpakkingen sluiten; folie sealen; sealmachine; dichtsealen | inpakken
producten-sorteren | Producten sorteren | sorteren op soort; uitsorteren; selecteren; sorteren | kwaliteitscontrole-visueel
bestellingen-inpakken | Webshopbestellingen inpakken | e-commerce inpakken; bestellingen verpakken; fulfilment | inpakken, verzendlabels
G grp.kwaliteit | Kwaliteitscontrole | grp.productie
kwaliteitscontrole-visueel | Visuele kwaliteitscontrole | producten controleren; keuren; visuele inspectie; uitval controleren | nauwkeurig-werken, producten-sorteren
meetinstrumenten | Meten met meetinstrumenten | schuifmaat; micrometer; meetklok | meten
kwaliteit-registreren | Afwijkingen registreren | non-conformiteit registreren; afkeur registreren; kwaliteitsregistratie | productieregistratie
G grp.voedingsmiddelen | Voedingsmiddelenproductie | grp.productie
voedsel-verwerken | Voedingsmiddelen verwerken | levensmiddelen verwerken; foodproductie; voedselproductie | haccp-hygiene
bakkerijproductie | Bakkerijproductie | brood bakken; deeg verwerken; industrieel bakken | voedsel-verwerken, brood-afbakken
vlees-verwerken | Vlees uitsnijden en verwerken | uitbenen; vleesverwerking; vlees snijden | voedsel-verwerken, kaas-en-vleeswaren-snijden
groente-fruit-verwerken | Groente en fruit verwerken | groente snijden; fruit verwerken; schillen | voedsel-verwerken, agf-presenteren
werken-in-koeling | Werken in koeling en vriescel | koelcel; vriescel; werken in de kou |
G grp.techniek | Techniek | -
G grp.metaal | Metaalbewerking | grp.techniek
lassen | Lassen | MIG/MAG lassen; TIG lassen; elektrodelassen; laswerk | plaatbewerking, slijpen-ontbramen
slijpen-ontbramen | Slijpen en ontbramen | ontbramen; slijpen; afbramen | lassen
plaatbewerking | Plaatbewerking | plaatwerk; zetten en knippen van plaat; kantbank | lassen
boren-tappen | Boren en tappen | draad tappen; gaten boren; schroefdraad maken | elektrisch-gereedschap
cnc-bedienen | CNC-machine bedienen | CNC; CNC-operator; draaien en frezen; CNC-draaibank | machine-bedienen, tekeninglezen
tekeninglezen | Technische tekening lezen | tekening lezen; bouwtekening lezen; werktekening lezen | meten, assembleren
spuiten-coaten | Spuiten en coaten | lakken spuiten; poedercoaten; verfspuiten | schilderen
G grp.elektrotechniek | Elektrotechniek | grp.techniek
elektra-aansluiten | Elektrische installaties aansluiten | elektra aanleggen; bedraden; stroom aansluiten; elektrotechnische installatie | elektrisch-veilig-werken, kabels-trekken
kabels-trekken | Kabels trekken | bekabeling aanleggen; kabels leggen; leidingen trekken | elektra-aansluiten, netwerkbekabeling
schakelkasten-bedraden | Schakelkasten bedraden | panelenbouw; kast bedraden; bedrading | elektra-aansluiten
zonnepanelen-monteren | Zonnepanelen monteren | PV-panelen; zonnepanelen plaatsen; solar installeren | dakwerk
storingen-verhelpen | Storingen verhelpen | storingsdienst; troubleshooting; reparaties uitvoeren | storingen-melden, machine-bedienen, preventief-onderhoud
elektrisch-meten | Elektrisch meten | multimeter; spanningzoeker; doorbellen | elektra-aansluiten
G grp.installatietechniek | Installatietechniek | grp.techniek
leidingen-aanleggen | Leidingen aanleggen | loodgieterswerk; waterleiding aanleggen; leidingwerk | sanitair-installeren, solderen
sanitair-installeren | Sanitair installeren | toilet plaatsen; badkamer installeren; sanitair monteren | leidingen-aanleggen
solderen | Solderen en persen | hardsolderen; zachtsolderen; persfittingen |
cv-onderhoud | CV-ketel onderhouden | cv-ketel; verwarming onderhouden; ketelonderhoud | warmtepomp-installeren
warmtepomp-installeren | Warmtepomp installeren | warmtepomp; duurzame installaties | cv-onderhoud
ventilatie-monteren | Ventilatie monteren | luchtkanalen; ventilatiesysteem; klimaattechniek |
G grp.technisch-onderhoud | Technisch onderhoud | grp.techniek
preventief-onderhoud | Preventief onderhoud | onderhoud plegen; smeren; inspectierondes |
klein-onderhoud | Klein onderhoud en klussen | klusjes; klussen; kleine reparaties; klein herstelwerk | handgereedschap, schilderen
G grp.voertuigtechniek | Voertuigtechniek | grp.techniek
fietsen-repareren | Fietsen repareren | fietsenmaken; band plakken; fiets onderhouden; fietstechniek | banden-wisselen
banden-wisselen | Banden wisselen | bandenwissel; wielen wisselen; bandenservice | auto-poetsen, auto-onderhoud
auto-poetsen | Auto's poetsen en reinigen | autopoetsen; car wash; voertuigreiniging; autowassen | hogedrukreinigen
auto-onderhoud | Auto-onderhoud | autotechniek; olie verversen; kleine beurt; autobeurt | banden-wisselen
G grp.schoonmaak | Schoonmaak | -
G grp.interieurreiniging | Interieurreiniging | grp.schoonmaak
kantoren-schoonmaken | Kantoren schoonmaken | kantoorschoonmaak; interieurverzorging; bureaus afnemen | stofzuigen, sanitair-reinigen
stofzuigen | Stofzuigen | zuigen; vloer stofzuigen | vloeren-dweilen
vloeren-dweilen | Vloeren dweilen en moppen | dweilen; moppen; vloer nat reinigen; vlakmoppen | stofzuigen, schrobzuigmachine
sanitair-reinigen | Sanitair reinigen | toiletten schoonmaken; wc schoonmaken; sanitaire ruimtes reinigen | schoonmaakmiddelen-doseren
stof-afnemen | Stof afnemen | afstoffen; oppervlakken afnemen; vochtig afnemen | kantoren-schoonmaken
afvalbakken-legen | Afvalbakken legen | prullenbakken legen; afval verzamelen | afval-scheiden
afval-scheiden | Afval scheiden | afvalscheiding; gescheiden afval; afval sorteren | afvalbakken-legen, demonteren-recyclen
kleurcodes-schoonmaak | Werken met kleurcodes | kleurcodering; kleurensysteem doeken; vierkleurensysteem | werken-met-pictogrammen, schoonmaakmiddelen-doseren
schoonmaakmiddelen-doseren | Schoonmaakmiddelen doseren | middelen doseren; dosering schoonmaakmiddel; juiste middel kiezen | gevaarlijke-stoffen, kleurcodes-schoonmaak
schoonmaakrooster | Werken volgens schoonmaakprogramma | schoonmaakrooster; schoonmaakplan; werkprogramma schoonmaak | eigen-werk-plannen
schoonmaak-zorg | Schoonmaken in de zorg | ziekenhuisschoonmaak; schoonmaak zorginstelling; patiëntenkamers reinigen | infectiepreventie, desinfecteren
G grp.glasbewassing | Glasbewassing | grp.schoonmaak
glazenwassen | Glazenwassen | ramen wassen; glasbewassing; ramen zemen; zemen; glas wissen | werken-op-hoogte, osmose-wassen
osmose-wassen | Wassen met telescoopsteel (osmose) | osmose; telescoopsteel; waterfed pole | glazenwassen
kozijnen-reinigen | Kozijnen en gevels reinigen | kozijnen wassen; gevelreiniging; gevel reinigen |
zonnepanelen-reinigen | Zonnepanelen reinigen | panelen schoonmaken; zonnepanelen wassen | osmose-wassen
G grp.specialistische-reiniging | Specialistische reiniging | grp.schoonmaak
schrobzuigmachine | Schrobzuigmachine bedienen | schrobmachine; vloermachine; schrob-zuigmachine | vloeren-dweilen, vloeronderhoud
vloeronderhoud | Vloeronderhoud (strippen en boenen) | vloeren strippen; vloeren in de was zetten; boenen; polijsten | schrobzuigmachine
tapijtreiniging | Tapijt reinigen | tapijt shamponeren; sproei-extractie; vlekken verwijderen |
opleveringsschoonmaak | Opleveringsschoonmaak | bouwschoonmaak; bouwstof verwijderen; schoonmaak na verbouwing | bouwplaats-schoonhouden
graffiti-verwijderen | Graffiti en kauwgom verwijderen | kauwgom verwijderen; graffitiverwijdering | hogedrukreinigen
hogedrukreinigen | Hogedrukreinigen | hogedrukspuit; kärcheren; stoomreinigen | graffiti-verwijderen
desinfecteren | Desinfecteren | ontsmetten; desinfectie | schoonmaak-zorg
G grp.horeca | Horeca | -
G grp.keuken | Keuken | grp.horeca
afwassen | Afwassen | afwas; vaatwassen; spoelen; afwasmachine bedienen; spoelkeuken | keuken-schoonmaken
keuken-schoonmaken | Keuken schoonmaken | keukenhygiëne; keuken reinigen; keuken poetsen | afwassen, haccp-hygiene
groenten-snijden | Groenten snijden en voorbereiden | mise-en-place; groenten schoonmaken; ingrediënten voorbereiden | eenvoudig-koken
eenvoudig-koken | Eenvoudige gerechten bereiden | koken; gerechten bereiden; maaltijden klaarmaken | groenten-snijden, koken-a-la-carte
koken-a-la-carte | Koken à la carte | à la carte koken; gerechten volgens kaart; restaurantkeuken | eenvoudig-koken
broodjes-bereiden | Broodjes en lunch bereiden | broodjes beleggen; lunch klaarmaken; sandwiches maken | eenvoudig-koken
frituren | Frituren en grillen | friteuse; frituur; grillen; bakplaat | eenvoudig-koken
werken-volgens-recept | Werken volgens recept | recept volgen; receptuur; ingrediënten afwegen | tellen-en-wegen
keukenvoorraad | Keukenvoorraad bijhouden | FIFO; voorraad keuken; bestellingen keuken | voorraad-tellen, houdbaarheid-controleren
grootkeuken | Werken in een grootkeuken | cateringkeuken; maaltijden portioneren; portioneren | voedsel-verwerken
G grp.bediening | Bediening | grp.horeca
bedienen | Gasten bedienen | bediening; serveren; opdienen; uitserveren | bestellingen-opnemen, gastvrijheid
bestellingen-opnemen | Bestellingen opnemen | bestelling opnemen; order opnemen; bestelling aannemen | bedienen
dranken-schenken | Dranken schenken | tappen; bier tappen; barwerk; drankjes maken | koffie-zetten, sociale-hygiene
koffie-zetten | Koffie zetten (barista) | barista; koffie maken; espressomachine | dranken-schenken
tafels-dekken | Tafels dekken en afruimen | dekken; afruimen; tafels opruimen | bedienen
gasten-ontvangen | Gasten ontvangen en plaatsen | gasten ontvangen; gasten placeren; ontvangst restaurant | gastvrijheid
afrekenen-horeca | Afrekenen met gasten | rekening opmaken; pinnen aan tafel; rekening brengen | kassa-bedienen
zaal-inrichten | Zaal inrichten voor evenementen | zaalopbouw; evenementen opbouwen; banqueting | tafels-dekken
sociale-hygiene | Sociale hygiëne (alcoholwet) | alcoholwetgeving; Alcoholwet; Drank- en Horecawet; verantwoord alcohol schenken | dranken-schenken, leeftijd-controleren
G grp.housekeeping | Hotel en housekeeping | grp.horeca
kamers-opmaken | Hotelkamers opmaken | housekeeping; kamers schoonmaken; hotelkamers schoonmaken | bedden-opmaken
bedden-opmaken | Bedden opmaken | bed verschonen; linnengoed verschonen; bedden verschonen | kamers-opmaken
wasserij | Wasserij en linnen | strijken en vouwen; linnen vouwen; wasserijwerk; linnenkamer | was-verzorgen
hotelreceptie | Receptiewerk hotel | inchecken; uitchecken; front office | gasten-ontvangen, telefoon-aannemen
G grp.detailhandel | Detailhandel | -
G grp.winkelwerk | Winkelwerk | grp.detailhandel
vakkenvullen | Vakken vullen | schappen vullen; bijvullen; aanvullen; schappen bijvullen | spiegelen, houdbaarheid-controleren, rolcontainers
spiegelen | Spiegelen en facen | facen; producten naar voren zetten; schappen ordenen | vakkenvullen
houdbaarheid-controleren | Houdbaarheid controleren | THT controleren; derving bijhouden; datumcontrole | vakkenvullen, keukenvoorraad
prijzen-wijzigen | Prijzen en schapkaartjes wijzigen | schapkaartjes; prijswijzigingen; prijzen plakken | etiketteren
producten-presenteren | Producten presenteren | presentatie; etaleren; visual merchandising | spiegelen
klanten-adviseren | Klanten adviseren | verkoopadvies; verkopen; klanten helpen met kiezen | klanten-te-woord-staan, productkennis
productkennis | Productkennis | assortimentskennis; kennis van producten; assortiment kennen | klanten-adviseren
winkelvoorraad-bestellen | Winkelvoorraad bestellen | bestellen; orders plaatsen bij leverancier; voorraad aanvullen | voorraadbeheer
winkeldiefstal-voorkomen | Winkeldiefstal voorkomen | diefstalpreventie; alert zijn op diefstal | winkelsurveillance
kleding-vouwen | Kleding vouwen en ophangen | kleding presenteren; paskamers bijhouden; textiel ordenen | producten-presenteren
online-bestellingen-klaarzetten | Online bestellingen klaarzetten | click and collect; webshoporders verzamelen; afhaalorders klaarzetten | orderpicken
G grp.kassa | Kassa | grp.detailhandel
kassa-bedienen | Kassa bedienen | afrekenen; kassawerk; kassa draaien; scannen aan de kassa | geld-tellen, pinbetalingen
geld-tellen | Geld tellen en kas opmaken | kas tellen; kasopmaak; wisselgeld geven; contant geld | kassa-bedienen, basisrekenen, kasbeheer
pinbetalingen | Pinbetalingen afhandelen | pinnen; betaalautomaat; contactloos betalen | kassa-bedienen
zelfscankassa | Zelfscankassa's begeleiden | zelfscan; selfscan; zelfscankassa | kassa-bedienen
leeftijd-controleren | Leeftijd controleren | legitimatie controleren; ID checken; leeftijdsgrens bewaken | sociale-hygiene, toegangscontrole
servicebalie | Servicebalie | klantenservicebalie; retouren winkel; servicepunt winkel | klachten-afhandelen
G grp.versafdeling | Versafdelingen | grp.detailhandel
brood-afbakken | Brood afbakken | afbakken; bake-off; broodafdeling | bakkerijproductie
kaas-en-vleeswaren-snijden | Kaas en vleeswaren snijden | snijmachine; vleeswaren snijden; kaasafdeling; snijden aan de toonbank | vlees-verwerken
agf-presenteren | Groente en fruit presenteren | AGF; groente en fruit afdeling; versafdeling AGF | groente-fruit-verwerken
bloemen-binden | Bloemen verzorgen en binden | bloemschikken; boeketten binden; bloemwerk | planten-verzorgen
G grp.groen | Groen | -
G grp.groenonderhoud | Groenonderhoud | grp.groen
onkruid-verwijderen | Onkruid verwijderen | wieden; schoffelen; onkruid wieden; onkruidbestrijding | borders-onderhouden
gras-maaien | Gras maaien | maaien; grasmaaier; zitmaaier; gazon maaien | bosmaaier, gazon-aanleggen
bosmaaier | Bosmaaier gebruiken | trimmer; kantenmaaien; bosmaaien | gras-maaien, tuinmachines
heggen-knippen | Heggen knippen | hagen scheren; heggenschaar; heg snoeien | snoeien
snoeien | Snoeien van bomen en struiken | struiken snoeien; boomverzorging; snoeiwerk | heggen-knippen, kettingzaag
blad-ruimen | Blad ruimen | bladblazer; blad harken; bladruimen |
zwerfafval-opruimen | Zwerfafval opruimen | zwerfvuil prikken; afval prikken; prikker; straatvegen | afval-scheiden
borders-onderhouden | Borders en plantsoenen onderhouden | plantsoenonderhoud; borders; perken onderhouden | onkruid-verwijderen
kettingzaag | Werken met de kettingzaag | motorzaag; bomen zagen; kettingzagen | snoeien
gladheidsbestrijding | Gladheidsbestrijding | strooien; sneeuwruimen; zout strooien |
gewasbescherming | Gewasbescherming toepassen | spuitlicentie; bestrijdingsmiddelen; gewasbeschermingsmiddelen spuiten |
G grp.tuinaanleg | Tuinaanleg | grp.groen
planten-poten | Planten en poten | beplanting aanbrengen; poten; planten zetten; aanplanten | grondwerk-spitten
grondwerk-spitten | Grondwerk en spitten | spitten; grondverzet; graven; harken | planten-poten, handmatig-graven
gazon-aanleggen | Gazon aanleggen | graszoden leggen; inzaaien; gras zaaien | gras-maaien
tuinbestrating | Tuinpaden en terrassen bestraten | tuintegels leggen; terras leggen; tuinbestrating aanleggen | bestraten
schuttingen-plaatsen | Schuttingen plaatsen | schutting; hekwerk plaatsen; tuinhout | timmeren
tuinmachines | Tuinmachines bedienen | motorische apparatuur; minigraver; tuinfrees | bosmaaier
G grp.teelt | Teelt en dierverzorging | grp.groen
oogsten | Oogsten | plukken; oogstwerk; fruit plukken; groente oogsten | producten-sorteren
stekken-oppotten | Stekken en oppotten | stekken; oppotten; verspenen; zaaien | planten-verzorgen
planten-verzorgen | Planten verzorgen | water geven; plantverzorging; bemesten | stekken-oppotten, bloemen-binden
kaswerk | Werken in de kas | glastuinbouw; tuinbouw; werken in de glastuinbouw | oogsten
dieren-verzorgen | Dieren verzorgen | dierverzorging; voeren; stallen uitmesten; dieren voeren |
trekker-rijden | Trekker rijden | tractor rijden; trekker; landbouwvoertuig besturen |
G grp.bouw | Bouw | -
G grp.bouwplaats | Bouwplaats | grp.bouw
bouwplaats-schoonhouden | Bouwplaats schoonhouden | bouwplaats opruimen; puin ruimen; bouwafval afvoeren | afval-scheiden
materiaal-aanvoeren | Bouwmaterialen aanvoeren | materiaal aangeven; opperen; hulp op de bouw; materiaal sjouwen | fysiek-zwaar-werk
slopen | Slopen en strippen | sloopwerk; strippen; sloopwerkzaamheden | bouwplaats-schoonhouden
steigers-opbouwen | Steigers opbouwen | steigerbouw; rolsteiger opbouwen; steiger monteren | werken-op-hoogte
beton-storten | Beton storten | betonstorten; bekisting maken; betonvlechten; wapening | metselen
metselen | Metselen | stenen metselen; voegen; metselwerk | beton-storten, specie-mengen
specie-mengen | Specie en mortel mengen | cement aanmaken; mortel; betonmolen | metselen
timmeren | Timmeren | timmerwerk; kozijnen plaatsen; maatvoeren hout | houtbewerking, schuttingen-plaatsen
dakwerk | Dakwerk | dakdekken; dakbedekking; dakpannen leggen | werken-op-hoogte, zonnepanelen-monteren
G grp.afbouw | Afbouw | grp.bouw
schilderen | Schilderen | schilderwerk; verven; kwasten en rollers; lakken | schuren-plamuren, behangen, spuiten-coaten
schuren-plamuren | Schuren en plamuren | schuren; plamuren; ondergrond voorbereiden | schilderen, kitten
behangen | Behangen | behang; wanden behangen; behangwerk | schilderen
kitten | Kitten | kitwerk; voegen afkitten; kitpistool | schuren-plamuren
stukadoren | Stukadoren | stucen; pleisteren; stucwerk |
tegelzetten | Tegelzetten | tegels zetten; tegelwerk; wandtegels; vloertegels |
gipsplaten-monteren | Gipsplaten monteren | gipswanden; metal stud; droge afbouw; systeemwanden | timmeren
vloeren-leggen | Vloeren leggen | laminaat leggen; PVC-vloer leggen; vloerbedekking leggen |
G grp.infra | Infra en bestrating | grp.bouw
bestraten | Bestraten | straatwerk; klinkers leggen; straat leggen; bestrating | zandbed-afrijen, tuinbestrating
zandbed-afrijen | Zandbed afrijen | afrijen; zand egaliseren; zandbed maken | bestraten
trilplaat | Trilplaat bedienen | trillen; aftrillen; trilmachine | bestraten
opsluitbanden-zetten | Opsluitbanden zetten | banden zetten; trottoirbanden; stoepranden plaatsen | bestraten
verkeer-regelen | Verkeer regelen | verkeersregelen; werkvak afzetten; verkeer begeleiden |
handmatig-graven | Graafwerk voor kabels en leidingen | sleuf graven; handgraven; grondwerk infra | grondwerk-spitten, riolering
riolering | Riolering aanleggen | rioolbuizen leggen; riolering; afvoer leggen | handmatig-graven
G grp.zorg | Zorg en welzijn | -
G grp.persoonlijke-verzorging | Persoonlijke verzorging | grp.zorg
wassen-aankleden | Helpen bij wassen en aankleden | ADL-ondersteuning; lichamelijke verzorging; douchen; aankleden | mobiliteit-ondersteunen
eten-geven | Helpen bij eten en drinken | maaltijdondersteuning; eten geven; voeden | maaltijden-verzorgen
tillift | Werken met tillift en transferhulpmiddelen | tillift; transfers; til- en transferhulpmiddelen | tillen-volgens-tiltechniek, mobiliteit-ondersteunen
signaleren-gezondheid | Veranderingen bij cliënten signaleren | signaleren; observeren; veranderingen opmerken | rapporteren-zorg
rapporteren-zorg | Rapporteren in het zorgdossier | rapporteren; zorgdossier; ECD; dossiervoering | signaleren-gezondheid
medicatie-aanreiken | Medicatie aanreiken en aftekenen | medicatie; medicijnen aftekenen; medicatieronde | rapporteren-zorg
mobiliteit-ondersteunen | Ondersteunen bij lopen en verplaatsen | rolstoel duwen; begeleiden bij lopen; mobiliteit | tillift
G grp.huishoudelijke-ondersteuning | Huishoudelijke ondersteuning | grp.zorg
huishoudelijk-werk | Huishoudelijk werk | huishouden; poetsen; schoonmaken bij mensen thuis; huishouden doen | stofzuigen, was-verzorgen
was-verzorgen | Was verzorgen | was doen; kleding wassen; strijken | wasserij
maaltijden-verzorgen | Maaltijden verzorgen | koken voor cliënten; maaltijd klaarmaken voor cliënten; brood smeren | eten-geven, eenvoudig-koken
boodschappen-doen | Boodschappen doen | boodschappen; inkopen doen |
gastvrouw-zorg | Gastvrouwschap in de zorg | koffie schenken; zorggastvrouw; huiskamer verzorgen | gastvrijheid, maaltijden-verzorgen
G grp.begeleiding | Begeleiding en welzijn | grp.zorg
clienten-begeleiden | Cliënten begeleiden | begeleiden; woonbegeleiding; ondersteunen van cliënten | dagbesteding-activiteiten, structuur-bieden
dagbesteding-activiteiten | Activiteiten begeleiden | dagbesteding; activiteiten organiseren; recreatie | clienten-begeleiden
structuur-bieden | Structuur bieden | dagritme bieden; duidelijkheid bieden; structureren | clienten-begeleiden
omgaan-met-probleemgedrag | Omgaan met probleemgedrag | probleemgedrag; agressie hanteren; grensoverschrijdend gedrag | deescaleren
empathie | Inlevingsvermogen | empathie; inleven; betrokkenheid | actief-luisteren
actief-luisteren | Actief luisteren | luisteren; goed luisteren; doorvragen | empathie, klanten-te-woord-staan
kinderen-begeleiden | Kinderen begeleiden | kinderopvang; op kinderen passen; BSO | dagbesteding-activiteiten
dementie-omgang | Omgaan met dementie | dementie; psychogeriatrie; mensen met dementie | empathie
zelfredzaamheid-bevorderen | Zelfredzaamheid bevorderen | zelfredzaamheid; eigen regie; ondersteunen bij zelfstandigheid | clienten-begeleiden
G grp.ict | ICT | -
G grp.ict-support | ICT-support | grp.ict
servicedesk-meldingen | Meldingen aannemen (servicedesk) | servicedesk; helpdesk; tickets aannemen; ITIL-meldingen | ticketsysteem, gebruikers-ondersteunen
ticketsysteem | Werken met een ticketsysteem | TOPdesk; ticketing; meldingensysteem | servicedesk-meldingen
gebruikers-ondersteunen | Gebruikers ondersteunen | eerstelijns support; gebruikersvragen beantwoorden; ICT-vragen beantwoorden | servicedesk-meldingen
werkplekken-installeren | Werkplekken installeren | laptops installeren; werkplekbeheer; computers uitrollen; imaging | hardware-repareren
hardware-repareren | Hardware repareren | computers repareren; hardware; onderdelen vervangen | werkplekken-installeren, refurbishing
refurbishing | Computers refurbishen | refurbishen; data wissen; laptops opknappen | hardware-repareren
accounts-beheren | Gebruikersaccounts beheren | wachtwoorden resetten; accountbeheer; Active Directory | cloud-beheer
G grp.ict-beheer | ICT-beheer | grp.ict
netwerkbeheer | Netwerken beheren | netwerken; switches configureren; wifi-netwerk | servers-beheren
servers-beheren | Servers beheren | systeembeheer; serverbeheer; Windows Server; Linux | netwerkbeheer
informatiebeveiliging | Informatiebeveiliging | cybersecurity; security; wachtwoordbeleid | omgaan-met-vertrouwelijke-informatie
cloud-beheer | Cloudomgevingen beheren | Microsoft 365 beheer; Azure; cloud |
netwerkbekabeling | Netwerkbekabeling aanleggen | UTP-kabels; patchen; datakabels | kabels-trekken
G grp.software | Software en testen | grp.ict
software-testen | Software testen | testen; testscripts uitvoeren; bugs vinden; handmatig testen | bevindingen-rapporteren, testautomatisering
bevindingen-rapporteren | Bevindingen rapporteren | bugs melden; bevindingen registreren; testrapport | software-testen
testautomatisering | Testautomatisering | geautomatiseerd testen; Selenium; testscripts schrijven | programmeren
programmeren | Programmeren | coderen; software ontwikkelen; code schrijven | testautomatisering, websites-bouwen
websites-bouwen | Websites bouwen | HTML; CSS; webdevelopment; websites maken | programmeren
sql | Werken met databases (SQL) | SQL; database; query's schrijven | data-analyse
G grp.data | Data en digitalisering | grp.ict
data-invoer | Gegevens invoeren | data-entry; invoeren; gegevensinvoer | typen, spreadsheets
typen | Snel en foutloos typen | blind typen; typevaardigheid; typen | data-invoer
documenten-digitaliseren | Documenten scannen en digitaliseren | digitaliseren; documenten scannen; archief digitaliseren | archiveren
gegevens-controleren | Gegevens controleren en opschonen | data opschonen; datakwaliteit; gegevens controleren | data-invoer, nauwkeurig-werken
data-analyse | Data-analyse | data analyseren; rapportages maken; dashboards | spreadsheets, sql
data-labelen | Data labelen | annoteren; data taggen; beelden labelen | gegevens-controleren
G grp.beveiliging | Beveiliging | -
G grp.toezicht | Toezicht en surveillance | grp.beveiliging
surveilleren | Surveilleren | surveillance; rondes lopen; patrouilleren; toezicht houden | camerabewaking, alarmopvolging
camerabewaking | Camerabeelden uitkijken | CCTV; meldkamer; camera's uitkijken | surveilleren
alarmopvolging | Alarmopvolging | alarm opvolgen; mobiele surveillance; alarmmelding afhandelen | surveilleren
winkelsurveillance | Winkelsurveillance | winkelbeveiliging; winkeldetectivewerk | winkeldiefstal-voorkomen, surveilleren
incidenten-rapporteren | Rapporteren van incidenten | incidentrapport; dagrapport schrijven; proces-verbaal van bevindingen | surveilleren
deescaleren | De-escaleren | agressie voorkomen; de-escalerend optreden; kalmeren | conflicten-hanteren, omgaan-met-probleemgedrag
toezicht-openbare-ruimte | Toezicht in de openbare ruimte | handhaving; toezicht op straat; stadstoezicht | surveilleren
G grp.toegangscontrole | Toegangscontrole | grp.beveiliging
toegangscontrole | Toegangscontrole | toegang controleren; pasjes controleren; bezoekers registreren | receptie-beveiliging, leeftijd-controleren
receptie-beveiliging | Receptie- en portierswerk | portiersdienst; receptiebeveiliging; slagboom bedienen | toegangscontrole, gasten-ontvangen
evenementenbeveiliging | Evenementenbeveiliging | crowd control; beveiliging evenementen; publieksstromen begeleiden | toegangscontrole
fouilleren | Fouilleren en tassencontrole | tassencontrole; visitatie | evenementenbeveiliging
sleutelbeheer | Sleutelbeheer | sleutels uitgeven; sleuteluitgifte; openen en sluiten van gebouwen |
G grp.klantcontact | Klantcontact | -
G grp.telefonie | Telefonie | grp.klantcontact
telefoon-aannemen | Telefoon aannemen | telefoneren; telefonisch te woord staan; bellers helpen | doorverbinden, klanten-te-woord-staan
doorverbinden | Gesprekken doorverbinden | telefooncentrale bedienen; gesprekken doorschakelen | telefoon-aannemen
outbound-bellen | Uitgaand bellen | outbound; telemarketing; nabellen; afspraken maken via telefoon | telefonisch-verkopen
telefonisch-verkopen | Telefonisch verkopen | telesales; verkoop aan de telefoon | outbound-bellen
gespreksnotities | Gespreksnotities vastleggen | gesprek registreren; notities maken; klantgegevens vastleggen | crm-gebruiken
G grp.klantenservice | Klantenservice | grp.klantcontact
crm-gebruiken | Werken met een klantsysteem (CRM) | CRM; klantsysteem; klantdossier bijhouden | gespreksnotities, data-invoer
chat-en-mail | Klanten helpen via chat en e-mail | webcare; chatten met klanten; schriftelijke klantenservice | e-mail-gebruiken, nederlands-schrijven
klantvragen-beantwoorden | Klantvragen beantwoorden | vragen beantwoorden; informatie geven; klanten informeren | klanten-te-woord-staan
afspraken-inplannen | Afspraken inplannen | afspraken maken; afspraken plannen voor klanten; planning klantafspraken | agendabeheer
G grp.administratie | Administratie | -
G grp.kantoorwerk | Kantoorwerk | grp.administratie
archiveren | Archiveren | archief bijhouden; dossiers opbergen; ordenen van documenten | documenten-digitaliseren, post-verwerken
post-verwerken | Post verwerken | post openen; inkomende post registreren; postkamerwerk | archiveren
correspondentie | Correspondentie verzorgen | brieven schrijven; standaardbrieven; correspondentie |
agendabeheer | Agendabeheer | agenda bijhouden; agenda beheren | afspraken-inplannen
reprowerk | Kopiëren, printen en reprowerk | repro; kopiëren; printen; documenten vermenigvuldigen |
receptiewerk | Receptiewerk | baliewerk; bezoekers ontvangen; receptie bemannen | telefoon-aannemen, receptie-beveiliging
omgaan-met-vertrouwelijke-informatie | Vertrouwelijk omgaan met gegevens | privacy; AVG; geheimhouding; discretie | integer-handelen, informatiebeveiliging
formulieren-verwerken | Formulieren verwerken | aanvragen verwerken; formulieren controleren; dossiers verwerken | data-invoer
G grp.financiele-administratie | Financiële administratie | grp.administratie
facturen-verwerken | Facturen verwerken | facturen inboeken; crediteurenadministratie; inkoopfacturen | boekhouden
boekhouden | Boekhouden | boekhouding; journaalposten; grootboek | facturen-verwerken, boekhoudpakket
boekhoudpakket | Werken met een boekhoudpakket | Exact; AFAS; Twinfield; boekhoudsoftware | boekhouden
debiteurenbeheer | Debiteurenbeheer | debiteurenadministratie; herinneringen sturen; betalingen bewaken | facturen-verwerken
salarisadministratie | Salarisadministratie | loonadministratie; salarissen verwerken; loonstroken | urenregistratie
urenregistratie | Uren registreren en verwerken | urenstaten; tijdregistratie; uren invoeren | salarisadministratie
kasbeheer | Kasbeheer | kasboek; kas bijhouden; kasadministratie | geld-tellen
"""

OCCUPATIONS = r"""
orderpicker | Orderpicker | orderverzamelaar; picker; ordermedewerker | LOGISTIEK | - | orderpicken, scannen-handscanner, elektrische-pallettruck, nauwkeurig-werken, werken-in-tempo, instructies-opvolgen | pallets-stapelen, voice-picking, pick-to-light, ploegendienst | ORDERPICKER
heftruckchauffeur | Heftruckchauffeur | heftruckbestuurder; vorkheftruckchauffeur; heftruckmedewerker | LOGISTIEK | - | heftruck-rijden, laden-en-lossen, goederen-opslaan, vca-veilig-werken, scannen-handscanner | reachtruck-rijden, lading-zekeren, wms-gebruiken, ploegendienst | HEFTRUCK, VCA_BASIS
magazijnmedewerker | Magazijnmedewerker | logistiek medewerker; warehouse medewerker; magazijnbediende | LOGISTIEK | - | goederen-ontvangen, orderpicken, goederen-opslaan, scannen-handscanner, handpallettruck, samenwerken | heftruck-rijden, voorraad-tellen, expeditie, retouren-verwerken | -
reachtruckchauffeur | Reachtruckchauffeur | reachtruckbestuurder; reachtruckmedewerker | LOGISTIEK | - | reachtruck-rijden, goederen-opslaan, locatiecodes, scannen-handscanner, vca-veilig-werken | heftruck-rijden, voorraad-tellen, wms-gebruiken | REACHTRUCK, VCA_BASIS
postbezorger | Postbezorger | postbode; bezorger post; brievenbesteller; postbesteller | LOGISTIEK | - | post-bezorgen, post-sorteren, zelfstandig-werken, op-tijd-komen | fietsbezorging, route-plannen | -
pakketbezorger | Pakketbezorger | koerier; chauffeur pakketdienst; bezorger pakketten | LOGISTIEK | - | pakketten-bezorgen, bestelbus-rijden, route-plannen, klantvriendelijk, scannen-handscanner | werken-in-tempo, smartphone-apps | -
vrachtwagenchauffeur | Vrachtwagenchauffeur | chauffeur C; trucker; beroepschauffeur | LOGISTIEK | - | vrachtwagen-rijden, rij-en-rusttijden, lading-zekeren, laden-en-lossen | route-plannen, pakbon-controleren | CODE_95
medewerker-expeditie | Medewerker expeditie | expeditiemedewerker; verzendmedewerker | LOGISTIEK | - | expeditie, verzendlabels, pakbon-controleren, pallets-wikkelen | heftruck-rijden, wms-gebruiken | -
pakketsorteerder | Pakketsorteerder | sorteerder; sorteermedewerker; medewerker sorteercentrum | LOGISTIEK | - | pakketten-sorteren, werken-in-tempo, scannen-handscanner, fysiek-zwaar-werk | ploegendienst, laden-en-lossen | -
productiemedewerker | Productiemedewerker | productiewerker; fabrieksmedewerker; medewerker productie | PRODUCTIE | - | machine-bedienen, werken-aan-de-lopende-band, kwaliteitscontrole-visueel, instructies-opvolgen, werken-in-tempo | ploegendienst, productieregistratie, werkplek-5s, storingen-melden | -
inpakker | Inpakker | inpakmedewerker; verpakkingsmedewerker; packer | PRODUCTIE | - | inpakken, dozen-vouwen, etiketteren, nauwkeurig-werken, repeterend-werk | ompakken, sealen, pallets-stapelen | -
assemblagemedewerker | Assemblagemedewerker | montagemedewerker; assembleerder | PRODUCTIE | - | assembleren, handgereedschap, werken-volgens-protocol, nauwkeurig-werken | elektrisch-gereedschap, tekeninglezen, kwaliteitscontrole-visueel | -
productiemedewerker-voedingsindustrie | Productiemedewerker voedingsindustrie | foodoperator; medewerker levensmiddelenindustrie; medewerker voedselproductie | PRODUCTIE | - | voedsel-verwerken, haccp-hygiene, werken-aan-de-lopende-band, handhygiene | werken-in-koeling, inpakken, ploegendienst | HACCP
machineoperator | Machineoperator | machinebediener; procesoperator; operator | PRODUCTIE | MBO_2 | machine-bedienen, machine-omstellen, storingen-melden, productieregistratie, kwaliteitscontrole-visueel | storingen-verhelpen, werkplek-5s, lean-verbeteren | -
medewerker-recycling | Medewerker recycling | demontagemedewerker; medewerker kringloop demontage; afvalsorteerder | PRODUCTIE | - | demonteren-recyclen, afval-scheiden, handgereedschap, producten-sorteren | pbm-gebruiken, fysiek-zwaar-werk | -
kwaliteitscontroleur | Kwaliteitscontroleur | QC-medewerker; controleur kwaliteit; keurder | PRODUCTIE | MBO_2 | kwaliteitscontrole-visueel, meetinstrumenten, kwaliteit-registreren, nauwkeurig-werken | tekeninglezen, spreadsheets | -
naaister | Naaister | naaier; confectiemedewerker; medewerker naaiatelier | PRODUCTIE | - | naaien, nauwkeurig-werken, repeterend-werk | meten, kwaliteitscontrole-visueel | -
lasser | Lasser | constructielasser; lasser MIG/MAG | TECHNIEK | MBO_2 | lassen, slijpen-ontbramen, tekeninglezen, pbm-gebruiken | plaatbewerking, meten, vca-veilig-werken | VCA_BASIS
elektromonteur | Elektromonteur | elektricien; monteur elektra; installateur elektrotechniek | TECHNIEK | MBO_2 | elektra-aansluiten, kabels-trekken, elektrisch-veilig-werken, elektrisch-meten, tekeninglezen | schakelkasten-bedraden, zonnepanelen-monteren, werken-op-hoogte | NEN_3140, VCA_BASIS
installatiemonteur | Installatiemonteur | loodgieter; monteur werktuigbouwkundige installaties; sanitair monteur | TECHNIEK | MBO_2 | leidingen-aanleggen, sanitair-installeren, solderen, tekeninglezen | cv-onderhoud, warmtepomp-installeren, ventilatie-monteren | VCA_BASIS
monteur-zonnepanelen | Monteur zonnepanelen | zonnepanelenmonteur; PV-monteur; solar installateur | TECHNIEK | - | zonnepanelen-monteren, werken-op-hoogte, vca-veilig-werken, handgereedschap, samenwerken | elektra-aansluiten, dakwerk | VCA_BASIS
fietsenmaker | Fietsenmaker | fietstechnicus; rijwielhersteller; medewerker fietsenwerkplaats | TECHNIEK | - | fietsen-repareren, handgereedschap, klantvriendelijk, nauwkeurig-werken | klanten-adviseren, kassa-bedienen | -
autopoetser | Autopoetser | carwash medewerker; autowasser; autoreiniger | TECHNIEK | - | auto-poetsen, hogedrukreinigen, nauwkeurig-werken | banden-wisselen, stofzuigen | -
medewerker-bandenservice | Medewerker bandenservice | bandenwisselaar; bandenmonteur | TECHNIEK | - | banden-wisselen, handgereedschap, werken-in-tempo, vca-veilig-werken | auto-onderhoud, klanten-te-woord-staan | -
onderhoudsmonteur | Onderhoudsmonteur | technicus onderhoud; storingsmonteur; monteur technische dienst | TECHNIEK | MBO_3 | preventief-onderhoud, storingen-verhelpen, tekeninglezen, elektrisch-meten, elektrisch-veilig-werken | lassen, machine-bedienen | NEN_3140, VCA_BASIS
huismeester | Huismeester | conciërge; klusjesman; medewerker technische dienst gebouw | TECHNIEK | - | klein-onderhoud, handgereedschap, zelfstandig-werken, klantvriendelijk | schilderen, afvalbakken-legen, sleutelbeheer | BHV
schoonmaker | Schoonmaker | schoonmaakmedewerker; interieurverzorger; schoonmaakster | SCHOONMAAK | - | kantoren-schoonmaken, stofzuigen, sanitair-reinigen, vloeren-dweilen, kleurcodes-schoonmaak, zelfstandig-werken | stof-afnemen, afvalbakken-legen, schoonmaakrooster, schoonmaakmiddelen-doseren | -
glazenwasser | Glazenwasser | glasbewasser; ramenwasser | SCHOONMAAK | - | glazenwassen, werken-op-hoogte, osmose-wassen, zelfstandig-werken | kozijnen-reinigen, hoogwerker-bedienen, vca-veilig-werken | VCA_BASIS, HOOGWERKER
schoonmaker-zorg | Schoonmaker in de zorg | medewerker schoonmaak ziekenhuis; facilitair medewerker zorg | SCHOONMAAK | - | schoonmaak-zorg, desinfecteren, handhygiene, werken-volgens-protocol, sanitair-reinigen | klantvriendelijk, kleurcodes-schoonmaak | SCHOONMAAK_BASIS
vloeronderhoudsmedewerker | Vloeronderhoudsmedewerker | vloerspecialist; machinaal reiniger | SCHOONMAAK | - | schrobzuigmachine, vloeronderhoud, schoonmaakmiddelen-doseren, pbm-gebruiken | tapijtreiniging, hogedrukreinigen | SCHOONMAAK_BASIS
straatreiniger | Straatreiniger | medewerker reiniging; veger; medewerker buitendienst reiniging | SCHOONMAAK | - | zwerfafval-opruimen, afval-scheiden, fysiek-zwaar-werk, op-tijd-komen | hogedrukreinigen, blad-ruimen, gladheidsbestrijding, autorijden | -
opleveringsschoonmaker | Opleveringsschoonmaker | bouwschoonmaker; schoonmaker bouw | SCHOONMAAK | - | opleveringsschoonmaak, glazenwassen, stof-afnemen, vloeren-dweilen | vca-veilig-werken, werken-op-hoogte | VCA_BASIS
afwasser | Afwasser | afwashulp; spoelkeukenmedewerker; vaatwasser | HORECA | - | afwassen, keuken-schoonmaken, haccp-hygiene, werken-in-tempo, samenwerken | groenten-snijden, afval-scheiden | -
keukenhulp | Keukenhulp | keukenassistent; keukenmedewerker; hulpkok | HORECA | - | groenten-snijden, afwassen, haccp-hygiene, werken-volgens-recept, keuken-schoonmaken | eenvoudig-koken, broodjes-bereiden, keukenvoorraad, frituren | HACCP
medewerker-bediening | Medewerker bediening | serveerster; ober; kelner; bediening; serveerder | HORECA | - | bedienen, bestellingen-opnemen, tafels-dekken, gastvrijheid, klantvriendelijk | dranken-schenken, afrekenen-horeca, koffie-zetten, engels-spreken | -
barmedewerker | Barmedewerker | barkeeper; tapper; barman | HORECA | - | dranken-schenken, leeftijd-controleren, afrekenen-horeca, gastvrijheid | koffie-zetten, omgaan-met-werkdruk, sociale-hygiene | -
kok | Kok | zelfstandig werkend kok; cuisinier | HORECA | MBO_2 | koken-a-la-carte, eenvoudig-koken, haccp-hygiene, werken-volgens-recept, werken-in-tempo | keukenvoorraad, frituren, grootkeuken | HACCP
medewerker-fastfood | Medewerker fastfood | crewmember; snackbarmedewerker; cafetariamedewerker | HORECA | - | frituren, kassa-bedienen, haccp-hygiene, werken-in-tempo, klantvriendelijk | bestellingen-opnemen, keuken-schoonmaken | -
medewerker-housekeeping | Medewerker housekeeping | kamermeisje; roomattendant; huishoudelijk medewerker hotel | HORECA | - | kamers-opmaken, bedden-opmaken, sanitair-reinigen, stofzuigen, werken-in-tempo | wasserij, afvalbakken-legen | -
cateringmedewerker | Cateringmedewerker | medewerker bedrijfsrestaurant; kantinemedewerker | HORECA | - | broodjes-bereiden, kassa-bedienen, haccp-hygiene, klantvriendelijk | grootkeuken, koffie-zetten, afwassen | -
vakkenvuller | Vakkenvuller | medewerker vulploeg; aanvuller; winkelmedewerker vulploeg | DETAILHANDEL | - | vakkenvullen, spiegelen, houdbaarheid-controleren, rolcontainers, werken-in-tempo | prijzen-wijzigen, klanten-te-woord-staan | -
kassamedewerker | Kassamedewerker | caissière; kassière; kassamedewerkster | DETAILHANDEL | - | kassa-bedienen, pinbetalingen, geld-tellen, klantvriendelijk, leeftijd-controleren | zelfscankassa, servicebalie | -
verkoopmedewerker | Verkoopmedewerker | winkelmedewerker; verkoper; winkelbediende | DETAILHANDEL | - | klanten-adviseren, productkennis, kassa-bedienen, klantvriendelijk, producten-presenteren | kleding-vouwen, vakkenvullen, winkelvoorraad-bestellen | -
medewerker-versafdeling | Medewerker versafdeling | medewerker vers; medewerker AGF; medewerker broodafdeling | DETAILHANDEL | - | agf-presenteren, houdbaarheid-controleren, haccp-hygiene, vakkenvullen | brood-afbakken, kaas-en-vleeswaren-snijden | HACCP
medewerker-online-bestellingen | Medewerker online bestellingen | personal shopper; orderverzamelaar supermarkt; medewerker click and collect | DETAILHANDEL | - | online-bestellingen-klaarzetten, scannen-handscanner, houdbaarheid-controleren, nauwkeurig-werken | klantvriendelijk, werken-in-tempo | -
medewerker-tuincentrum | Medewerker tuincentrum | verkoper planten; tuincentrummedewerker | DETAILHANDEL | - | planten-verzorgen, klanten-adviseren, vakkenvullen, kassa-bedienen | bloemen-binden, productkennis | -
hovenier | Hovenier | tuinman; tuinier; hoveniersmedewerker | GROEN | MBO_2 | tuinbestrating, planten-poten, grondwerk-spitten, gazon-aanleggen, heggen-knippen | schuttingen-plaatsen, tuinmachines, klanten-te-woord-staan | -
groenvoorziener | Groenvoorziener | medewerker groenvoorziening; medewerker groen; groenmedewerker; plantsoenwerker | GROEN | - | onkruid-verwijderen, gras-maaien, borders-onderhouden, heggen-knippen, samenwerken | bosmaaier, blad-ruimen, zwerfafval-opruimen, vca-veilig-werken | -
boomverzorger | Boomverzorger | boomspecialist; arborist | GROEN | MBO_2 | snoeien, kettingzaag, werken-op-hoogte, pbm-gebruiken | hoogwerker-bedienen, vca-veilig-werken | VCA_BASIS
medewerker-glastuinbouw | Medewerker glastuinbouw | kasmedewerker; tuinbouwmedewerker; medewerker kwekerij | GROEN | - | kaswerk, oogsten, stekken-oppotten, werken-in-tempo | producten-sorteren, inpakken, planten-verzorgen | -
fruitplukker | Fruitplukker | oogstmedewerker; plukker; seizoenwerker fruitteelt | GROEN | - | oogsten, fysiek-zwaar-werk, werken-in-tempo, producten-sorteren | trekker-rijden, inpakken | -
dierverzorger | Dierverzorger | medewerker kinderboerderij; medewerker dierenasiel; stalmedewerker | GROEN | - | dieren-verzorgen, fysiek-zwaar-werk, zelfstandig-werken, op-tijd-komen | klanten-te-woord-staan, trekker-rijden | -
bouwplaatsmedewerker | Bouwplaatsmedewerker | opperman; hulpkracht bouw; algemeen medewerker bouw; bouwhulp | BOUW | - | materiaal-aanvoeren, bouwplaats-schoonhouden, vca-veilig-werken, pbm-gebruiken, samenwerken, fysiek-zwaar-werk | specie-mengen, slopen, steigers-opbouwen | VCA_BASIS
schilder | Schilder | huisschilder; schildersmedewerker; onderhoudsschilder | BOUW | - | schilderen, schuren-plamuren, kitten, nauwkeurig-werken | behangen, werken-op-hoogte, vca-veilig-werken | VCA_BASIS
stratenmaker | Stratenmaker | straatmaker; hulpstratenmaker; stratenmakershulp | BOUW | - | bestraten, zandbed-afrijen, trilplaat, opsluitbanden-zetten, fysiek-zwaar-werk | vca-veilig-werken, handmatig-graven | VCA_BASIS
timmerman | Timmerman | allround timmerman; bouwtimmerman | BOUW | MBO_2 | timmeren, tekeninglezen, meten, elektrisch-gereedschap, vca-veilig-werken | gipsplaten-monteren, dakwerk, vloeren-leggen | VCA_BASIS
sloper | Sloper | sloopmedewerker; stripper bouw | BOUW | - | slopen, pbm-gebruiken, afval-scheiden, vca-veilig-werken | elektrisch-gereedschap, bouwplaats-schoonhouden | VCA_BASIS
metselaar | Metselaar | metselaarshulp; allround metselaar | BOUW | - | metselen, specie-mengen, meten, werken-op-hoogte | steigers-opbouwen, beton-storten | VCA_BASIS
steigerbouwer | Steigerbouwer | steigermonteur | BOUW | - | steigers-opbouwen, werken-op-hoogte, vca-veilig-werken, samenwerken | pbm-gebruiken, lading-zekeren | VCA_BASIS
verkeersregelaar | Verkeersregelaar | verkeersbegeleider; verkeersregelaar wegwerkzaamheden | BOUW | - | verkeer-regelen, op-tijd-komen, vca-veilig-werken, mondeling-communiceren | conflicten-hanteren, pbm-gebruiken | VCA_BASIS
servicedeskmedewerker | Servicedeskmedewerker | helpdeskmedewerker; medewerker ICT-servicedesk; eerstelijns supportmedewerker | ICT | MBO_2 | servicedesk-meldingen, ticketsysteem, gebruikers-ondersteunen, telefoon-aannemen, computervaardig | accounts-beheren, werkplekken-installeren, engels-spreken | -
softwaretester | Softwaretester | tester; testanalist; QA-tester | ICT | MBO_4 | software-testen, bevindingen-rapporteren, nauwkeurig-werken, computervaardig | testautomatisering, sql, engels-spreken | -
medewerker-ict-refurbishing | Medewerker ICT-refurbishing | hardware medewerker; refurbisher; computerhersteller | ICT | - | refurbishing, hardware-repareren, werkplekken-installeren, nauwkeurig-werken | werken-volgens-protocol, gegevens-controleren | -
systeembeheerder | Systeembeheerder | ICT-beheerder; netwerkbeheerder; IT-beheerder | ICT | MBO_4 | servers-beheren, netwerkbeheer, accounts-beheren, informatiebeveiliging | cloud-beheer, netwerkbekabeling | -
medewerker-data-labeling | Medewerker data labeling | data-annotator; datalabelaar | ICT | - | data-labelen, gegevens-controleren, nauwkeurig-werken, computervaardig | typen, engels-spreken | -
webdeveloper | Webdeveloper | webontwikkelaar; front-end developer; programmeur | ICT | MBO_4 | websites-bouwen, programmeren, sql, software-testen | testautomatisering, engels-spreken | -
beveiliger | Beveiliger | beveiligingsbeambte; bewaker; security officer | BEVEILIGING | MBO_2 | surveilleren, toegangscontrole, incidenten-rapporteren, deescaleren, bhv | camerabewaking, alarmopvolging, ehbo | BEVEILIGER_2, BHV
winkelsurveillant | Winkelsurveillant | winkeldetective; winkelbeveiliger | BEVEILIGING | MBO_2 | winkelsurveillance, winkeldiefstal-voorkomen, deescaleren, incidenten-rapporteren | klantvriendelijk, camerabewaking | BEVEILIGER_2
portier | Portier | receptiebeveiliger; portier bedrijfsterrein; slagboomwachter | BEVEILIGING | - | receptie-beveiliging, toegangscontrole, sleutelbeheer, klantvriendelijk | telefoon-aannemen, camerabewaking, bhv | BHV
evenementenbeveiliger | Evenementenbeveiliger | crowd controller; evenementensteward; steward | BEVEILIGING | - | evenementenbeveiliging, fouilleren, toegangscontrole, deescaleren | ehbo, ontruiming-begeleiden | -
meldkamermedewerker | Meldkamermedewerker beveiliging | centralist; alarmcentralist; medewerker alarmcentrale | BEVEILIGING | MBO_2 | camerabewaking, alarmopvolging, telefoon-aannemen, omgaan-met-werkdruk | incidenten-rapporteren, computervaardig | BEVEILIGER_2
toezichthouder-openbare-ruimte | Toezichthouder openbare ruimte | stadswacht; straatcoach; buurtconciërge | BEVEILIGING | MBO_2 | toezicht-openbare-ruimte, surveilleren, deescaleren, mondeling-communiceren | incidenten-rapporteren, ehbo | -
klantenservicemedewerker | Klantenservicemedewerker | medewerker klantenservice; klantcontactmedewerker; customer service medewerker; callcentermedewerker | CONTACTCENTER | - | telefoon-aannemen, klantvragen-beantwoorden, crm-gebruiken, klantvriendelijk, gespreksnotities | klachten-afhandelen, chat-en-mail, typen | -
callcentermedewerker-outbound | Callcentermedewerker outbound | telemarketeer; outbound agent; belmedewerker | CONTACTCENTER | - | outbound-bellen, telefonisch-verkopen, crm-gebruiken, doorzetten | gespreksnotities, omgaan-met-feedback | -
telefonist | Telefonist | telefoniste; telefonist-receptionist | CONTACTCENTER | - | telefoon-aannemen, doorverbinden, klantvriendelijk, nederlands-spreken | receptiewerk, agendabeheer, afspraken-inplannen | -
webcaremedewerker | Webcaremedewerker | chatmedewerker; medewerker klantenservice chat; medewerker social media klantenservice | CONTACTCENTER | MBO_3 | chat-en-mail, nederlands-schrijven, crm-gebruiken, klachten-afhandelen | typen, engels-spreken | -
medewerker-afsprakenplanning | Medewerker afsprakenplanning | afsprakenplanner; planner klantcontact | CONTACTCENTER | - | afspraken-inplannen, telefoon-aannemen, crm-gebruiken, nauwkeurig-werken | agendabeheer, e-mail-gebruiken | -
administratief-medewerker | Administratief medewerker | administratiemedewerker; kantoormedewerker; medewerker administratie | ADMINISTRATIE | MBO_2 | data-invoer, archiveren, computervaardig, nauwkeurig-werken, tekstverwerken | spreadsheets, post-verwerken, correspondentie, telefoon-aannemen | -
medewerker-data-entry | Medewerker data-entry | datatypist; invoermedewerker; data-entry medewerker | ADMINISTRATIE | - | data-invoer, typen, nauwkeurig-werken, computervaardig | gegevens-controleren, formulieren-verwerken | -
medewerker-postkamer | Medewerker postkamer | postkamermedewerker; medewerker interne post; postmedewerker | ADMINISTRATIE | - | post-verwerken, post-sorteren, reprowerk, nauwkeurig-werken | documenten-digitaliseren, archiveren | -
receptionist | Receptionist | receptioniste; baliemedewerker; gastvrouw receptie | ADMINISTRATIE | MBO_2 | receptiewerk, telefoon-aannemen, klantvriendelijk, agendabeheer | doorverbinden, engels-spreken, post-verwerken | BHV
medewerker-digitalisering | Medewerker digitalisering archief | scanmedewerker; archiefmedewerker; documentverwerker | ADMINISTRATIE | - | documenten-digitaliseren, archiveren, nauwkeurig-werken, omgaan-met-vertrouwelijke-informatie | data-invoer, gegevens-controleren | -
financieel-administratief-medewerker | Financieel administratief medewerker | boekhoudkundig medewerker; medewerker crediteuren; medewerker debiteuren | ADMINISTRATIE | MBO_3 | facturen-verwerken, boekhoudpakket, spreadsheets, nauwkeurig-werken | debiteurenbeheer, urenregistratie, boekhouden | -
helpende-zorg-en-welzijn | Helpende zorg en welzijn | helpende; helpende Z&W; zorghulp | ZORG | MBO_2 | wassen-aankleden, eten-geven, huishoudelijk-werk, signaleren-gezondheid, empathie, rapporteren-zorg | tillift, mobiliteit-ondersteunen, dagbesteding-activiteiten, medicatie-aanreiken | -
huishoudelijke-hulp | Huishoudelijke hulp | huishoudelijk medewerker; thuishulp; alfahulp; hulp in de huishouding | ZORG | - | huishoudelijk-werk, stofzuigen, sanitair-reinigen, zelfstandig-werken, signaleren-gezondheid | was-verzorgen, boodschappen-doen, empathie | -
woonbegeleider | Woonbegeleider | begeleider wonen; persoonlijk begeleider; begeleider gehandicaptenzorg | ZORG | MBO_3 | clienten-begeleiden, structuur-bieden, zelfredzaamheid-bevorderen, rapporteren-zorg, omgaan-met-probleemgedrag | dagbesteding-activiteiten, medicatie-aanreiken, maaltijden-verzorgen | MEDICATIE
gastvrouw-zorg | Gastvrouw zorg | zorggastvrouw; gastheer zorginstelling; huiskamermedewerker | ZORG | - | gastvrouw-zorg, gastvrijheid, maaltijden-verzorgen, klantvriendelijk | dementie-omgang, dagbesteding-activiteiten, haccp-hygiene | -
begeleider-dagbesteding | Begeleider dagbesteding | activiteitenbegeleider; dagbestedingsbegeleider | ZORG | MBO_3 | dagbesteding-activiteiten, clienten-begeleiden, structuur-bieden, empathie | omgaan-met-probleemgedrag, dementie-omgang | -
verzorgende-ig | Verzorgende IG | verzorgende; verzorgende individuele gezondheidszorg | ZORG | MBO_3 | wassen-aankleden, medicatie-aanreiken, rapporteren-zorg, signaleren-gezondheid, tillift | dementie-omgang, handhygiene | MEDICATIE
"""

# What a person must hold before a training in a skill can close a gap (GapClosers): a driving
# training needs the licence. Line: skill key | preconditions (licence:X or certificate:Y; '/'
# between alternatives is written '|' in the JSON; ',' between preconditions that all apply).
SKILL_PRECONDITIONS = r"""
autorijden | licence:B
bestelbus-rijden | licence:B
personenvervoer | licence:B
vrachtwagen-rijden | licence:C
rij-en-rusttijden | licence:C/licence:D
"""

# Certificates with preconditions: Code 95 is the professional competence of a C or D driver.
CERTIFICATE_PRECONDITIONS = r"""
CODE_95 | licence:C/licence:D
"""

# What an occupation typically asks of a worker beyond the ordinary, on the 1-5 scales of a
# vacancy's job demands; the scorer and the rules take it for a demand a vacancy in the occupation
# does not record, marked as inferred. Line: occupation key | field=level, ...
TYPICAL_DEMANDS = r"""
receptionist | customerContact=5
telefonist | customerContact=5
klantenservicemedewerker | customerContact=5
callcentermedewerker-outbound | customerContact=5, stress=4
medewerker-afsprakenplanning | customerContact=4
servicedeskmedewerker | customerContact=4
webcaremedewerker | customerContact=3
kassamedewerker | customerContact=5
verkoopmedewerker | customerContact=5
medewerker-bediening | customerContact=5
barmedewerker | customerContact=5
medewerker-fastfood | customerContact=4, pace=4
medewerker-versafdeling | customerContact=4
medewerker-tuincentrum | customerContact=4
gastvrouw-zorg | customerContact=4
helpende-zorg-en-welzijn | customerContact=4, physicalLoad=3
verzorgende-ig | customerContact=4, physicalLoad=4
woonbegeleider | customerContact=4
begeleider-dagbesteding | customerContact=4
huishoudelijke-hulp | customerContact=3, physicalLoad=3
portier | customerContact=4
evenementenbeveiliger | customerContact=4, stress=4
toezichthouder-openbare-ruimte | customerContact=4, stress=4
winkelsurveillant | customerContact=3, stress=4
beveiliger | customerContact=3
meldkamermedewerker | customerContact=4, stress=5
pakketbezorger | customerContact=3, physicalLoad=4, pace=4
postbezorger | physicalLoad=3
bouwplaatsmedewerker | physicalLoad=5
sloper | physicalLoad=5
steigerbouwer | physicalLoad=5
stratenmaker | physicalLoad=5
metselaar | physicalLoad=5
boomverzorger | physicalLoad=5
fruitplukker | physicalLoad=4
groenvoorziener | physicalLoad=4
hovenier | physicalLoad=4
straatreiniger | physicalLoad=4
magazijnmedewerker | physicalLoad=4
orderpicker | physicalLoad=4, pace=4
pakketsorteerder | physicalLoad=4, pace=4
opleveringsschoonmaker | physicalLoad=4
glazenwasser | physicalLoad=4
dierverzorger | physicalLoad=4
medewerker-recycling | physicalLoad=4
timmerman | physicalLoad=4
vloeronderhoudsmedewerker | physicalLoad=4
medewerker-glastuinbouw | physicalLoad=4
medewerker-bandenservice | physicalLoad=4
vakkenvuller | physicalLoad=3
schoonmaker | physicalLoad=3
afwasser | physicalLoad=3
"""

SECTORS = ["ZORG","TECHNIEK","LOGISTIEK","PRODUCTIE","SCHOONMAAK","HORECA","DETAILHANDEL","GROEN","BOUW","ICT","BEVEILIGING","CONTACTCENTER","ADMINISTRATIE","OVERHEID","ONDERWIJS","OVERIG"]
EDU = ["NONE","PRIMARY","PRO","VSO","VMBO","MBO_1","MBO_2","MBO_3","MBO_4","HAVO","VWO","HBO","WO"]
LICENCES = ["AM","A","B","BE","C","CE","D","T"]
CERTS = ["VCA_BASIS","VCA_VOL","HEFTRUCK","REACHTRUCK","ORDERPICKER","HOOGWERKER","BHV","EHBO","HACCP","SOCIALE_HYGIENE","BEVEILIGER_2","CODE_95","NEN_3140","SCHOONMAAK_BASIS","MEDICATIE","SPUITLICENTIE"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[\s\-_/]+", " ", s)
    return s.strip()

def split(s, sep):
    return [x.strip() for x in s.split(sep) if x.strip()]

def fail(msg):
    sys.exit("taxonomy source: " + msg)

groups, skills = {}, {}
current = None
for ln in SKILLS.strip().splitlines():
    if ln.startswith("G "):
        gid, label, broader = [p.strip() for p in ln[2:].split("|")]
        if gid in groups: fail("duplicate group " + gid)
        groups[gid] = {"id": gid, "label": label, "broader": None if broader == "-" else broader}
        current = gid
        continue
    parts = [p.strip() for p in ln.split("|")]
    if len(parts) != 4: fail("bad skill line: " + ln)
    key, label, syn, rel = parts
    if not KEBAB.match(key): fail("bad key " + key)
    sid = "sk." + key
    if sid in skills: fail("duplicate skill " + sid)
    skills[sid] = {"id": sid, "label": label, "synonyms": split(syn, ";"), "broader": current,
                   "related": ["sk." + r for r in split(rel, ",")]}

for g in groups.values():
    if g["broader"] and g["broader"] not in groups: fail("group %s broader %s unknown" % (g["id"], g["broader"]))
for s in skills.values():
    for r in s["related"]:
        if r not in skills: fail("skill %s related %s unknown" % (s["id"], r))
        if r == s["id"]: fail("self-related " + r)
for s in list(skills.values()):
    for r in s["related"]:
        if s["id"] not in skills[r]["related"]:
            skills[r]["related"].append(s["id"])
for s in skills.values():
    s["related"] = sorted(set(s["related"]))

def check_labels(entries, kind):
    seen = {}
    for e in entries:
        names = [e["label"]] + e["synonyms"]
        own = set()
        for n in names:
            k = norm(n)
            if k in own: fail("%s %s repeats name %r" % (kind, e["id"], n))
            own.add(k)
            if k in seen and seen[k] != e["id"]:
                fail("%s name %r shared by %s and %s" % (kind, n, seen[k], e["id"]))
            seen[k] = e["id"]
check_labels(skills.values(), "skill")

occs = {}
for ln in OCCUPATIONS.strip().splitlines():
    parts = [p.strip() for p in ln.split("|")]
    if len(parts) != 8: fail("bad occupation line: " + ln)
    key, label, syn, sector, edu, ess, opt, certs = parts
    if not KEBAB.match(key): fail("bad key " + key)
    oid = "occ." + key
    if oid in occs: fail("duplicate occupation " + oid)
    if sector not in SECTORS: fail(oid + " sector " + sector)
    if edu != "-" and edu not in EDU: fail(oid + " education " + edu)
    ess = ["sk." + x for x in split(ess, ",")]
    opt = ["sk." + x for x in split(opt, ",")]
    cl = [] if certs == "-" else split(certs, ",")
    for c in cl:
        if c not in CERTS: fail(oid + " certificate " + c)
    for x in ess + opt:
        if x not in skills: fail("%s skill %s unknown" % (oid, x))
    if not 3 <= len(ess) <= 8: fail(oid + " needs 3-8 essential skills, has %d" % len(ess))
    if not 2 <= len(opt) <= 6: fail(oid + " needs 2-6 optional skills, has %d" % len(opt))
    if set(ess) & set(opt): fail(oid + " skill both essential and optional")
    o = {"id": oid, "label": label, "synonyms": split(syn, ";"), "sector": sector}
    if edu != "-": o["minEducation"] = edu
    o["essentialSkills"] = ess
    o["optionalSkills"] = opt
    o["certificates"] = cl
    occs[oid] = o
check_labels(occs.values(), "occupation")

def preconditions(text, where):
    out = []
    for p in split(text, ","):
        alts = split(p, "/")
        for a in alts:
            kind, _, value = a.partition(":")
            if not ((kind == "licence" and value in LICENCES) or (kind == "certificate" and value in CERTS)):
                fail("%s precondition %r" % (where, a))
        out.append("|".join(alts))
    return out

for ln in SKILL_PRECONDITIONS.strip().splitlines():
    key, text = [p.strip() for p in ln.split("|")]
    sid = "sk." + key
    if sid not in skills: fail("precondition of unknown skill " + sid)
    skills[sid]["preconditions"] = preconditions(text, sid)
certificates = {}
for ln in CERTIFICATE_PRECONDITIONS.strip().splitlines():
    cid, text = [p.strip() for p in ln.split("|")]
    if cid not in CERTS: fail("unknown certificate " + cid)
    certificates[cid] = {"id": cid, "preconditions": preconditions(text, cid)}
DEMANDS = ["pace", "accuracy", "independence", "stress", "customerContact", "physicalLoad"]
for ln in TYPICAL_DEMANDS.strip().splitlines():
    key, text = [p.strip() for p in ln.split("|")]
    oid = "occ." + key
    if oid not in occs: fail("typical demands of unknown occupation " + oid)
    d = {}
    for kv in split(text, ","):
        k, _, v = kv.partition("=")
        k = k.strip()
        if k not in DEMANDS or not v.strip().isdigit() or not 1 <= int(v) <= 5: fail("%s demand %r" % (oid, kv))
        d[k] = int(v)
    occs[oid]["typicalDemands"] = {k: d[k] for k in DEMANDS if k in d}

counts = {}
for o in occs.values(): counts[o["sector"]] = counts.get(o["sector"], 0) + 1
for sec in SECTORS[:13]:
    if counts.get(sec, 0) < 4: fail("sector %s has %d occupations" % (sec, counts.get(sec, 0)))
used = set(x for o in occs.values() for x in o["essentialSkills"] + o["optionalSkills"])

def clean(d):
    return {k: v for k, v in d.items() if v is not None}

out = {
    "name": "werkmatch-nl",
    "version": "2026.1",
    "language": "nl",
    "groups": [clean(groups[k]) for k in sorted(groups)],
    "skills": [clean(skills[k]) for k in sorted(skills)],
    "occupations": [occs[k] for k in sorted(occs)],
    "certificates": [certificates[k] for k in sorted(certificates)],
}
here = os.path.dirname(os.path.abspath(__file__))
target = os.path.normpath(os.path.join(here, "../../../../../main/resources/nl/werkmatch/taxonomy/taxonomy-nl.json"))
with open(target, "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("groups=%d skills=%d occupations=%d (skills used by occupations: %d) -> %s"
      % (len(groups), len(skills), len(occs), len(used), target))
print(sorted(counts.items()))
