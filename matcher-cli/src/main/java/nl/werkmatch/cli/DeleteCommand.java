package nl.werkmatch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.werkmatch.MatchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code delete}: removes records by id, for an erasure request (AVG article 17) or a record withdrawn
 * at the source. The deletions are committed together and expunged from the index files, then
 * checked: none of the ids is found afterwards.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete records by id (an AVG erasure request): one commit, the records removed from the index"
        + " files too, then verified absent. Exit 0: done (ids not in the index are reported); 1: error, nothing deleted;"
        + " 3: more records than --max-deletes allows, nothing deleted.")
final class DeleteCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--id", paramLabel = "ID", split = ",", description = "Record id(s) to delete.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--ids", paramLabel = "FILE", description = "A file of ids, one a line (blank lines and # comments ignored).")
  Path idsFile;

  @Option(names = "--type", defaultValue = "any", paramLabel = "candidate|vacancy|any",
      description = "Which records the ids name (default: any, candidates and vacancies).")
  String type;

  @Option(names = "--max-deletes", paramLabel = "N|P%", defaultValue = IndexCommand.DEFAULT_MAX_DELETES,
      description = "The most records one run may delete, a count or a percentage of the records of --type in the"
          + " index (default ${DEFAULT-VALUE}); more is refused whole (exit 3), so a wrong ids file cannot empty the index.")
  String maxDeletes;

  @Option(names = "--dry-run", description = "Report which ids are in the index, delete nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Set<String> all = new LinkedHashSet<>(ids);
    if (idsFile != null) {
      for (String line : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          all.add(id);
        }
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no ids: give --id ID... or --ids FILE");
    }
    boolean cands;
    boolean vacs;
    switch (type.toLowerCase(Locale.ROOT)) {
      case "candidate", "candidates" -> { cands = true; vacs = false; }
      case "vacancy", "vacancies" -> { cands = false; vacs = true; }
      case "any" -> { cands = true; vacs = true; }
      default -> throw new IllegalArgumentException("--type must be candidate, vacancy or any, got '" + type + "'");
    }
    IndexCommand.Limit limit = IndexCommand.Limit.parse("--max-deletes", maxDeletes);
    MatchOptions.requireIndex(index);
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    MatchIndex idx = MatchIndex.open(index);
    boolean done = false;
    try {
      List<boolean[]> where = new ArrayList<>();
      long records = 0;
      for (String id : all) {
        boolean c = cands && idx.candidate(id).isPresent();
        boolean v = vacs && idx.vacancy(id).isPresent();
        if (!c && !v) {
          missing.add(id);
          continue;
        }
        found.add((c ? "candidate " : "vacancy ") + id);
        where.add(new boolean[] {c, v});
        records += (c ? 1 : 0) + (v ? 1 : 0);
      }
      long inIndex = (cands ? idx.candidateCount() : 0) + (vacs ? idx.vacancyCount() : 0);
      long allowed = limit.allowed(inIndex);
      if (records > allowed) {
        System.err.printf(Locale.ROOT, "delete: %d of the %d records in the index (%.1f%%) match the ids: more than"
                + " --max-deletes %s allows (%d); %s. If these erasures are intended, run again with a higher"
                + " --max-deletes (a count, e.g. %d, or a percentage).%n", records, inIndex, 100.0 * records / inIndex,
            limit.text(), allowed, dryRun ? "without --dry-run the delete would be refused" : "refused, nothing was deleted",
            records);
        done = true;
        return IndexCommand.TOO_MANY_DELETES;
      }
      for (int k = 0; k < found.size(); k++) {
        String id = found.get(k).substring(found.get(k).indexOf(' ') + 1);
        boolean c = where.get(k)[0];
        boolean v = where.get(k)[1];
        if (!dryRun) {
          if (c) {
            idx.deleteCandidate(id);
          }
          if (v) {
            idx.deleteVacancy(id);
          }
        }
      }
      if (!dryRun && !found.isEmpty()) {
        idx.commit();
        idx.expungeDeletes();
        for (String id : all) {
          if ((cands && idx.candidate(id).isPresent()) || (vacs && idx.vacancy(id).isPresent())) {
            throw new IllegalStateException("record " + id + " is still in the index after the delete");
          }
        }
      }
      done = true;
    } finally {
      if (done) {
        idx.close();
      } else {
        idx.rollback();
      }
    }
    String verb = dryRun ? "would delete" : "deleted";
    System.err.printf("%s %d of %d ids%s%n", verb, found.size(), all.size(),
        found.isEmpty() ? "" : ": " + Terminal.escape(String.join(", ", found)));
    if (!missing.isEmpty()) {
      System.err.println("not in the index: " + Terminal.escape(String.join(", ", missing)));
    }
    if (!dryRun && !found.isEmpty()) {
      System.err.println("verified: none of the " + all.size() + " ids is in the index; the records were removed"
          + " from the index files as well");
    }
    return 0;
  }
}
