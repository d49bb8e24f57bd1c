package nl.werkmatch.opensearch;

import java.util.List;
import java.util.function.Supplier;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.IndexScopedSettings;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.settings.SettingsFilter;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import org.opensearch.rest.RestController;
import org.opensearch.rest.RestHandler;

/**
 * werkmatch inside OpenSearch 3.9: registers the {@code werkmatch} rescorer
 * ({@link WerkmatchRescorerBuilder}) and the REST endpoint {@code POST /{index}/_werkmatch/shortlist}
 * (a vacancy's shortlist with explanations, {@link Shortlists}). Candidates are indexed as
 * {@link CandidateDocuments}, routed by labour-market region.
 */
public final class WerkmatchPlugin extends Plugin implements SearchPlugin, ActionPlugin {
  /** Created by OpenSearch's plugin service. */
  public WerkmatchPlugin() {}

  @Override
  public List<RescorerSpec<?>> getRescorers() {
    return List.of(new RescorerSpec<>(WerkmatchRescorerBuilder.NAME, WerkmatchRescorerBuilder::new,
        WerkmatchRescorerBuilder::fromXContent));
  }

  @Override
  public List<RestHandler> getRestHandlers(Settings settings, RestController restController, ClusterSettings clusterSettings,
      IndexScopedSettings indexScopedSettings, SettingsFilter settingsFilter,
      IndexNameExpressionResolver indexNameExpressionResolver, Supplier<DiscoveryNodes> nodesInCluster) {
    return List.of(new RestShortlistAction());
  }
}
