package nl.werkmatch.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A structure-aware byte mutator for text formats (JSON, JSON Lines, CSV): byte flips, inserts,
 * deletes, chunk duplication and splicing between seeds, plus token-level edits that matter to the
 * readers (numbers replaced by NaN, 1e999, -0, huge integers; dates moved to year 0 or 9999; quotes,
 * brackets and separators inserted; deep nesting; long runs). Deterministic for a given seed.
 */
final class Mutator {
  private static final String[] TOKENS = {
      "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "-0", "0.0000000000000000000001",
      "99999999999999999999999999", "-2147483649", "2147483648", "9223372036854775808", "1.5", "null",
      "true", "false", "\"\"", "[]", "{}", "\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"",
      "\"-0001-01-01\"", "\"2024-02-30\"", "\"25:61\"", "\"\\u0000\"", "\"\\ud800\"", "\"\uFEFF\"", "\"id\"",
      "\"cand-1\"", ",", ":", "\"", "{", "}", "[", "]", "\n", "\r\n", "\\", "\"\"\"", ",,,", "\u00e9",
      "\uD83D\uDE00", "\"MBO_2\"", "\"BIJSTAND\"", "\"sk.heftruck\"", "http://data.europa.eu/esco/skill/x",
      "essential", "optional", "conceptUri", "preferredLabel", "altLabels", "broaderUri", "postcode,lat,lon",
      "7511", "0999", "90.0000001", "-180.5"};

  private final SplittableRandom rnd;

  Mutator(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  byte[] mutate(List<byte[]> seeds) {
    byte[] base = seeds.get(rnd.nextInt(seeds.size())).clone();
    int rounds = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 16 : 4);
    for (int i = 0; i < rounds; i++) {
      base = once(base, seeds);
    }
    return base;
  }

  private byte[] once(byte[] in, List<byte[]> seeds) {
    int n = in.length;
    switch (rnd.nextInt(12)) {
      case 0: { // flip one bit
        if (n == 0) {
          return in;
        }
        in[rnd.nextInt(n)] ^= (byte) (1 << rnd.nextInt(8));
        return in;
      }
      case 1: { // random byte
        if (n == 0) {
          return in;
        }
        in[rnd.nextInt(n)] = (byte) rnd.nextInt(256);
        return in;
      }
      case 2: { // delete a range
        if (n == 0) {
          return in;
        }
        int from = rnd.nextInt(n);
        int len = Math.min(n - from, 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 64));
        return splice(in, from, from + len, new byte[0]);
      }
      case 3: { // duplicate a range
        if (n == 0) {
          return in;
        }
        int from = rnd.nextInt(n);
        int len = Math.min(n - from, 1 + rnd.nextInt(128));
        int at = rnd.nextInt(n + 1);
        byte[] chunk = java.util.Arrays.copyOfRange(in, from, from + len);
        return splice(in, at, at, chunk);
      }
      case 4: { // splice with another seed
        byte[] other = seeds.get(rnd.nextInt(seeds.size()));
        if (other.length == 0 || n == 0) {
          return in;
        }
        int cut = rnd.nextInt(n);
        int from = rnd.nextInt(other.length);
        return splice(in, cut, n, java.util.Arrays.copyOfRange(other, from, other.length));
      }
      case 5:
      case 6: { // insert a token
        byte[] tok = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        int at = rnd.nextInt(n + 1);
        return splice(in, at, at, tok);
      }
      case 7:
      case 8: { // replace a number or a quoted string with a token
        return replaceScalar(in);
      }
      case 9: { // deep nesting
        int depth = 1 + rnd.nextInt(rnd.nextBoolean() ? 70 : 2000);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        char open = rnd.nextBoolean() ? '[' : '{';
        for (int i = 0; i < depth; i++) {
          b.writeBytes(open == '[' ? "[".getBytes(StandardCharsets.US_ASCII) : "{\"a\":".getBytes(StandardCharsets.US_ASCII));
        }
        int at = rnd.nextInt(n + 1);
        return splice(in, at, at, b.toByteArray());
      }
      case 10: { // a long run of one character
        int len = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 200_000 : 300);
        String chars = "a9\" ,\n{[\\";
        byte c = (byte) chars.charAt(rnd.nextInt(chars.length()));
        byte[] run = new byte[len];
        java.util.Arrays.fill(run, c);
        int at = rnd.nextInt(n + 1);
        return splice(in, at, at, run);
      }
      default: { // truncate
        if (n == 0) {
          return in;
        }
        return java.util.Arrays.copyOf(in, rnd.nextInt(n));
      }
    }
  }

  private byte[] replaceScalar(byte[] in) {
    int n = in.length;
    if (n == 0) {
      return in;
    }
    int start = rnd.nextInt(n);
    for (int i = start; i < n; i++) {
      byte c = in[i];
      if ((c >= '0' && c <= '9') || c == '-') {
        int end = i;
        while (end < n && ((in[end] >= '0' && in[end] <= '9') || "-+.eE".indexOf(in[end]) >= 0)) {
          end++;
        }
        return splice(in, i, end, TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
      }
      if (c == '"') {
        int end = i + 1;
        while (end < n && in[end] != '"') {
          end++;
        }
        if (end < n) {
          return splice(in, i, end + 1, TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return in;
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
    byte[] out = new byte[in.length - (to - from) + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, to, out, from + insert.length, in.length - to);
    return out;
  }
}
