/**
 * The transport SPI: {@link dev.salescloud.client.transport.Transport} sends an {@link
 * dev.salescloud.client.transport.HttpRequest} and returns an {@link
 * dev.salescloud.client.transport.HttpResponse}; {@link dev.salescloud.client.transport.JdkTransport}
 * is the default on {@code java.net.http}. Nothing else in the client knows about sockets.
 */
package dev.salescloud.client.transport;
