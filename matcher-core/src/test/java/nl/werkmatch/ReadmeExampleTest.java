package nl.werkmatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "library in ten lines", verbatim but for the paths, so it cannot rot. */
class ReadmeExampleTest {
  @TempDir
  Path tmp;

  @Test
  void theReadmeExampleRuns() throws Exception {
    Path data = Files.isDirectory(Path.of("sample-data")) ? Path.of("sample-data") : Path.of("../sample-data");
    String text;
    try (MatchIndex index = MatchIndex.open(tmp.resolve("index"))) {
      RecordReader.of(Candidate.class).read(data.resolve("candidates.jsonl"), index::upsert);
      RecordReader.of(Vacancy.class).read(data.resolve("vacancies.jsonl"), index::upsert);
      index.commit();
      Matcher matcher = Matcher.builder(index).profile(MatchProfile.defaults())
          .rules(new RuleSet(PolicyConfig.bundled("almelo"))).today(LocalDate.of(2026, 11, 22)).build();
      MatchResult shortlist = matcher.candidatesFor("vac-00017");
      assertFalse(shortlist.matches().isEmpty());
      Explanation why = matcher.explain("vac-00017", shortlist.matches().get(0).score().candidateId());
      text = Explanations.text(why);
    }
    assertTrue(text.startsWith("vac-00017 x cand-"), text);
  }
}
