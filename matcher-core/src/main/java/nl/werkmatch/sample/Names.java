package nl.werkmatch.sample;

import java.util.List;
import java.util.Map;
import nl.werkmatch.model.Sex;

/** Name lists for synthetic people and employers. Fixed order: the generator picks by index. */
final class Names {
  private Names() {}

  static final List<String> DUTCH_MALE = List.of("Jan", "Gerrit", "Bennie", "Henk", "Johan", "Dennis", "Kevin", "Mark",
      "Bas", "Tim", "Niels", "Sander", "Ruud", "Erik", "Ricardo", "Martijn", "Wouter", "Jeroen", "Harm", "Hendrik",
      "Bart", "Jeffrey", "Stefan", "Patrick", "Marco", "Rick", "Jordy", "Thijs", "Luuk", "Daan", "Wim", "Theo", "Roy",
      "Mike", "Jesse", "Gijs", "Koen", "Arjan", "Herman", "Freek");
  static final List<String> DUTCH_FEMALE = List.of("Anja", "Ingrid", "Marieke", "Sandra", "Linda", "Kim", "Esther",
      "Sanne", "Lisa", "Femke", "Anouk", "Chantal", "Priscilla", "Naomi", "Ilse", "Monique", "Yvonne", "Petra",
      "Annemiek", "Tamara", "Demi", "Romy", "Iris", "Manon", "Janine", "Wilma", "Gerda", "Hennie", "Marloes",
      "Nicole", "Bianca", "Ellen", "Jolanda", "Lotte", "Eva", "Britt", "Mirjam", "Karin", "Joyce", "Debby");
  static final List<String> NEUTRAL = List.of("Sam", "Robin", "Kim", "Charlie", "Noa", "Alex", "Jip", "Sem");
  static final List<String> DUTCH_FAMILY = List.of("Nijhuis", "Oude Booijink", "Kamphuis", "ten Dam", "Huisman",
      "Bosch", "Wolters", "Scholten", "Lenferink", "Pots", "Veldhuis", "Brinkman", "Snijders", "Morsink", "Hulshof",
      "Smit", "Kuipers", "de Vries", "Jansen", "Bakker", "Lammers", "Olthof", "Heuver", "Voortman", "Stevens",
      "ter Horst", "Nijenhuis", "Haverkamp", "Bruggink", "Meijerink", "Tijhuis", "Groothuis", "Wessels", "Mulder",
      "Dijkstra", "Hoekstra", "Boelens", "Vos", "Kroeze", "Oude Luttikhuis", "Schuurman", "Roelofs", "Hofman",
      "Slotman", "Eshuis", "Gerritsen", "Klein Gunnewiek", "Tuinman", "Assink", "Mensink", "Bolk", "Elferink",
      "Wanink", "Legtenberg", "Hesselink", "Kleinjan", "Reinders", "Brouwer", "van der Meer", "Pol");
  /** Other EU and long-settled nationalities: first names male, female, family names. */
  static final Map<String, List<List<String>>> OTHER = Map.of(
      "PL", List.of(List.of("Piotr", "Tomasz", "Krzysztof", "Pawel"), List.of("Anna", "Katarzyna", "Magdalena", "Agnieszka"),
          List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski")),
      "MA", List.of(List.of("Mohamed", "Youssef", "Said", "Karim"), List.of("Fatima", "Nadia", "Samira", "Khadija"),
          List.of("El Amrani", "Bouzid", "El Idrissi", "Azzouzi", "Benali")),
      "DE", List.of(List.of("Thomas", "Stefan", "Jürgen", "Lukas"), List.of("Sabine", "Claudia", "Julia", "Anke"),
          List.of("Schulte", "Brüning", "Terhorst", "Wessling", "Kemper")),
      "RO", List.of(List.of("Ionut", "Andrei", "Mihai"), List.of("Elena", "Ioana", "Maria"),
          List.of("Popescu", "Ionescu", "Dumitru", "Stan")));
  static final List<String> OTHER_NATIONALITIES = List.of("PL", "MA", "DE", "RO");

  /** Statushouder nationalities with their weights, names and home languages. */
  static final List<String> REFUGEE_NATIONALITIES = List.of("SY", "ER", "AF", "TR", "IQ", "IR", "SO", "YE", "ET", "SD");
  static final double[] REFUGEE_WEIGHTS = {34, 24, 10, 10, 5, 5, 4, 3, 3, 2};
  static final Map<String, String> HOME_LANGUAGE = Map.of("SY", "ar", "ER", "ti", "AF", "fa", "TR", "tr", "IQ", "ar",
      "IR", "fa", "SO", "so", "YE", "ar", "ET", "am", "SD", "ar");
  private static final List<List<String>> ARABIC = List.of(
      List.of("Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hussam", "Mahmoud", "Ali", "Bashar", "Fadi"),
      List.of("Rama", "Noor", "Yasmin", "Lina", "Hiba", "Rasha", "Amal", "Rania", "Dima", "Fatima"),
      List.of("Alhassan", "Alali", "Khalil", "Haddad", "Alahmad", "Ibrahim", "Saleh", "Hamdan", "Alomar", "Darwish"));
  static final Map<String, List<List<String>>> REFUGEE = Map.of(
      "SY", ARABIC, "IQ", ARABIC, "YE", ARABIC, "SD", ARABIC,
      "ER", List.of(List.of("Tesfay", "Yonas", "Filmon", "Merhawi", "Abraham", "Dawit", "Samuel", "Henok"),
          List.of("Semhar", "Helen", "Senait", "Luwam", "Selam", "Rahel", "Winta", "Saba"),
          List.of("Gebremariam", "Tesfamariam", "Haile", "Kidane", "Tekle", "Berhane", "Ghebreyesus", "Woldu")),
      "AF", List.of(List.of("Ahmad", "Farid", "Hamid", "Jawad", "Mustafa", "Sayed"),
          List.of("Mariam", "Zahra", "Fatema", "Shabnam", "Parwana", "Nargis"),
          List.of("Ahmadi", "Rahimi", "Hosseini", "Karimi", "Noori", "Sultani")),
      "TR", List.of(List.of("Mehmet", "Emre", "Murat", "Hasan", "Burak"), List.of("Ayşe", "Elif", "Zeynep", "Emine", "Fatma"),
          List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın")),
      "IR", List.of(List.of("Reza", "Mehdi", "Amir", "Saeed"), List.of("Sara", "Leila", "Maryam", "Niloufar"),
          List.of("Mohammadi", "Rezaei", "Jafari", "Moradi")),
      "SO", List.of(List.of("Abdi", "Mohamed", "Abdirahman", "Hassan"), List.of("Hodan", "Ayaan", "Sahra", "Faadumo"),
          List.of("Warsame", "Farah", "Abdullahi", "Hassan", "Osman")),
      "ET", List.of(List.of("Dawit", "Yared", "Bereket"), List.of("Tigist", "Meron", "Hanna"),
          List.of("Bekele", "Alemu", "Tadesse", "Girma")));

  static String firstName(Rng r, List<List<String>> set, Sex sex) {
    if (sex == Sex.X) {
      return r.pick(NEUTRAL);
    }
    return r.pick(set.get(sex == Sex.FEMALE ? 1 : 0));
  }

  static final List<String> STREETS = List.of("Kerkstraat", "Molenstraat", "Schoolstraat", "Dorpsstraat",
      "Stationsstraat", "Esstraat", "Beukenlaan", "Eikenlaan", "Lindenstraat", "Julianastraat", "Wilhelminastraat",
      "Oranjestraat", "Nieuwstraat", "Hofstraat", "Veldweg", "Brinkstraat", "Marktstraat", "Kastanjelaan",
      "Prinses Irenestraat", "Bisschopstraat", "Berkenstraat", "Eschweg", "Plataanstraat", "Meidoornstraat",
      "Zonnebloemstraat", "Vlierstraat", "Dahliastraat", "Hazelaarstraat", "Tulpstraat", "Kievitstraat");

  /** Name stems for invented employers (regional, but no real firm intended). */
  static final List<String> EMPLOYER_STEMS = List.of("Dinkeldal", "Reggestroom", "Lutterzand", "Kanaalzone",
      "Esveld", "Hulsbeeker", "Twentse Hoeve", "Noordikker", "Zuidkamp", "Hazelbrink", "Molenbelt", "Vechtvallei",
      "Berkelhof", "Tankenberg", "De Kroonbrink", "Boekelerveld", "Het Hoge Veld", "Weerseloer", "Stroinkslanden",
      "Brammelerveld", "De Esch", "Hunzedal", "Drentse Aa", "Asserbos", "Loodijk", "Ossenkamp", "Veldkamp",
      "Grensland", "Eurobrug", "Rossumer");
  static final Map<String, List<String>> EMPLOYER_ACTIVITY = Map.ofEntries(
      Map.entry("ZORG", List.of("Zorggroep", "Woonzorg", "Thuiszorg", "Zorgcentrum")),
      Map.entry("TECHNIEK", List.of("Installatietechniek", "Techniek", "Metaal", "Service")),
      Map.entry("LOGISTIEK", List.of("Logistiek", "Distributie", "Transport", "Fulfilment")),
      Map.entry("PRODUCTIE", List.of("Productie", "Verpakkingen", "Kunststoffen", "Voedingsmiddelen", "Textiel")),
      Map.entry("SCHOONMAAK", List.of("Schoonmaakdiensten", "Facilitaire Diensten", "Glans & Schoon")),
      Map.entry("HORECA", List.of("Catering", "Eetcafé", "Hotel", "Brasserie")),
      Map.entry("DETAILHANDEL", List.of("Supermarkt", "Tuincentrum", "Woonwinkel", "Bouwmarkt")),
      Map.entry("GROEN", List.of("Groenvoorziening", "Hoveniers", "Kwekerij", "Zorgboerderij")),
      Map.entry("BOUW", List.of("Bouw", "Aannemersbedrijf", "Bestratingen", "Renovatie")),
      Map.entry("ICT", List.of("IT Services", "Digital", "Software")),
      Map.entry("BEVEILIGING", List.of("Beveiliging", "Security", "Toezicht")),
      Map.entry("CONTACTCENTER", List.of("Klantcontact", "Contactcenter", "Service Desk")),
      Map.entry("ADMINISTRATIE", List.of("Administratiekantoor", "Zakelijke Diensten", "Kantoorservice")),
      Map.entry("OVERHEID", List.of("Gemeentewerken", "Servicebedrijf")),
      Map.entry("ONDERWIJS", List.of("Kinderopvang", "Scholengroep")),
      Map.entry("OVERIG", List.of("Diensten", "Groep")));
  static final List<String> LEGAL_FORMS = List.of(" B.V.", " B.V.", "", " & Zn.", " Groep", " V.O.F.");

  /** Free-text skills that a coach records without a taxonomy code. */
  static final List<String> FREE_TEXT_SKILLS = List.of("klusjes in huis", "koken voor grote groepen",
      "oppassen op kinderen", "fietsen repareren voor de buren", "voetbaltraining geven", "moestuin bijhouden",
      "mantelzorg voor familie", "vertalen voor landgenoten", "kapper aan huis", "naaien en verstellen",
      "brommers sleutelen", "helpen in de kerk of moskee", "vrijwilliger bij de voedselbank",
      "schilderen van de eigen woning", "computer van familie installeren", "auto's wassen", "tuin aanleggen");
  static final List<String> DRIVERS = List.of("zekerheid", "collega's", "structuur", "zelfstandigheid", "geld verdienen",
      "iets betekenen voor anderen", "buiten werken", "met handen werken", "leren", "erkenning", "vrijheid");
  static final List<String> WHAT_HELPS = List.of("reageert goed op complimenten", "vaste werkplek en vaste collega's",
      "duidelijke instructies stap voor stap", "een vast aanspreekpunt", "werk voordoen en dan nadoen",
      "een rustige start met opbouw van uren", "korte lijnen met de jobcoach", "werken met pictogrammen",
      "vaste begin- en eindtijden", "regelmatig een kort evaluatiemoment", "werk in een klein team");
  static final List<String> ADAPTATIONS = List.of("rustige werkplek", "aangepaste werkstoel", "stahulp",
      "werkinstructies met pictogrammen", "aangepaste werktijden", "hoortoestel-vriendelijke werkplek",
      "hulpmiddel voor tillen");
}
