package dev.salescloud.auth;

import dev.salescloud.model.error.AuthenticationException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Credentials that obtain tokens themselves and cache them, with single-flight refresh: however
 * many threads need a token at the same moment, exactly one token request is made and every
 * thread gets its result. A failed request fails every waiting thread with the same cause and
 * leaves nothing cached, so the next call tries again.
 *
 * <p>Subclasses implement {@link #fetchToken()}: a refresh-token grant, a JWT bearer grant, a
 * client-credentials grant, or anything else that yields a token.
 *
 * <pre>{@code
 * CredentialsProvider credentials = new RefreshingCredentials() {
 *   protected AccessToken fetchToken() { return myVault.currentSalesforceToken(); }
 * };
 * }</pre>
 */
public abstract class RefreshingCredentials implements CredentialsProvider {
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;

  /** For subclasses. */
  protected RefreshingCredentials() {}

  /**
   * Obtains a new token; called under the single-flight lock, so never concurrently.
   *
   * @return a fresh token
   * @throws AuthenticationException if no token can be obtained
   */
  protected abstract AccessToken fetchToken();

  /** The cached token, fetched on first use. */
  @Override
  public AccessToken token() {
    AccessToken token = current;
    if (token != null) {
      return token;
    }
    lock.lock();
    try {
      if (current == null) {
        current = Objects.requireNonNull(fetchToken(), "fetchToken() returned null");
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  /** Fetches a new token unless another thread already replaced {@code rejected}. */
  @Override
  public AccessToken refresh(AccessToken rejected) {
    lock.lock();
    try {
      AccessToken token = current;
      if (token != null && !token.equals(rejected)) {
        return token;
      }
      current = null;
      current = Objects.requireNonNull(fetchToken(), "fetchToken() returned null");
      return current;
    } finally {
      lock.unlock();
    }
  }
}
