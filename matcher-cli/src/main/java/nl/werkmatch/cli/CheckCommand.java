package nl.werkmatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.index.Fields;
import nl.werkmatch.index.RecordCodec;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: verifies an index without changing it: Lucene's CheckIndex on each record type's
 * index (checksums, postings, doc values), then a decode of every record, naming the ids of records
 * that cannot be decoded. Takes no write lock, so it runs beside readers and a writer.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Verify an index (Lucene CheckIndex plus a decode of every record), changing nothing."
        + " Exit 0: clean; 1: damaged (the problems and record ids are listed).")
final class CheckCommand implements Callable<Integer> {
  /** Records named at most per record type. */
  private static final int MAX_NAMED = 20;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Override
  public Integer call() throws Exception {
    MatchOptions.requireIndex(index);
    List<String> problems = new ArrayList<>();
    for (String side : new String[] {"candidates", "vacancies"}) {
      try (Directory d = FSDirectory.open(index.resolve(side));
          CheckIndex check = new CheckIndex(d, NoLockFactory.INSTANCE.obtainLock(d, IndexWriter.WRITE_LOCK_NAME))) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = check.checkIndex();
        if (!status.clean) {
          String detail = log.toString(StandardCharsets.UTF_8).lines()
              .filter(l -> l.contains("ERROR") || l.contains("FAILED") || l.contains("WARNING"))
              .limit(5).reduce((a, b) -> a + "; " + b).orElse("not clean");
          problems.add(side + ": Lucene CheckIndex: " + detail.strip());
        } else {
          System.err.printf("%s: Lucene CheckIndex clean (%d segments)%n", side, status.numSegments);
        }
      } catch (Exception e) {
        problems.add(side + ": Lucene CheckIndex cannot read the index: " + e.getMessage());
      }
    }
    try (MatchIndex idx = MatchIndex.openReadOnly(index)) {
      decodeAll(idx, true, problems);
      decodeAll(idx, false, problems);
    } catch (RuntimeException e) {
      problems.add("cannot open the index: " + e.getMessage());
    }
    if (problems.isEmpty()) {
      System.err.println("index " + index + ": clean");
      return 0;
    }
    for (String p : problems) {
      System.err.println("damaged: " + Terminal.escape(p));
    }
    System.err.println("index " + index + ": " + problems.size() + " problems; restore it from a backup or reindex"
        + " from the records (delete the directory, then matcher index)");
    return 1;
  }

  /** Decodes every live record of one side; adds the ids of those that fail. */
  private static void decodeAll(MatchIndex idx, boolean candidates, List<String> problems) {
    String name = candidates ? "candidates" : "vacancies";
    long[] counts = (candidates ? idx.<long[]>searchCandidates(s -> scan(s.getIndexReader(), true, problems))
        : idx.<long[]>searchVacancies(s -> scan(s.getIndexReader(), false, problems)));
    System.err.printf("%s: %d records decoded, %d could not be%n", name, counts[0], counts[1]);
  }

  private static long[] scan(IndexReader reader, boolean candidates, List<String> problems) throws java.io.IOException {
    long ok = 0;
    long bad = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        String id = "(document " + (leaf.docBase + d) + ")";
        try {
          if (ids != null && ids.docID() < d && ids.advance(d) == d) {
            id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          }
          if (candidates) {
            RecordCodec.decodeCandidate(reader, leaf.docBase + d);
          } else {
            RecordCodec.decodeVacancy(reader, leaf.docBase + d);
          }
          ok++;
        } catch (RuntimeException | java.io.IOException e) {
          bad++;
          if (bad <= MAX_NAMED) {
            problems.add((candidates ? "candidate " : "vacancy ") + id + ": " + e.getMessage());
          }
          if (ids != null && ids.docID() == DocIdSetIterator.NO_MORE_DOCS) {
            ids = null;
          }
        }
      }
    }
    return new long[] {ok, bad};
  }
}
