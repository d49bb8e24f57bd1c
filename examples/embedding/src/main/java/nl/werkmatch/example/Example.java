package nl.werkmatch.example;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.match.Explanation;
import nl.werkmatch.explain.Explanations;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.rules.RuleSet;

/**
 * The README's "library in ten lines", compiled and run against the installed matcher-core by
 * {@code bin/check-consumer}. The lines between the README markers are the README's code block,
 * character for character (the script checks it). Reads {@code candidates.jsonl} and
 * {@code vacancies.jsonl} from the working directory and writes an index to {@code index/}.
 */
public final class Example {
  private Example() {}

  /**
   * Builds the index, matches vacancy {@code vac-00017} and prints why its first candidate fits.
   *
   * @param args none
   * @throws IOException when a record file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // README begin
    try (MatchIndex index = MatchIndex.open(Path.of("index"))) {        // or MatchIndex.inMemory()
      RecordReader.of(Candidate.class).read(Path.of("candidates.jsonl"), index::upsert);
      RecordReader.of(Vacancy.class).read(Path.of("vacancies.jsonl"), index::upsert);
      index.commit();
      Matcher matcher = Matcher.builder(index).profile(MatchProfile.defaults())
          .rules(new RuleSet(PolicyConfig.bundled("almelo"))).today(LocalDate.now()).build();
      MatchResult shortlist = matcher.candidatesFor("vac-00017");          // or vacanciesFor("cand-000042")
      Explanation why = matcher.explain("vac-00017", shortlist.matches().get(0).score().candidateId());
      System.out.print(Explanations.text(why));                           // nl.werkmatch.explain; or .json(why)
    }
    // README end
  }
}
