package nl.werkmatch.reliability;

import java.nio.file.Path;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.TestRecords;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * The child JVM of {@link CrashConsistencyTest}: a resumable bulk loader. It opens the index at
 * {@code args[0]}, resumes after the records already committed (the committed state is always a
 * prefix of the load order, so the candidate count is the resume point), upserts
 * {@link #candidate(int)} for positions up to {@code args[1]} and commits every {@code args[2]}
 * records, printing {@code committed N} after each commit returns. Every tenth position also
 * upserts {@link #vacancy(int)}. It steps back one batch when it resumes, so resuming re-upserts
 * records that are already there, which must not duplicate them.
 */
public final class BulkLoaderChild {
  private BulkLoaderChild() {}

  /** The candidate at load position {@code i}. */
  static Candidate candidate(int i) {
    return TestRecords.generated(i);
  }

  /** The vacancy at load position {@code i} (a multiple of ten). */
  static Vacancy vacancy(int i) {
    return Versioned.vacancy(String.format("v-%05d", i), i);
  }

  /**
   * Runs the loader.
   *
   * @param args index directory, total records, batch size
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    try (MatchIndex index = MatchIndex.open(dir)) {
      int resume = Math.max(0, index.candidateCount() - batch);
      System.out.println("resume " + index.candidateCount() + " from " + resume);
      System.out.flush();
      for (int i = resume; i < total; i++) {
        index.upsert(candidate(i));
        if (i % 10 == 0) {
          index.upsert(vacancy(i));
        }
        if ((i + 1) % batch == 0 || i + 1 == total) {
          index.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
    System.out.println("done");
    System.out.flush();
  }
}
