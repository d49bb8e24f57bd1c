package nl.werkmatch.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests (Jazzer) of every input reader; the oracle is in {@link FuzzTargets}.
 *
 * <p>Under plain {@code mvn verify} (regression mode) each method replays the inputs stored in
 * {@code src/test/resources/nl/werkmatch/reliability/ReaderFuzzTestInputs/<method>/}: the valid
 * seeds and every input that once was a finding. With {@code JAZZER_FUZZ=1} Jazzer fuzzes one
 * method at a time for {@code maxDuration} (override with {@code JAZZER_MAX_DURATION}); a crash
 * or a hang (an input running over 10 s) is written to that directory, becoming a regression input. {@code bin/fuzz} drives this.
 */
class ReaderFuzzTest {
  /** Fuzzes candidate JSON Lines ({@code RecordReader} of {@code Candidate}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void candidatesJsonl(byte[] data) {
    FuzzTargets.CANDIDATES_JSONL.run(data);
  }

  /** Fuzzes vacancy JSON documents ({@code RecordReader} of {@code Vacancy}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void vacanciesJson(byte[] data) {
    FuzzTargets.VACANCIES_JSON.run(data);
  }

  /** Fuzzes match profile JSON ({@code MatchProfile.read}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void profile(byte[] data) {
    FuzzTargets.PROFILE.run(data);
  }

  /** Fuzzes policy JSON ({@code PolicyConfig.read}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void policy(byte[] data) {
    FuzzTargets.POLICY.run(data);
  }

  /** Fuzzes PC4 centroid CSV ({@code Gazetteer.loadPc4}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void pc4(byte[] data) {
    FuzzTargets.PC4.run(data);
  }

  /** Fuzzes ESCO CSV download ({@code EscoImporter.importDirectory}); the first byte picks which of the six files the rest replaces. */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void esco(byte[] data) {
    FuzzTargets.ESCO.run(data);
  }

  /** Fuzzes taxonomy JSON ({@code Taxonomy.load}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void taxonomy(byte[] data) {
    FuzzTargets.TAXONOMY.run(data);
  }
  /** Fuzzes judgments JSON Lines ({@code Judgment.read}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void judgments(byte[] data) {
    FuzzTargets.JUDGMENTS.run(data);
  }

  /** Fuzzes TREC qrels ({@code Qrels.readTrec}). */
  @FuzzTest(maxDuration = "10s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // per input; Jazzer makes it libFuzzer's -timeout
  void qrels(byte[] data) {
    FuzzTargets.QRELS.run(data);
  }
}
