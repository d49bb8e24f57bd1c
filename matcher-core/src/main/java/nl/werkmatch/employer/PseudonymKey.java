package nl.werkmatch.employer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The deployment secret behind employer pseudonyms ({@link Pseudonyms}): at least
 * {@value #MIN_BYTES} random bytes, kept by the municipality and never shown to an employer.
 * Without it nobody can compute or reverse a pseudonym, however well they know the id scheme.
 *
 * <p>A key file holds the secret as one line of Base64. {@link #readOrCreate} generates a
 * {@value #GENERATED_BYTES}-byte secret when the file does not exist and writes it with owner-only
 * permissions ({@code rw-------}, directories it creates {@code rwx------}); {@link #read} refuses a
 * missing file. On a POSIX file system both refuse a key file that group or others can read.
 * Rotating the key (a new file) gives every person new pseudonyms; see docs/privacy.md.
 */
public final class PseudonymKey {
  /** The shortest secret accepted, in bytes (128 bits). */
  public static final int MIN_BYTES = 16;
  /** The length of a generated secret, in bytes (256 bits, the HMAC-SHA256 block-size key). */
  public static final int GENERATED_BYTES = 32;

  private final byte[] secret;

  private PseudonymKey(byte[] secret) {
    if (secret.length < MIN_BYTES) {
      throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_BYTES + " bytes, got " + secret.length);
    }
    this.secret = secret.clone();
  }

  /** A key of the given secret bytes (copied); at least {@value #MIN_BYTES} of them. */
  public static PseudonymKey of(byte[] secret) {
    return new PseudonymKey(secret);
  }

  /** A fresh random key of {@value #GENERATED_BYTES} bytes (not persisted). */
  public static PseudonymKey generate() {
    byte[] b = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(b);
    return new PseudonymKey(b);
  }

  /** Reads a key file; a missing, unreadable, too short or group/other-readable file is an error naming it. */
  public static PseudonymKey read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no pseudonym key at " + file + " (create one with --pseudonym-key "
          + file + " on a first employer run, or point --pseudonym-key at the municipality's key file)");
    }
    requireOwnerOnly(file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pseudonym key " + file + ": " + e.getMessage(), e);
    }
    byte[] b;
    try {
      b = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the pseudonym key " + file + " is not one line of Base64", e);
    }
    if (b.length < MIN_BYTES) {
      throw new IllegalArgumentException("the pseudonym key " + file + " holds " + b.length + " bytes; at least "
          + MIN_BYTES + " are needed");
    }
    return new PseudonymKey(b);
  }

  /**
   * Reads the key file, or, when it does not exist, generates a key and writes it there with
   * owner-only permissions (atomically: a concurrent first run reads the key the other wrote).
   *
   * @return the key, and whether it was created now
   */
  public static Loaded readOrCreate(Path file) {
    if (Files.exists(file)) {
      return new Loaded(read(file), false);
    }
    PseudonymKey key = generate();
    try {
      Path dir = file.toAbsolutePath().getParent();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(dir);
        }
      }
      FileAttribute<?>[] attrs = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
          : new FileAttribute<?>[0];
      Path tmp = Files.createTempFile(dir, ".pseudonym-key", ".tmp", attrs);
      try {
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key.secret) + "\n", StandardCharsets.US_ASCII);
        try {
          Files.createLink(file, tmp); // atomic and fails when the file exists: a concurrent first run keeps its key
        } catch (FileAlreadyExistsException e) {
          return new Loaded(read(file), false);
        } catch (UnsupportedOperationException | IOException e) {
          Files.move(tmp, file); // no hard links here: refuses an existing file, not atomic
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the pseudonym key " + file + ": " + e.getMessage(), e);
    }
    return new Loaded(key, true);
  }

  /** A key read or created by {@link #readOrCreate}. */
  public record Loaded(PseudonymKey key, boolean created) {}

  private static void requireOwnerOnly(Path file) {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      for (PosixFilePermission bad : new PosixFilePermission[] {PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE}) {
        if (p.contains(bad)) {
          throw new IllegalArgumentException("the pseudonym key " + file + " is readable or writable by others ("
              + PosixFilePermissions.toString(p) + "): make it owner-only (chmod 600 " + file + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the permissions of " + file + ": " + e.getMessage(), e);
    }
  }

  /** The secret, for the HMAC (package-private: never leaves the library). */
  byte[] secret() {
    return secret.clone();
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "PseudonymKey[" + secret.length + " bytes]";
  }
}
