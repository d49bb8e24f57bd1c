package nl.werkmatch.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkmatch.model.Candidate;
import nl.werkmatch.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Keeps docs/data-format.md true: its examples read, and it names every field and enum constant. */
class DataFormatDocTest {
  private static String doc() throws Exception {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs/data-format.md"))) {
      p = p.getParent();
    }
    assertTrue(p != null, "docs/data-format.md not found above the working directory");
    return Files.readString(p.resolve("docs/data-format.md"), StandardCharsets.UTF_8);
  }

  private static List<String> jsonBlocks(String doc) {
    Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static <T> T readOne(Class<T> type, String json) throws Exception {
    List<T> got = new ArrayList<>();
    ReadSummary s = RecordReader.of(type).strict(true)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "doc.json", got::add);
    assertEquals(new ReadSummary(1, 1, 0, 0), s);
    return got.get(0);
  }

  @Test
  void examplesAreCompleteAndReadable() throws Exception {
    List<String> blocks = jsonBlocks(doc());
    assertEquals(2, blocks.size(), "one candidate and one vacancy example");
    Candidate c = readOne(Candidate.class, blocks.get(0));
    Vacancy v = readOne(Vacancy.class, blocks.get(1));
    RoundTripTest.assertEverythingSet(c, "$");
    RoundTripTest.assertEverythingSet(v, "$");
  }

  private static void collect(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        Type g = rc.getGenericType();
        if (g instanceof ParameterizedType pt) {
          collect((Class<?>) pt.getActualTypeArguments()[0], seen);
        } else {
          collect(rc.getType(), seen);
        }
      }
    }
  }

  @Test
  void everyFieldAndEnumConstantIsDocumented() throws Exception {
    String doc = doc();
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(Candidate.class, types);
    collect(Vacancy.class, types);
    List<String> missing = new ArrayList<>();
    for (Class<?> t : types) {
      if (t.isRecord()) {
        String section = t == Candidate.class || t == Vacancy.class ? "## " + t.getSimpleName() : "### " + t.getSimpleName();
        int at = doc.indexOf(section + "\n");
        if (at < 0) {
          missing.add("section " + section);
          continue;
        }
        int end = doc.indexOf("\n#", at + section.length());
        String body = doc.substring(at, end < 0 ? doc.length() : end);
        for (RecordComponent rc : t.getRecordComponents()) {
          if (!body.contains("| `" + rc.getName() + "` |")) {
            missing.add(t.getSimpleName() + "." + rc.getName());
          }
        }
      } else if (t.isEnum()) {
        for (Object constant : t.getEnumConstants()) {
          String json = Json.mapper().writeValueAsString(constant).replace("\"", "");
          if (!doc.contains("`" + json + "`")) {
            missing.add(t.getSimpleName() + "." + json);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
