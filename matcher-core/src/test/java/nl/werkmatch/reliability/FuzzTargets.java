package nl.werkmatch.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.werkmatch.eval.Judgment;
import nl.werkmatch.eval.Qrels;
import nl.werkmatch.geo.Gazetteer;
import nl.werkmatch.index.RecordCodec;
import nl.werkmatch.io.ReadPolicy;
import nl.werkmatch.io.RecordFormat;
import nl.werkmatch.io.RecordFormatException;
import nl.werkmatch.io.RecordReader;
import nl.werkmatch.match.MatchProfile;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import nl.werkmatch.rules.PolicyConfig;
import nl.werkmatch.taxonomy.EscoImporter;
import nl.werkmatch.taxonomy.Taxonomy;
import nl.werkmatch.taxonomy.TaxonomyException;

/**
 * One fuzz target per input reader. {@link #run(byte[])} feeds the bytes to the reader and swallows
 * only the reader's documented input exceptions; anything else (another exception, an
 * {@link Error} such as {@link StackOverflowError} or {@link OutOfMemoryError}) escapes and is a
 * finding. Accepted records also go through the index codec (encode, decode, equal) and a Lucene
 * document is built from them, so a value the reader lets through but the index cannot hold is a
 * finding too.
 */
enum FuzzTargets {
  CANDIDATES_JSONL("candidates") {
    @Override
    void run(byte[] data) {
      readRecords(data, Candidate.class, RecordFormat.JSON_LINES, "fuzz.jsonl");
    }
  },
  VACANCIES_JSON("vacancies") {
    @Override
    void run(byte[] data) {
      readRecords(data, Vacancy.class, RecordFormat.JSON, "fuzz.json");
    }
  },
  PROFILE("profile") {
    @Override
    void run(byte[] data) {
      try {
        MatchProfile p = MatchProfile.read(new ByteArrayInputStream(data), "fuzz-profile.json");
        // An accepted profile must survive its own round trip.
        MatchProfile again = MatchProfile.read(new ByteArrayInputStream(
            p.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "again");
        if (!again.equals(p) || hasLoneSurrogate(p.toJson())) { // lone surrogates are rejected (issue 24)
          throw new AssertionError("profile round trip changed it:\n" + p.toJson() + "\n" + again.toJson());
        }
      } catch (IllegalArgumentException e) {
        // documented: invalid content
      }
    }
  },
  POLICY("policy") {
    @Override
    void run(byte[] data) {
      try {
        PolicyConfig c = PolicyConfig.read(new ByteArrayInputStream(data), "fuzz-policy.json");
        PolicyConfig again = PolicyConfig.read(new ByteArrayInputStream(
            c.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "again");
        if (!again.equals(c) || hasLoneSurrogate(c.toJson())) { // lone surrogates are rejected (issue 24)
          throw new AssertionError("policy round trip changed it:\n" + c.toJson() + "\n" + again.toJson());
        }
      } catch (IllegalArgumentException e) {
        // documented: invalid content
      } catch (IOException e) {
        throw new AssertionError("IOException from an in-memory stream", e);
      }
    }
  },
  PC4("pc4") {
    @Override
    void run(byte[] data) {
      try {
        Gazetteer.builtIn().loadPc4(new ByteArrayInputStream(data), "fuzz-pc4.csv");
      } catch (IllegalArgumentException e) {
        // documented: malformed line
      }
    }
  },
  ESCO("esco") {
    /** The six files, in the order the first byte of an input picks one to replace. */
    static final String[] FILES = {"skills_nl.csv", "occupations_nl.csv", "skillGroups_nl.csv",
        "broaderRelationsSkillPillar_nl.csv", "skillSkillRelations_nl.csv", "occupationSkillRelations_nl.csv"};

    @Override
    void run(byte[] data) {
      if (data.length == 0) {
        return;
      }
      Path dir = escoDir();
      String replaced = FILES[Math.floorMod(data[0], FILES.length)];
      try {
        for (String f : FILES) {
          Files.write(dir.resolve(f), f.equals(replaced) ? Arrays.copyOfRange(data, 1, data.length) : seedBytes(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        EscoImporter.importDirectory(dir, "nl");
      } catch (TaxonomyException e) {
        // documented: malformed or inconsistent content
      } catch (CharacterCodingException e) {
        // documented: a file that cannot be read (not UTF-8) is an IOException
      } catch (IOException e) {
        throw new AssertionError("unexpected IOException", e);
      }
    }

    @Override
    List<byte[]> seeds() {
      // Each seed: selector byte + one file's content.
      List<byte[]> out = new ArrayList<>();
      for (int i = 0; i < FILES.length; i++) {
        byte[] content = seedBytes(FILES[i]);
        byte[] s = new byte[content.length + 1];
        s[0] = (byte) i;
        System.arraycopy(content, 0, s, 1, content.length);
        out.add(s);
      }
      return out;
    }
  },
  JUDGMENTS("judgments") {
    @Override
    void run(byte[] data) {
      Path file = escoDir().resolve("judgments.jsonl");
      try {
        Files.write(file, data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        Judgment.read(file);
      } catch (RecordFormatException e) {
        // documented: the first bad record
      }
    }
  },
  QRELS("qrels") {
    @Override
    void run(byte[] data) {
      try {
        Qrels.readTrec(new java.io.InputStreamReader(new ByteArrayInputStream(data),
            java.nio.charset.StandardCharsets.UTF_8), "fuzz.qrels");
      } catch (IllegalArgumentException e) {
        // documented: a bad line, naming file and line
      } catch (IOException e) {
        throw new AssertionError("IOException from an in-memory reader", e);
      }
    }
  },
  TAXONOMY("taxonomy") {
    @Override
    void run(byte[] data) {
      try {
        Taxonomy.load(new ByteArrayInputStream(data), "fuzz-taxonomy.json");
      } catch (TaxonomyException e) {
        // documented: malformed JSON or invalid content
      }
    }
  };

  private static final ThreadLocal<Path> ESCO_DIR = new ThreadLocal<>();

  final String seedDir;

  FuzzTargets(String seedDir) {
    this.seedDir = seedDir;
  }

  /** Feeds {@code data} to the reader; throws only for a finding. */
  abstract void run(byte[] data);

  /** The valid seed inputs, from {@code src/test/resources/reliability/seeds/<seedDir>/}. */
  List<byte[]> seeds() {
    Path dir = seedRoot().resolve(seedDir);
    try (Stream<Path> files = Files.list(dir)) {
      List<byte[]> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path seedRoot() {
    for (Path p : new Path[] {Path.of("src/test/resources/reliability/seeds"),
        Path.of("matcher-core/src/test/resources/reliability/seeds")}) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("seed corpus not found from " + Path.of("").toAbsolutePath());
  }

  static byte[] seedBytes(String escoFile) {
    try {
      return Files.readAllBytes(seedRoot().resolve("esco").resolve(escoFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path escoDir() {
    Path dir = ESCO_DIR.get();
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("werkmatch-fuzz-esco");
        dir.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ESCO_DIR.set(dir);
    }
    return dir;
  }

  /**
   * Known limitation (docs/reliability.md): a lone UTF-16 surrogate ({@code "\\ud800"}) is accepted
   * in text but cannot be written as UTF-8, so such a value does not survive a JSON round trip.
   */
  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  static <T extends Record> void readRecords(byte[] data, Class<T> type, RecordFormat format, String name) {
    // Alternate the two policies so both code paths are fuzzed.
    ReadPolicy policy = (data.length & 1) == 0 ? ReadPolicy.SKIP_AND_REPORT : ReadPolicy.FAIL_FAST;
    RecordReader<T> reader = RecordReader.of(type).policy(policy).format(format)
        .listener(new nl.werkmatch.io.ReadListener() {
          @Override
          public void onReject(nl.werkmatch.io.RecordError error, String raw) {
            if (error.reason() == null || error.jsonPath() == null) {
              throw new AssertionError("reject without reason or path: " + error);
            }
          }

          @Override
          public void onWarning(nl.werkmatch.io.RecordError warning) {}
        });
    try (InputStream in = new ByteArrayInputStream(data)) {
      reader.read(in, name, record -> {
        byte[] stored = RecordCodec.encode(record);
        T back = RecordCodec.decode(new org.apache.lucene.util.BytesRef(stored), type);
        if (!back.equals(record)) {
          throw new AssertionError("codec round trip changed the record: " + record + " -> " + back);
        }
        if (record instanceof Candidate c) {
          RecordCodec.candidateDocument(c);
        } else if (record instanceof Vacancy v) {
          RecordCodec.vacancyDocument(v);
        }
      });
    } catch (RecordFormatException e) {
      if (e.error() == null || e.getMessage() == null) {
        throw new AssertionError("RecordFormatException without an error", e);
      }
    } catch (IOException e) {
      throw new AssertionError("IOException from an in-memory stream", e);
    }
  }
}
