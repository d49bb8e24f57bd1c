/**
 * werkmatch: matching job seekers and vacancies for Dutch municipalities on Apache Lucene.
 *
 * <p>The API is {@link nl.werkmatch.MatchIndex} (the index of candidates and vacancies), {@link
 * nl.werkmatch.match.Matcher} (shortlists both ways, why-not), the records of {@code
 * nl.werkmatch.model}, the rules of {@code nl.werkmatch.rules}, the renderers of {@code
 * nl.werkmatch.explain} and {@code nl.werkmatch.employer}, and the readers of {@code
 * nl.werkmatch.io}. An embedder needs nothing beyond {@code requires nl.werkmatch.core;}: Lucene and
 * Jackson, whose types appear in a few signatures, are required transitively.
 *
 * <p>Internal, not exported: {@code nl.werkmatch.score} (the exact pair scorer), {@code
 * nl.werkmatch.retrieve} (the Lucene queries and filters of the fast path), {@code
 * nl.werkmatch.index} (the index codec) and {@code nl.werkmatch.sample} (the sample-data
 * generator); the CLI and the benchmarks get the few they use by qualified export.
 */
module nl.werkmatch.core {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.github.benmanes.caffeine;

  exports nl.werkmatch;
  exports nl.werkmatch.batch;
  exports nl.werkmatch.employer;
  exports nl.werkmatch.eval;
  exports nl.werkmatch.explain;
  exports nl.werkmatch.geo;
  exports nl.werkmatch.io;
  exports nl.werkmatch.lks;
  exports nl.werkmatch.match;
  exports nl.werkmatch.model;
  exports nl.werkmatch.rules;
  exports nl.werkmatch.taxonomy;
  exports nl.werkmatch.text;

  exports nl.werkmatch.index to nl.werkmatch.cli;
  exports nl.werkmatch.sample to nl.werkmatch.cli;

  // Jackson binds the records and reads the bundled JSON resources of these packages.
  opens nl.werkmatch.batch to com.fasterxml.jackson.databind;
  opens nl.werkmatch.employer to com.fasterxml.jackson.databind;
  opens nl.werkmatch.eval to com.fasterxml.jackson.databind;
  opens nl.werkmatch.explain to com.fasterxml.jackson.databind;
  opens nl.werkmatch.geo to com.fasterxml.jackson.databind;
  opens nl.werkmatch.io to com.fasterxml.jackson.databind;
  opens nl.werkmatch.lks to com.fasterxml.jackson.databind;
  opens nl.werkmatch.match to com.fasterxml.jackson.databind;
  opens nl.werkmatch.model to com.fasterxml.jackson.databind;
  opens nl.werkmatch.rules to com.fasterxml.jackson.databind;
  opens nl.werkmatch.taxonomy to com.fasterxml.jackson.databind;
  opens nl.werkmatch.text to com.fasterxml.jackson.databind;
}
