package nl.werkmatch.io;

/**
 * The counts of one read.
 *
 * @param read records met in the input (non-blank lines, or array elements)
 * @param accepted records delivered to the sink
 * @param rejected records rejected (reported, not delivered); {@code read == accepted + rejected}
 * @param warnings warnings on accepted records (for example unknown fields ignored)
 */
public record ReadSummary(long read, long accepted, long rejected, long warnings) {}
