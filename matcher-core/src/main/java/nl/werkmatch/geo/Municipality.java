package nl.werkmatch.geo;

/**
 * A Dutch municipality (gemeente) of the national gazetteer ({@link Netherlands#builtIn()}).
 *
 * <p>The centre and population are approximate (see {@code docs/geography.md}): the centre is the
 * main town, a few km off the true centroid at worst; the population is rounded. Use it to spread
 * synthetic data, to route records to their labour-market region and to locate a record that has
 * only a municipality name; locate real records from their postcode with a PC4 table
 * ({@link Gazetteer#withPc4}).
 *
 * @param code the CBS municipality code, {@code GM} and four digits, e.g. {@code GM0153}
 * @param name the municipality's name as CBS writes it, e.g. {@code Enschede}, {@code Bergen (NH)}
 * @param province the province
 * @param region the labour-market region (arbeidsmarktregio), a {@link LabourMarketRegion#name()}
 * @param centre the approximate centre (WGS84)
 * @param population the rounded number of inhabitants, at least 1
 */
public record Municipality(String code, String name, String province, String region, GeoPoint centre,
    int population) {

  /** Checks the fields. */
  public Municipality {
    if (code == null || !code.matches("GM[0-9]{4}")) {
      throw new IllegalArgumentException("municipality " + name + ": code must be GM and four digits, got " + code);
    }
    if (name == null || name.isBlank() || province == null || province.isBlank() || region == null
        || region.isBlank() || centre == null) {
      throw new IllegalArgumentException("municipality " + code + ": name, province, region and centre are required");
    }
    if (population < 1) {
      throw new IllegalArgumentException("municipality " + code + ": population must be at least 1, got " + population);
    }
  }
}
