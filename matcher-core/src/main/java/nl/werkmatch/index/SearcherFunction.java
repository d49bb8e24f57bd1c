package nl.werkmatch.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Work done with a point-in-time {@link IndexSearcher} lent by {@link nl.werkmatch.MatchIndex}.
 * The searcher is released when the function returns: do not keep it, nor anything read from it
 * lazily (doc ids are only meaningful for this searcher).
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface SearcherFunction<R> {
  /**
   * Runs the work.
   *
   * @param searcher a searcher over the latest refreshed view of one record type
   * @return the result
   * @throws IOException if the index cannot be read
   */
  R apply(IndexSearcher searcher) throws IOException;
}
