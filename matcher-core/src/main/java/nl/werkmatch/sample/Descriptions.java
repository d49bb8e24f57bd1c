package nl.werkmatch.sample;

import java.util.List;
import nl.werkmatch.model.CertificateRequirement;
import nl.werkmatch.model.EmployerOffer;
import nl.werkmatch.model.LanguageLevel;
import nl.werkmatch.model.Schedule;
import nl.werkmatch.model.Task;
import nl.werkmatch.model.VacancyKind;

/** Dutch vacancy texts from templates and the vacancy's tasks. */
final class Descriptions {
  private Descriptions() {}

  static String describe(Rng r, String employer, String town, String occupation, VacancyKind kind, List<Task> tasks,
      int[] hours, Schedule schedule, EmployerOffer offer, List<CertificateRequirement> certificates, LanguageLevel dutch,
      boolean germany, Catalogue cat) {
    StringBuilder b = new StringBuilder();
    String hoursText = hours[0] == hours[1] ? hours[0] + " uur" : hours[0] + " tot " + hours[1] + " uur";
    String job = VacancyFactory.lowerFirst(occupation);
    String what = switch (kind) {
      case GARANTIEBAAN, BESCHUT_WERK, REGULAR, DETACHERING -> "een " + job;
      case PROEFPLAATSING -> "een " + job + " via een proefplaatsing";
      case LEERWERKPLEK -> "een leerling " + job;
      case STAGE -> "een stagiair " + job;
      case WERKERVARINGSPLAATS -> "iemand die werkervaring wil opdoen als " + job;
      case PARTICIPATIEPLAATS -> "iemand voor een participatieplaats als " + job;
      case VRIJWILLIGERSWERK -> "een vrijwilliger die wil helpen als " + job;
      case PROJECT_MET_BAANGARANTIE -> "deelnemers voor een opleidingsproject tot " + job;
    };
    b.append(r.pick(
        employer + " in " + town + " zoekt " + what + " voor " + hoursText + " per week.",
        "Voor onze vestiging in " + town + " zijn wij op zoek naar " + what + " (" + hoursText + " per week).",
        "Kom jij ons team in " + town + " versterken? We zoeken " + what + ", " + hoursText + " per week."));
    b.append(' ').append(switch (kind) {
      case GARANTIEBAAN -> "Deze functie is een garantiebaan in het kader van de banenafspraak; je staat in het doelgroepregister.";
      case BESCHUT_WERK -> "Dit is een beschutte werkplek voor iemand met een indicatie beschut werk van UWV, in een rustige en veilige omgeving.";
      case PROEFPLAATSING -> "Je begint met een proefplaatsing met behoud van uitkering; gaat het goed, dan volgt een arbeidscontract.";
      case LEERWERKPLEK -> "Je werkt en leert tegelijk: je volgt een BBL-opleiding en doet de praktijk bij ons.";
      case STAGE -> "Tijdens deze stage leer je het vak in de praktijk, met een vaste begeleider.";
      case WERKERVARINGSPLAATS -> "Op deze werkervaringsplaats doe je met behoud van uitkering werkervaring op en werk je aan je werknemersvaardigheden.";
      case PARTICIPATIEPLAATS -> "Dit is een participatieplaats: onbetaald, additioneel werk voor mensen van 27 jaar en ouder met een bijstandsuitkering.";
      case VRIJWILLIGERSWERK -> "Als vrijwilliger help je mee in een gezellig team; de uren spreken we samen af.";
      case DETACHERING -> "Je komt in dienst van " + employer + " en wordt gedetacheerd bij een opdrachtgever in de regio.";
      case PROJECT_MET_BAANGARANTIE -> "In dit project volg je een korte opleiding in de praktijk; rond je die goed af, dan heb je een baan.";
      default -> r.pick("Het is een afwisselende functie in een informeel bedrijf.",
          "Je komt te werken in een hecht team met korte lijnen.", "Wij zijn een groeiend bedrijf in de regio.");
    });
    if (!tasks.isEmpty()) {
      b.append(" Wat ga je doen? ");
      for (int i = 0; i < tasks.size(); i++) {
        Task t = tasks.get(i);
        if (i > 0) {
          b.append(i == tasks.size() - 1 ? " en " : ", ");
        }
        String d = VacancyFactory.lowerFirst(t.description());
        b.append(i == 0 ? Character.toUpperCase(d.charAt(0)) + d.substring(1) : d)
            .append(" (ongeveer ").append(t.sharePercent()).append("%)");
      }
      b.append('.');
    }
    StringBuilder ask = new StringBuilder();
    if (dutch != null) {
      ask.append(" Je spreekt en begrijpt Nederlands op minimaal niveau ").append(dutch.label()).append('.');
    }
    if (germany) {
      ask.append(" Je werkt in Duitsland (GrensWerk) en spreekt voldoende Duits; hulp bij de erkenning van diploma's is mogelijk.");
    }
    for (CertificateRequirement c : certificates) {
      String name = certificateName(c);
      if (Boolean.TRUE.equals(c.obtainableOnJob())) {
        ask.append(" Het certificaat ").append(name).append(" kun je bij ons halen.");
      } else {
        ask.append(" Je hebt een geldig certificaat ").append(name).append('.');
      }
    }
    if (!ask.isEmpty()) {
      b.append(" Wat vragen wij?").append(ask);
    }
    if (Boolean.TRUE.equals(schedule.shifts())) {
      b.append(Boolean.TRUE.equals(schedule.nights()) ? " Je werkt in ploegendienst, ook 's nachts."
          : " Je werkt in twee ploegen.");
    } else if (schedule.timeWindows() != null && !schedule.timeWindows().isEmpty()) {
      b.append(" Je werkt overdag, tussen ").append(schedule.timeWindows().get(0).from()).append(" en ")
          .append(schedule.timeWindows().get(0).to()).append('.');
    }
    if (Boolean.TRUE.equals(schedule.weekends())) {
      b.append(" Werken in het weekend hoort erbij.");
    }
    StringBuilder give = new StringBuilder();
    if (offer.supervision() != null && offer.supervision() >= 4) {
      give.append(" Je krijgt een vaste werkbegeleider die je goed inwerkt.");
    }
    if (Boolean.TRUE.equals(offer.jobcoachWelcome())) {
      give.append(" Een jobcoach is bij ons welkom.");
    }
    if (Boolean.TRUE.equals(offer.workplaceAdaptations())) {
      give.append(" Waar nodig passen we je werkplek aan.");
    }
    if (Boolean.TRUE.equals(offer.openToJobCarving())) {
      give.append(" We kijken graag samen welke taken bij jou passen; de functie kan op maat worden gemaakt.");
    }
    if (offer.setbackTolerance() != null && offer.setbackTolerance() >= 4) {
      give.append(" Een mindere dag is geen probleem: we geven je de ruimte om te groeien.");
    }
    if (!give.isEmpty()) {
      b.append(" Wat bieden wij?").append(give);
    }
    return b.toString();
  }

  private static String certificateName(CertificateRequirement c) {
    return switch (c.certificate()) {
      case VCA_BASIS -> "VCA Basis";
      case VCA_VOL -> "VCA VOL";
      case HEFTRUCK -> "heftruck";
      case REACHTRUCK -> "reachtruck";
      case ORDERPICKER -> "orderpicker";
      case HOOGWERKER -> "hoogwerker";
      case BHV -> "BHV";
      case EHBO -> "EHBO";
      case HACCP -> "HACCP";
      case SOCIALE_HYGIENE -> "Sociale Hygiëne";
      case BEVEILIGER_2 -> "Beveiliger niveau 2";
      case CODE_95 -> "Code 95";
      case NEN_3140 -> "NEN 3140";
      case SCHOONMAAK_BASIS -> "Basis Schoonmaak (SVS)";
      case MEDICATIE -> "medicatie-aftekenen";
      case SPUITLICENTIE -> "spuitlicentie";
    };
  }
}
