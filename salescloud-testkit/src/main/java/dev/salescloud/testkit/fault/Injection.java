package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import java.util.Optional;

/** What a fault does to a call it fires on: answer in the org's place, delay it, or break it. */
interface Injection {
  /**
   * Applies the fault.
   *
   * @param request the call
   * @param org the org's faults, for its sessions, API counter and sleeper
   * @return the answer to give instead of the org's, or empty to let the call through
   */
  Optional<HttpResponse> inject(HttpRequest request, Faults org);
}
