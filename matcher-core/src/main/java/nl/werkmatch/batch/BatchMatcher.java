package nl.werkmatch.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.werkmatch.MatchIndex;
import nl.werkmatch.match.Direction;
import nl.werkmatch.match.MatchResult;
import nl.werkmatch.match.Matcher;
import nl.werkmatch.match.PairListener;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;

/**
 * Runs a {@link Matcher} over a whole index: every vacancy against the candidates, or every
 * candidate against the vacancies. Queries run on N threads; results reach the {@link ResultSink}
 * in id order, one query at a time, so the output is byte-identical whatever the thread count. A run
 * can start after the first {@code skip} queries, which is how an interrupted run resumes.
 *
 * <pre>{@code
 * BatchMatcher.builder(matcher, index).direction(Direction.VACANCY_TO_CANDIDATES).threads(4)
 *     .progress((done, total) -> System.err.println(done + "/" + total))
 *     .build().run(result -> writer.write(result));
 * }</pre>
 */
public final class BatchMatcher {

  /** Receives each query's result, in query-id order, on the calling thread. */
  @FunctionalInterface
  public interface ResultSink {
    /**
     * @param result the query's shortlist
     * @param diagnostics what was seen while evaluating the query's pairs
     */
    void accept(MatchResult result, QueryDiagnostics diagnostics) throws IOException;
  }

  /** Hears how far the run is; called on the calling thread after each query. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * @param done queries finished, including skipped ones
     * @param total queries in the run
     */
    void progress(long done, long total);
  }

  /**
   * What a run did.
   *
   * @param queries queries run (excluding skipped)
   * @param skipped queries skipped at the start (already done by an earlier run)
   * @param matches shortlist entries produced
   * @param elapsedNanos wall time
   */
  public record Summary(long queries, long skipped, long matches, long elapsedNanos) {}

  private final Matcher matcher;
  private final MatchIndex index;
  private final Direction direction;
  private final Matcher.Mode mode;
  private final int threads;
  private final long skip;
  private final ProgressListener progress;
  private final DiagnosticsSettings settings;

  private BatchMatcher(Builder b) {
    this.matcher = b.matcher;
    this.index = b.index;
    this.direction = b.direction;
    this.mode = b.mode;
    this.threads = b.threads;
    this.skip = b.skip;
    this.progress = b.progress;
    this.settings = new DiagnosticsSettings(b.nearMissMargin, b.gapClosers);
  }

  /** A builder for a run of {@code matcher} over {@code index}. */
  public static Builder builder(Matcher matcher, MatchIndex index) {
    return new Builder(matcher, index);
  }

  /** Number of queries this run would cover: every vacancy or every candidate. */
  public long total() {
    return direction == Direction.VACANCY_TO_CANDIDATES ? index.vacancyCount() : index.candidateCount();
  }

  /** Runs every query and hands each result to {@code sink} in id order. */
  public Summary run(ResultSink sink) {
    long t0 = System.nanoTime();
    long total = total();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "werkmatch-batch");
      t.setDaemon(true);
      return t;
    });
    long done = 0;
    long matches = 0;
    try (Stream<?> records = direction == Direction.VACANCY_TO_CANDIDATES ? index.vacancies() : index.candidates()) {
      Iterator<?> it = records.iterator();
      for (long i = 0; i < skip && it.hasNext(); i++) {
        it.next();
        done++;
      }
      Function<Object, Outcome> task = record -> {
        QueryDiagnostics diag = new QueryDiagnostics(settings, matcher);
        PairListener listener = diag.listener();
        MatchResult r = record instanceof Vacancy v
            ? matcher.candidatesFor(v, mode, listener)
            : matcher.vacanciesFor((Candidate) record, mode, listener);
        diag.finish(r);
        return new Outcome(r, diag);
      };
      ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      while (it.hasNext() || !window.isEmpty()) {
        while (window.size() < maxInFlight && it.hasNext()) {
          Object record = it.next();
          window.add(pool.submit(() -> task.apply(record)));
        }
        Outcome o = window.poll().get();
        sink.accept(o.result(), o.diagnostics());
        matches += o.result().matches().size();
        done++;
        if (progress != null) {
          progress.progress(done, total);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("batch query failed: " + c, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(done - skip, skip, matches, System.nanoTime() - t0);
  }

  private record Outcome(MatchResult result, QueryDiagnostics diagnostics) {}

  /** Settings of the per-query diagnostics. */
  record DiagnosticsSettings(double nearMissMargin, boolean gapClosers) {}

  /** Builds a {@link BatchMatcher}. */
  public static final class Builder {
    private final Matcher matcher;
    private final MatchIndex index;
    private Direction direction = Direction.VACANCY_TO_CANDIDATES;
    private Matcher.Mode mode = Matcher.Mode.FAST;
    private int threads = Runtime.getRuntime().availableProcessors();
    private long skip;
    private ProgressListener progress;
    private double nearMissMargin = 0.15;
    private boolean gapClosers = true;

    private Builder(Matcher matcher, MatchIndex index) {
      this.matcher = Objects.requireNonNull(matcher, "matcher");
      this.index = Objects.requireNonNull(index, "index");
    }

    /** Which way to match (default vacancies to candidates). */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction);
      return this;
    }

    /** Fast path or exhaustive reference (default FAST). */
    public Builder mode(Matcher.Mode mode) {
      this.mode = Objects.requireNonNull(mode);
      return this;
    }

    /** Worker threads (default: available processors). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Skip the first {@code n} queries in id order (to resume an interrupted run). */
    public Builder skip(long n) {
      if (n < 0) {
        throw new IllegalArgumentException("skip must be at least 0");
      }
      this.skip = n;
      return this;
    }

    /** Progress listener. */
    public Builder progress(ProgressListener progress) {
      this.progress = progress;
      return this;
    }

    /**
     * Pairs scoring within {@code margin} below the minimum score are near misses whose gap closers
     * are computed (default 0.15); 0 turns gap-closer diagnostics off.
     */
    public Builder nearMissMargin(double margin) {
      if (!(margin >= 0 && margin <= 1)) {
        throw new IllegalArgumentException("nearMissMargin must be in [0,1]");
      }
      this.nearMissMargin = margin;
      this.gapClosers = margin > 0;
      return this;
    }

    /** The batch matcher. */
    public BatchMatcher build() {
      return new BatchMatcher(this);
    }
  }
}
