package nl.werkmatch.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.MatchScore;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.RankedMatch;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.sample.SampleGenerator;

/**
 * A fingerprint of the fast path's shortlists on the benchmark data: the SHA-256 of, for each of the
 * 200 query vacancies in turn, each top-20 match's vacancy id, candidate id and total score (their
 * decimal strings, concatenated). Two builds with the same digest return the same shortlists, in
 * the same order, with the same scores; a change that should only be faster (a new query plan, a
 * codec) must keep it. With {@code --candidates}, the same over the 200 query candidates against the
 * vacancy index of each size. Not a timing.
 *
 * <pre>java -cp benchmarks.jar nl.werkmatch.bench.Digest [--candidates] 10000 100000 1000000</pre>
 *
 * Prints per size {@code digest} (or {@code digest-candidates}), size, queries, matches and the
 * digest in hex.
 */
public final class Digest {
  private Digest() {}

  /** Entry point: [--candidates], sizes. */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    boolean candidates = args.length > 0 && args[0].equals("--candidates");
    for (int i = candidates ? 1 : 0; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      System.out.println(candidates
          ? digest("digest-candidates", size, BenchData.vacancies(size), BenchData.queryCandidates(), Candidate::id,
              (m, c) -> m.vacanciesFor(c, Matcher.Mode.FAST), s -> s.vacancyId())
          : digest("digest", size, BenchData.candidates(size), BenchData.queryVacancies(), Vacancy::id,
              (m, v) -> m.candidatesFor(v, Matcher.Mode.FAST), s -> s.candidateId()));
    }
  }

  /**
   * The digest line of {@code queries} matched on {@code index} (closed afterwards): per query, each
   * fast match's query id, {@code matched} id and total score.
   */
  private static <Q> String digest(String kind, int size, MatchIndex index, List<Q> queries, Function<Q, String> id,
      BiFunction<Matcher, Q, MatchResult> fast, Function<MatchScore, String> matched) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    int matches = 0;
    try (index) {
      Matcher matcher = Matcher.builder(index).today(SampleGenerator.TODAY).build();
      for (Q q : queries) {
        MatchResult result = fast.apply(matcher, q);
        for (RankedMatch m : result.matches()) {
          md.update((id.apply(q) + matched.apply(m.score()) + m.score().total()).getBytes(StandardCharsets.UTF_8));
        }
        matches += result.matches().size();
      }
    }
    return line(kind, size, queries.size(), matches, md);
  }

  private static String line(String kind, int size, int queries, int matches, MessageDigest md) {
    return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%064x", kind, size, queries, matches, new BigInteger(1, md.digest()));
  }
}
