/** The README's library example as a named module: an embedder needs nothing beyond this. */
module nl.werkmatch.example {
  requires nl.werkmatch.core;
}
