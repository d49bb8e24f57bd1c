package nl.werkmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * A compact binary form of werkmatch's model records, for the copy of each record the fast path
 * rescores from ({@link Fields#RECORD}): decoding JSON cost about 20 us per candidate, most of a
 * rescored record's cost; this form decodes in a few.
 *
 * <p>The layout follows the record components in declaration order, so it needs no field names:
 * per record a bit per component saying whether it is present, then the present values (strings as
 * UTF-8 with their length, whole numbers as variable-length integers, doubles as their IEEE bits,
 * decimals as unscaled value and scale, dates as epoch days, enums by position, lists as length and
 * elements). Records are rebuilt through their canonical constructors, so they are validated as
 * when read from JSON. {@link #schema} names the layout of a type and everything it holds; an index
 * records it, so a changed model is refused rather than misread.
 */
final class BinaryRecords {
  private BinaryRecords() {}

  private static final Map<Class<?>, RecordLayout> LAYOUTS = new ConcurrentHashMap<>();

  /** The binary form of {@code record}. */
  static byte[] encode(Record record) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      layout(record.getClass()).write(out, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory output does not fail
    }
    return out.toArrayCopy();
  }

  /**
   * The record of {@code type} in {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes do not hold one whole record of the type
   */
  static <T extends Record> T decode(BytesRef bytes, Class<T> type) {
    In in = new In(bytes);
    Object value;
    try {
      value = layout(type).read(in);
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated " + type.getSimpleName() + " record", e);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // a date out of range, a component a constructor requires: not a record this form wrote
      throw new IllegalArgumentException("malformed " + type.getSimpleName() + " record: " + e, e);
    }
    if (in.pos != in.end) {
      throw new IllegalArgumentException((in.end - in.pos) + " bytes after a " + type.getSimpleName() + " record");
    }
    return type.cast(value);
  }

  /**
   * A fingerprint of the layout of {@code type}: the names and types of its components and of the
   * records, lists and enum constants they hold. It changes whenever the binary form would.
   */
  static String schema(Class<? extends Record> type) {
    StringBuilder b = new StringBuilder();
    describe(type, b, new ArrayList<>());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The layout of {@code type} by structure: component names and types, not the types' own names. */
  private static void describe(Type type, StringBuilder b, List<Class<?>> enclosing) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      b.append("List<");
      describe(p.getActualTypeArguments()[0], b, enclosing);
      b.append('>');
    } else if (type instanceof Class<?> c && c.isRecord()) {
      int depth = enclosing.indexOf(c);
      if (depth >= 0) {
        b.append('^').append(enclosing.size() - depth); // a record inside itself
        return;
      }
      enclosing.add(c);
      b.append('(');
      for (RecordComponent rc : c.getRecordComponents()) {
        b.append(rc.getName()).append(':');
        describe(rc.getGenericType(), b, enclosing);
        b.append(',');
      }
      b.append(')');
      enclosing.remove(enclosing.size() - 1);
    } else if (type instanceof Class<?> c && c.isEnum()) {
      b.append("enum").append(Arrays.toString(c.getEnumConstants()));
    } else {
      b.append(type.getTypeName());
    }
  }

  private static RecordLayout layout(Class<?> type) {
    RecordLayout layout = LAYOUTS.get(type);
    if (layout == null) {
      layout = new RecordLayout(type);
      LAYOUTS.putIfAbsent(type, layout);
    }
    return layout;
  }

  /** How one type of value is written and read (never null: presence is the record's or list's). */
  private interface ValueCodec {
    void write(DataOutput out, Object value) throws IOException;

    Object read(In in);
  }

  private static ValueCodec codec(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new ListCodec(codec(p.getActualTypeArguments()[0]));
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("no binary form for " + type.getTypeName());
    }
    if (c == String.class) {
      return STRING;
    } else if (c == Integer.class || c == int.class) {
      return INT;
    } else if (c == Long.class || c == long.class) {
      return LONG;
    } else if (c == Boolean.class || c == boolean.class) {
      return BOOLEAN;
    } else if (c == Double.class || c == double.class) {
      return DOUBLE;
    } else if (c == BigDecimal.class) {
      return DECIMAL;
    } else if (c == LocalDate.class) {
      return DATE;
    } else if (c == LocalTime.class) {
      return TIME;
    } else if (c.isEnum()) {
      return new EnumCodec(c);
    } else if (c.isRecord()) {
      return new LazyRecordCodec(c);
    }
    throw new IllegalArgumentException("no binary form for " + c.getName());
  }

  /** How a value is written. */
  private interface Writer {
    void write(DataOutput out, Object value) throws IOException;
  }

  /** A codec of a value written by {@code writer} and read by {@code reader}. */
  private static ValueCodec scalar(Writer writer, java.util.function.Function<In, Object> reader) {
    return new ValueCodec() {
      @Override
      public void write(DataOutput out, Object value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public Object read(In in) {
        return reader.apply(in);
      }
    };
  }

  private static final ValueCodec STRING = scalar((out, value) -> {
    byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
    out.writeVInt(utf8.length);
    out.writeBytes(utf8, utf8.length);
  }, in -> {
    int length = in.length();
    return new String(in.buf, in.skip(length), length, StandardCharsets.UTF_8);
  });

  private static final ValueCodec INT = scalar((out, value) -> out.writeZInt((Integer) value), in -> (int) in.zigZag());

  private static final ValueCodec LONG = scalar((out, value) -> out.writeZLong((Long) value), In::zigZag);

  private static final ValueCodec BOOLEAN =
      scalar((out, value) -> out.writeByte((byte) ((Boolean) value ? 1 : 0)), in -> in.buf[in.skip(1)] != 0);

  /** Little-endian, as Lucene's {@link DataOutput#writeLong} writes it. */
  private static final ValueCodec DOUBLE = scalar((out, value) -> out.writeLong(Double.doubleToRawLongBits((Double) value)),
      in -> Double.longBitsToDouble((long) BitUtil.VH_LE_LONG.get(in.buf, in.skip(8))));

  private static final ValueCodec DECIMAL = scalar((out, value) -> {
    BigDecimal d = (BigDecimal) value;
    byte[] unscaled = d.unscaledValue().toByteArray();
    out.writeZInt(d.scale());
    out.writeVInt(unscaled.length);
    out.writeBytes(unscaled, unscaled.length);
  }, in -> {
    int scale = (int) in.zigZag();
    int length = in.length();
    int at = in.skip(length);
    return new BigDecimal(new BigInteger(in.buf, at, length), scale);
  });

  private static final ValueCodec DATE =
      scalar((out, value) -> out.writeZLong(((LocalDate) value).toEpochDay()), in -> LocalDate.ofEpochDay(in.zigZag()));

  private static final ValueCodec TIME =
      scalar((out, value) -> out.writeVLong(((LocalTime) value).toNanoOfDay()), in -> LocalTime.ofNanoOfDay(in.varLong()));

  private record EnumCodec(Object[] constants) implements ValueCodec {
    EnumCodec(Class<?> type) {
      this(type.getEnumConstants());
    }

    @Override
    public void write(DataOutput out, Object value) throws IOException {
      out.writeVInt(((Enum<?>) value).ordinal());
    }

    @Override
    public Object read(In in) {
      long ordinal = in.varLong();
      if (ordinal < 0 || ordinal >= constants.length) {
        throw new IllegalArgumentException("no constant " + ordinal + " in " + constants[0].getClass().getSimpleName());
      }
      return constants[(int) ordinal];
    }
  }

  /** A list: its length, then per element a presence byte and the element. */
  private record ListCodec(ValueCodec element) implements ValueCodec {
    @Override
    public void write(DataOutput out, Object value) throws IOException {
      List<?> list = (List<?>) value;
      out.writeVInt(list.size());
      for (Object e : list) {
        out.writeByte((byte) (e == null ? 0 : 1));
        if (e != null) {
          element.write(out, e);
        }
      }
    }

    @Override
    public Object read(In in) {
      long size = in.varLong();
      if (size < 0 || size > in.end - in.pos) {
        throw new IllegalArgumentException("list of " + size + " in " + (in.end - in.pos) + " bytes");
      }
      Object[] elements = new Object[(int) size];
      for (int i = 0; i < size; i++) {
        if (in.buf[in.skip(1)] != 0) {
          elements[i] = element.read(in);
        }
      }
      return Collections.unmodifiableList(Arrays.asList(elements));
    }
  }

  /** A record held by a record, resolved on first use (a record type may hold itself). */
  private static final class LazyRecordCodec implements ValueCodec {
    private final Class<?> type;
    private RecordLayout layout;

    LazyRecordCodec(Class<?> type) {
      this.type = type;
    }

    private RecordLayout layout() {
      RecordLayout l = layout;
      if (l == null) {
        l = BinaryRecords.layout(type);
        layout = l;
      }
      return l;
    }

    @Override
    public void write(DataOutput out, Object value) throws IOException {
      layout().write(out, value);
    }

    @Override
    public Object read(In in) {
      return layout().read(in);
    }
  }

  /** A record: a presence bit per component, then the present components in order. */
  private static final class RecordLayout implements ValueCodec {
    private final Class<?> type;
    private final MethodHandle[] accessors;
    private final ValueCodec[] codecs;
    private final boolean[] primitive;
    private final MethodHandle constructor;

    RecordLayout(Class<?> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      accessors = new MethodHandle[components.length];
      codecs = new ValueCodec[components.length];
      primitive = new boolean[components.length];
      Class<?>[] types = new Class<?>[components.length];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < components.length; i++) {
          accessors[i] = lookup.unreflect(components[i].getAccessor())
              .asType(MethodType.methodType(Object.class, Object.class));
          codecs[i] = codec(components[i].getGenericType());
          types[i] = components[i].getType();
          primitive[i] = types[i].isPrimitive();
        }
        constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
            .asSpreader(Object[].class, components.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("no binary form for " + type.getName() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void write(DataOutput out, Object record) throws IOException {
      int n = accessors.length;
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        try {
          values[i] = accessors[i].invokeExact(record);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read " + type.getSimpleName() + " component " + i, e);
        }
      }
      for (int at = 0; at < n; at += 8) {
        int present = 0;
        for (int i = at; i < Math.min(n, at + 8); i++) {
          present |= values[i] != null ? 1 << (i - at) : 0;
        }
        out.writeByte((byte) present);
      }
      for (int i = 0; i < n; i++) {
        if (values[i] != null) {
          codecs[i].write(out, values[i]);
        }
      }
    }

    @Override
    public Object read(In in) {
      int n = codecs.length;
      int presentAt = in.skip((n + 7) / 8);
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        if ((in.buf[presentAt + (i >> 3)] & (1 << (i & 7))) != 0) {
          values[i] = codecs[i].read(in);
        } else if (primitive[i]) {
          throw new IllegalArgumentException(type.getSimpleName() + " component " + i + " is missing");
        }
      }
      try {
        return constructor.invokeExact(values);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
    }
  }

  /**
   * A reader over a {@link BytesRef} that never reads past its end (Lucene's byte-array input checks
   * only the array's bounds, and the bytes of a record may be a slice of a larger array).
   */
  private static final class In {
    final byte[] buf;
    int pos;
    final int end;

    In(BytesRef b) {
      buf = b.bytes;
      pos = b.offset;
      end = b.offset + b.length;
    }

    /** Moves past {@code n} bytes and returns where they start. */
    int skip(int n) {
      int at = pos;
      if (n < 0 || at + n > end) {
        throw new ArrayIndexOutOfBoundsException("record ends at " + end + ", " + n + " bytes asked at " + at);
      }
      pos = at + n;
      return at;
    }

    long varLong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = buf[skip(1)];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("malformed variable-length number");
    }

    /** A length: a variable-length number no greater than the bytes left. */
    int length() {
      long n = varLong();
      if (n < 0 || n > end - pos) {
        throw new IllegalArgumentException("length " + n + " with " + (end - pos) + " bytes left");
      }
      return (int) n;
    }

    long zigZag() {
      long v = varLong();
      return (v >>> 1) ^ -(v & 1);
    }
  }
}
