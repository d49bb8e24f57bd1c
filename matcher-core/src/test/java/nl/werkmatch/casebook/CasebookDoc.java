package nl.werkmatch.casebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders {@code docs/casebook.md} from the case files: the format, then every case with its source and verdict. */
final class CasebookDoc {
  private CasebookDoc() {}

  static Path path() {
    for (Path p : new Path[] {Path.of("docs"), Path.of("../docs")}) {
      if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("rules.md"))) {
        return p.resolve("casebook.md");
      }
    }
    throw new IllegalStateException("docs/ not found from " + Path.of("").toAbsolutePath());
  }

  static String render(List<Casebook.Case> cases) {
    StringBuilder b = new StringBuilder();
    long pending = cases.stream().filter(Casebook.Case::pending).count();
    long expectations = cases.stream().mapToLong(c -> c.expectations().size()).sum();
    long pendingExpectations = cases.stream().flatMap(c -> c.expectations().stream()).filter(e -> e.pending() != null)
        .count();
    b.append("""
        # The casebook

        <!-- Generated from sample-data/casebook/*.json by CasebookTest#theDocListsEveryCase; do not edit by hand.
             Regenerate: bin/mvn -B -q -o -pl matcher-core test -Dtest='CasebookTest#theDocListsEveryCase' -Dcasebook.update=true -->

        `sample-data/casebook/` holds one JSON file per case: a person written from the policy texts (a
        candidate record in the format of docs/data-format.md), optional probe vacancies, and the
        expectations a werkcoach would hold of the shortlist `match --candidate` gives that person.
        Every case cites the seed lines it was written from. The expectations were written from the
        texts first and then run against the engine; a case the engine does not yet satisfy is kept,
        marked `pending` with the reason.

        `CasebookTest` (matcher-core, `nl.werkmatch.casebook`) runs every case as the CLI would: the
        default profile, the fast path, the INTERNAL audience, the sample data's reference date 2026-11-22
        (unless the case sets `date`), the municipality's bundled policy (`PolicyConfig.bundled`) when
        the case names one, on an in-memory `MatchIndex` of the **generated** sample vacancies
        (`sample-data/vacancies.jsonl` without the hand-written `vac-almelo-*` persona vacancies) plus
        the case's probes (ids `probe-*`). For `findable` the generated sample candidates are indexed
        too. It fails, naming the case file and the expectation, when

        - an expectation of a case with status `holds` is broken;
        - an expectation marked `pending` now holds ("promote this case": remove the mark, and set
          the status to `holds` when none is left), or another expectation of a pending case breaks;
        - a record field is unknown to the engine in a case that is not pending;
        - a case file is not valid: every key is checked (an unknown key is an error), sources must be
          `SEEDFILE.txt:LINE` or `:FROM-TO`, records are read by `RecordReader` and their errors
          name the field.

        It also reverses each kind of expectation on a real case and checks that the runner reports
        it, and checks that this page is up to date with the case files.

        ## Case file

        | key | meaning |
        |---|---|
        | `id` | the file name without `.json` |
        | `title`, `story` | who the person is and what the text says (Dutch terms kept) |
        | `sources` | seed citations, e.g. `000_6179c31e463332af.txt:1854-1861` |
        | `topics` | what the case covers (e.g. `participatiegroep 2`, `ontheffing arbeidsplicht`) |
        | `municipality` | optional: run with this municipality's bundled policy |
        | `date` | optional: the reference date (default 2026-11-22) |
        | `status`, `pendingReason` | `holds`, or `pending` with the reason |
        | `candidate` | the person (docs/data-format.md) |
        | `probes` | optional vacancies added to the index for this case |
        | `expectations` | a list; each has `expect`, `because` (the werkcoach's reason), optional `source`, optional `pending` (reason) |

        | `expect` | fields | holds when |
        |---|---|---|
        | `inTop` | `k`, `select`, `atLeast` (default 1) | at least that many of the top k vacancies match `select` |
        | `notInTop` | `k`, `select` | none of the top k matches `select` |
        | `excludedBy` | `vacancy` or `rank`, `rule` (optional) | the pair fails that rule (any rule without `rule`) |
        | `notExcludedBy` | `vacancy` or `rank`, `rule` (optional) | the pair does not fail that rule (no rule without `rule`) |
        | `states` / `omits` | `vacancy` or `rank`, `text` | the pair's explanation (`Explanations.text`) contains every phrase / none (case-insensitive) |
        | `fact` / `notFact` | `vacancy` or `rank`, `pointer`, one of `equals`, `atLeast`, `atMost`, `contains` | the JSON Pointer into `Explanations.json` of the pair's explanation has (has not) that value |
        | `findable` / `notFindable` | `vacancy`, `k` | the person is (is not) in the top k candidates for that vacancy, among the generated sample candidates |
        | `funnelNames` / `funnelOmits` | `rule` | the shortlist's exclusion funnel (`MatchResult.excludedByRule`, and for a short fast-path list `filteredByRule`) counts (does not count) that rule |
        | `shortlistSize` | `atLeast` and/or `atMost` | the shortlist holds that many vacancies |

        `select` matches a vacancy when every field given holds: `ids`, `kinds`, `sectors`,
        `occupations`, `countries`, `municipalities` (lists: one entry matches), `paid`, `probe`
        (true / false).

        """);
    b.append("## Cases\n\n");
    b.append(cases.size()).append(" cases, ").append(cases.size() - pending).append(" hold, ").append(pending)
        .append(" pending; ").append(expectations).append(" expectations, ").append(pendingExpectations)
        .append(" of them pending.\n\n");
    b.append("| case | source | verdict |\n|---|---|---|\n");
    for (Casebook.Case c : cases) {
      b.append("| [`").append(c.id()).append("`](#").append(c.id()).append(") | `").append(c.sources().get(0)).append("` | ")
          .append(verdict(c).replace("|", "/")).append(" |\n");
    }
    b.append('\n');
    for (Casebook.Case c : cases) {
      b.append("<a id=\"").append(c.id()).append("\"></a>\n\n### `").append(c.id()).append("`: ").append(c.title())
          .append("\n\n");
      b.append("Source: ").append(String.join(", ", c.sources().stream().map(s -> "`" + s + "`").toList()))
          .append(". Topics: ").append(String.join(", ", c.topics())).append(".")
          .append(c.municipality() == null ? "" : " Policy: " + c.municipality() + ".").append("\n\n");
      b.append(c.story().strip()).append("\n\n");
      for (Casebook.Expectation e : c.expectations()) {
        b.append("- ").append(e.describe()).append(e.pending() == null ? "" : " **(pending: " + e.pending().strip() + ")**")
            .append(". ")
            .append(e.because().strip()).append(e.source() == null ? "" : " (`" + e.source() + "`)").append('\n');
      }
      b.append("\n**Verdict:** ").append(verdict(c)).append("\n\n");
    }
    return b.toString();
  }

  /** The verdict line: what the runner enforces for the case. */
  static String verdict(Casebook.Case c) {
    long open = c.expectations().stream().filter(e -> e.pending() != null).count();
    int all = c.expectations().size();
    if (!c.pending()) {
      return "holds (all " + all + " expectations)";
    }
    return "pending (" + (all - open) + " of " + all + " expectations hold"
        + (c.unknownFields().isEmpty() ? "" : "; record fields not yet known to the engine: "
            + String.join(", ", c.unknownFields().stream().map(f -> "`" + f.replaceAll(" \\(.*", "") + "`").toList()))
        + "): " + c.pendingReason().strip();
  }
}
