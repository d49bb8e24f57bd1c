package nl.werkmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed fixture: three queries in both qrels and run, one query only in the qrels (q4) and
 * one only in the run (q5). Cutoffs 3 and 5. Every expected value below is worked out by hand in the
 * comments, to 4 decimals (the tolerance is half a unit of the 4th decimal).
 *
 * <pre>
 * qrels  q1: d1=3 d2=0 d3=1 d4=2 d5=1  (R = 4 relevant: d1 d3 d4 d5; ideal grades 3,2,1,1,0)
 *        q2: e1=2 e2=0 e3=1            (R = 2; ideal 2,1,0)
 *        q3: f1=0 f2=0                 (R = 0)
 *        q4: g1=1                      (not in the run)
 * run    q1: d2 .9, dX .8 (unjudged), d1 .7, d3 .7, d4 .5, d9 .4 (unjudged)
 *            tie d1/d3 at .7 broken by docid DEscending (trec_eval): d3 before d1
 *            ranking d2 dX d3 d1 d4 d9 -> grades 0 u 1 3 2 u
 *        q2: e1 .5, e3 .5, e2 .1 -> tie: e3 before e1 -> grades 1 2 0
 *        q3: f1 1.0, f2 .5 -> grades 0 0
 *        q5: h1 1.0 (no judgments: ignored)
 * ERR: R(g) = (2^g - 1)/8: R(0)=0, R(1)=1/8, R(2)=3/8, R(3)=7/8.
 * log2(3) = 1.58496, log2(5) = 2.32193, log2(6) = 2.58496.
 * </pre>
 */
class MetricsFixtureTest {
  static final double TOL = 5e-5;

  static final String QRELS = """
      q1 0 d1 3
      q1 0 d2 0
      q1 0 d3 1
      q1 0 d4 2
      q1 0 d5 1
      q2 0 e1 2
      q2 0 e2 0
      q2 0 e3 1
      q3 0 f1 0
      q3 0 f2 0
      q4 0 g1 1
      """;

  static final String RUN = """
      q1 Q0 d2 1 0.9 sys
      q1 Q0 dX 2 0.8 sys
      q1 Q0 d1 3 0.7 sys
      q1 Q0 d3 4 0.7 sys
      q1 Q0 d4 5 0.5 sys
      q1 Q0 d9 6 0.4 sys
      q2 Q0 e1 1 0.5 sys
      q2 Q0 e3 2 0.5 sys
      q2 Q0 e2 3 0.1 sys
      q3 Q0 f1 1 1.0 sys
      q3 Q0 f2 2 0.5 sys
      q5 Q0 h1 1 1.0 sys
      """;

  static Qrels qrels() throws IOException {
    return Qrels.readTrec(new StringReader(QRELS), "fixture.qrels");
  }

  static Run run() throws IOException {
    return Run.readTrec(new StringReader(RUN), "fixture.run");
  }

  static Evaluation eval(Metrics.Unjudged u, boolean all) throws IOException {
    return Metrics.evaluate(run(), qrels(), new Metrics.Options(List.of(5, 3), u, all));
  }

  static void check(Map<String, Double> actual, double... expected) {
    List<String> names = List.of("map", "recip_rank", "P_3", "P_5", "recall_3", "recall_5",
        "ndcg_cut_3", "ndcg_cut_5", "err_3", "err_5");
    assertEquals(names, List.copyOf(actual.keySet()));
    for (int i = 0; i < names.size(); i++) {
      assertEquals(expected[i], actual.get(names.get(i)), TOL, names.get(i));
    }
  }

  @Test
  void tiesAreBrokenByDocidDescendingAsTrecEval() throws IOException {
    assertEquals(List.of("d2", "dX", "d3", "d1", "d4", "d9"), run().ranking("q1"));
    assertEquals(List.of("e3", "e1", "e2"), run().ranking("q2"));
  }

  @Test
  void skipUnjudged() throws IOException {
    Evaluation e = eval(Metrics.Unjudged.SKIP, false);
    assertEquals(List.of("q1", "q2", "q3"), List.copyOf(e.perQuery().keySet())); // q4 not run, q5 not judged
    // q1, grades 0 0 1 3 2 0, R = 4
    //  map = (1/3 + 2/4 + 3/5) / 4 = 1.4333/4 = 0.3583;  recip_rank = 1/3 = 0.3333
    //  P_3 = 1/3 = 0.3333; P_5 = 3/5 = 0.6000; recall_3 = 1/4 = 0.2500; recall_5 = 3/4 = 0.7500
    //  IDCG@3 = 3 + 2/1.58496 + 1/2 = 4.76186; IDCG@5 = 4.76186 + 1/2.32193 = 5.19254
    //  DCG@3 = 1/log2(4) = 0.5 -> ndcg_cut_3 = 0.5/4.76186 = 0.1050
    //  DCG@5 = 0.5 + 3/2.32193 + 2/2.58496 = 0.5 + 1.29203 + 0.77371 = 2.56574 -> 2.56574/5.19254 = 0.4941
    //  err_3 = (1/3)(1/8) = 0.0417
    //  err_5 = 0.04167 + (1/4)(7/8)(7/8) + (1/5)(3/8)(7/8)(1/8) = 0.04167 + 0.19141 + 0.00820 = 0.2413
    check(e.perQuery().get("q1"), 0.3583, 0.3333, 0.3333, 0.6000, 0.2500, 0.7500, 0.1050, 0.4941, 0.0417, 0.2413);
    // q2, grades 1 2 0, R = 2
    //  map = (1/1 + 2/2)/2 = 1; recip_rank = 1; P_3 = 2/3 = 0.6667; P_5 = 2/5 = 0.4; recall = 1, 1
    //  IDCG = 2 + 1/1.58496 = 2.63093; DCG = 1 + 2/1.58496 = 2.26186 -> 0.8597 (same at 5)
    //  err = 1/8 + (1/2)(7/8)(3/8) = 0.125 + 0.16406 = 0.2891 (same at 5)
    check(e.perQuery().get("q2"), 1.0, 1.0, 0.6667, 0.4000, 1.0, 1.0, 0.8597, 0.8597, 0.2891, 0.2891);
    // q3: no relevant judged item -> 0 everywhere
    check(e.perQuery().get("q3"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    // means over 3 queries:
    //  map (0.35833 + 1)/3 = 0.4528; recip_rank (0.33333 + 1)/3 = 0.4444; P_3 (0.33333 + 0.66667)/3 = 0.3333
    //  P_5 (0.6 + 0.4)/3 = 0.3333; recall_3 (0.25 + 1)/3 = 0.4167; recall_5 (0.75 + 1)/3 = 0.5833
    //  ndcg_cut_3 (0.10500 + 0.85972)/3 = 0.3216; ndcg_cut_5 (0.49412 + 0.85972)/3 = 0.4513
    //  err_3 (0.04167 + 0.28906)/3 = 0.1102; err_5 (0.24128 + 0.28906)/3 = 0.1768
    check(e.mean(), 0.4528, 0.4444, 0.3333, 0.3333, 0.4167, 0.5833, 0.3216, 0.4513, 0.1102, 0.1768);
  }

  @Test
  void condensedRemovesUnjudgedFirst() throws IOException {
    Evaluation e = eval(Metrics.Unjudged.CONDENSED, false);
    // q1 condensed: d2 d3 d1 d4 -> grades 0 1 3 2
    //  map = (1/2 + 2/3 + 3/4)/4 = 1.91667/4 = 0.4792; recip_rank = 1/2
    //  P_3 = 2/3 = 0.6667; P_5 = 3/5; recall_3 = 2/4; recall_5 = 3/4
    //  DCG@3 = 1/1.58496 + 3/2 = 2.13093 -> /4.76186 = 0.4475
    //  DCG@5 = 2.13093 + 2/2.32193 = 2.99228 -> /5.19254 = 0.5763
    //  err_3 = (1/2)(1/8) + (1/3)(7/8)(7/8) = 0.0625 + 0.25521 = 0.3177
    //  err_5 = 0.31771 + (1/4)(3/8)(7/8)(1/8) = 0.31771 + 0.01025 = 0.3280
    check(e.perQuery().get("q1"), 0.4792, 0.5000, 0.6667, 0.6000, 0.5000, 0.7500, 0.4475, 0.5763, 0.3177, 0.3280);
    check(e.perQuery().get("q2"), 1.0, 1.0, 0.6667, 0.4000, 1.0, 1.0, 0.8597, 0.8597, 0.2891, 0.2891);
    // means: map (0.47917 + 1)/3 = 0.4931; rr 1.5/3 = 0.5; P_3 (2/3 + 2/3)/3 = 0.4444; P_5 0.3333;
    //  recall_3 1.5/3 = 0.5; recall_5 0.5833; ndcg_cut_3 (0.44750 + 0.85972)/3 = 0.4357;
    //  ndcg_cut_5 (0.57627 + 0.85972)/3 = 0.4787; err_3 (0.31771 + 0.28906)/3 = 0.2023;
    //  err_5 (0.32796 + 0.28906)/3 = 0.2057
    check(e.mean(), 0.4931, 0.5000, 0.4444, 0.3333, 0.5000, 0.5833, 0.4357, 0.4787, 0.2023, 0.2057);
  }

  @Test
  void allQueriesCountsJudgedQueriesMissingFromTheRun() throws IOException {
    Evaluation e = eval(Metrics.Unjudged.SKIP, true);
    assertEquals(List.of("q1", "q2", "q3", "q4"), List.copyOf(e.perQuery().keySet()));
    check(e.perQuery().get("q4"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    // map over 4 queries: (0.35833 + 1)/4 = 0.3396
    assertEquals(0.3396, e.mean().get("map"), TOL);
  }

  @Test
  void trecTextHasFourDecimalsAndAll() throws IOException {
    String text = eval(Metrics.Unjudged.SKIP, false).toTrecText(true);
    assertEquals(true, text.contains("map                   \tq1\t0.3583\n"), text);
    assertEquals(true, text.contains("num_q                 \tall\t3\n"), text);
    assertEquals(true, text.contains("ndcg_cut_5            \tall\t0.4513\n"), text);
  }
}
